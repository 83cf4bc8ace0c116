/** Tagalog: the supervisor's view. Same keys as ../en/supervisor.ts. */
import type { supervisor as en } from '../en/supervisor.ts';
import type { TranslationOf } from '../shape.ts';

export const supervisor = {
  'scorecard.title':
    'Scorecard: ngayong linggo (pagbabago mula noong nakaraang linggo, average ng 4 na linggo bago nito)',
  'scorecard.line': '{label}: {value} ({change}, average {average})',
  'scorecard.hidden': 'hindi ipinapakita (wala pang {min} tao)',
  'scorecard.by_channel': 'ayon sa channel: {split}',
  'scorecard.footnote':
    'Hindi nasusukat: mga referral at paulit-ulit na negosyo. Ang nakikita lang ng Holdline ay ang mga contact na binubuksan ito ng mga agent, hindi ang benta o rekomendasyon.',
  'scorecard.written': 'Nakasulat na reklamo ({channels})',
  'scorecard.verbal': 'Reklamo sa salita ({channels})',
  'scorecard.hard_minutes': 'Turnaround: median na haba ng mahirap na contact, minuto',
  'scorecard.ack_seconds': 'Turnaround: median na oras bago tanggapin ang alerto, segundo',
  'scorecard.flagged_repeat': 'Rework: paulit-ulit na contact sa mga customer na may flag',
  'scorecard.reopened': 'Rework: mga contact na nabuksan ulit (parehong customer sa loob ng 24 oras)',
  'scorecard.escalations_per_100': 'Mga escalation bawat 100 mahirap na contact',
  'scorecard.limit_minutes': 'Nalampasang limitasyon: oras',
  'scorecard.limit_hostility': 'Nalampasang limitasyon: galit',
  'scorecard.limit_complexity': 'Nalampasang limitasyon: pagkakumplikado',
  'scorecard.threat_security': 'Mga banta na iniulat sa security',
  'scorecard.threat_legal': 'Mga banta na iniulat sa legal',
  'digest.pages_count': '{count} alerto, {acknowledged} ang tinanggap',
  'digest.chart_alt':
    'Chart ng team {team} sa 8 linggo hanggang {week}: pakiramdam bawat araw, mga insidente ayon sa uri, mga alerto at oras bago tanggapin.',
  'chart.title': 'Team {team}: ang 8 linggo hanggang {week}',
  'chart.mood': 'Pakiramdam bawat araw (1-5)',
  'chart.incidents': 'Mga insidente ayon sa uri, bawat linggo',
  'chart.pages': 'Mga alerto bawat linggo, at median na oras bago tanggapin (segundo, kanan)',
  'chart.mood_named': 'check-in na may pangalan, average bawat araw',
  'chart.mood_anonymous': 'anonymous na check-in, average bawat linggo (3+ tao)',
  'chart.pages_count': 'mga alerto',
  'chart.ack_median': 'median na oras bago tanggapin',
  'chart.ack_hidden':
    'Walang tuldok: walang tinanggap na alerto, o wala pang 3 tao ang nag-alerto noong linggong iyon.',
  'board.title': 'Sino ang nangangailangan ng tulong ngayon: team {team}, {count} bukas na contact',
  'board.none': 'Walang bukas na contact ngayon.',
  'board.minutes': '{minutes} minuto',
  'board.hostility': 'galit {hostility}/5 (limitasyon {limit})',
  'board.hostility_over': 'galit {hostility}/5, lampas sa limitasyong {limit}',
  'board.pages_open': '{count} alerto ang naghihintay ng sagot',
  'board.no_page_open': 'walang alerto na naghihintay',
  'board.on_the_way': 'papunta na si {who}',
  'board.taken_over': 'si {who} na ang humawak',
  'board.reported_security': 'iniulat sa security',
  'board.reported_legal': 'iniulat sa legal',
  'board.limits_title': 'Personal na limitasyon ng team (ang sinabi ng bawat agent na kaya nila)',
  'board.limits': '{minutes} min · galit {hostility}/5 · pagkakumplikado {complexity}/5',
  'board.limits_default': 'default ng team, hindi sila ang nagtakda',
  'board.limits_none': 'Wala pang tao sa team.',
  'board.refused': 'Ang mga supervisor lang ng team ang makakakita kung sino ang nangangailangan ng tulong dito.',
  'mytrend.title': 'Ang huling 8 linggo mo (ikaw lang ang nakakakita nito)',
  'mytrend.no_checkins': 'walang check-in',
  'mytrend.mood': 'pakiramdam {mood} mula sa {count} check-in',
  'mytrend.contacts': '{hard} mahirap sa {contacts} contact',
  'mytrend.low_week':
    'Mababa ang mga check-in mo nitong nakaraang linggo. Mabigat iyan, at hindi mo kailangang pasanin iyan nang mag-isa.',
  'mytrend.support_contact': 'Narito ang suporta para sa iyo: {support}',
  'mytrend.support_default':
    'Gugustuhin itong malaman ng supervisor mo, o ng kasamahang pinagkakatiwalaan mo. Nakakatulong ang makipag-usap.',
  'slack.holdline.now_line':
    '*/holdline now*: sino sa team mo ang may mahirap na contact ngayon, para sa mga supervisor.',
  'slack.holdline.history_line': '*/checkin history*: ang sarili mong huling 8 linggo (ikaw lang ang nakakakita).',
  'slack.home.now': '*Sino ang nangangailangan ng tulong ngayon*',
  'discord.cmd.holdline.now': 'Sino sa team mo ang may mahirap na contact ngayon (para sa supervisor lang)',
  'discord.cmd.checkin.now': 'Mag-check-in ngayon: kumusta ang pakiramdam mo?',
  'discord.cmd.checkin.history':
    'Ang huling 8 linggo ng mga check-in at mahirap na contact mo (ikaw lang ang nakakakita)',
  'console.history_hint': 'I-type ang h para sa sarili mong huling 8 linggo.',
  'cli.digest_png_written': 'Naisulat ang chart sa {file} ({width}×{height} px).',
  'cli.digest_png_none': 'Walang chart: walang 8-linggong trend ang buod na ito.',
} as const satisfies TranslationOf<typeof en>;
