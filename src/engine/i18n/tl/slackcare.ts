/** Tagalog: Slack decompression and check-ins. Same keys as ../en/slackcare.ts. */
import type { slackcare as en } from '../en/slackcare.ts';
import type { TranslationOf } from '../shape.ts';

export const slackcare = {
  'slack.care.checkin_offer': 'Kumusta ang pakiramdam mo ngayon? Ilang segundo lang ang check-in (opsyonal).',
  'slack.care.checkin_button': 'Mag-check-in',
  'slack.care.breathing_step': 'Hakbang {step} sa {steps}',
  'slack.care.break_title': 'Maikling pahinga',
  'slack.care.break_submit': 'Simulan ang pahinga',
  'slack.checkin.title': 'Pag-check-in',
  'slack.checkin.submit': 'Ipadala',
  'slack.checkin.mood': 'Kumusta ang pakiramdam mo?',
  'slack.checkin.mood.1': '1 · napakasama',
  'slack.checkin.mood.2': '2 · hindi maganda',
  'slack.checkin.mood.3': '3 · ayos lang',
  'slack.checkin.mood.4': '4 · maganda',
  'slack.checkin.mood.5': '5 · napakaganda',
  'slack.checkin.note_hint': 'Opsyonal. Hindi kailanman isinusulat sa mga log.',
  'slack.holdline.title': 'Mga command ng */holdline*:',
  'slack.holdline.help_line': '*/holdline help*: ang listahang ito.',
  'slack.holdline.digest_line':
    '*/holdline digest [week]*: lingguhang buod ng team mo, para sa mga supervisor (linggo gaya ng 2026-W47; ngayong linggo kung wala).',
  'slack.holdline.digest_refused': 'Ang mga supervisor lamang ng team ang makakakita ng lingguhang buod nito.',
  'slack.holdline.checkin_line':
    '*/checkin*: sabihin sa team mo ang kalagayan mo (kasama ang pangalan mo, nang anonymous, o para sa iyo lamang).',
  'slack.home.checkins': '*Mga huling check-in mo*',
  'slack.home.no_checkins': 'Wala pang check-in. I-type ang /checkin para sabihin sa team mo ang kalagayan mo.',
  'slack.home.checkin_item': '{time} · pakiramdam {mood}/5 · {where}',
  'slack.home.where.named': 'naipost kasama ang pangalan mo',
  'slack.home.where.private': 'ikaw lamang',
  'slack.home.team_mood': '*Pakiramdam ng team ngayong linggo ({week})*',
} as const satisfies TranslationOf<typeof en>;
