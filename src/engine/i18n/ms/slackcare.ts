/** Malay: Slack decompression and check-ins. Same keys as ../en/slackcare.ts. */
import type { slackcare as en } from '../en/slackcare.ts';
import type { TranslationOf } from '../shape.ts';

export const slackcare = {
  'slack.care.checkin_offer': 'Apa perasaan anda sekarang? Semakan perasaan hanya ambil beberapa saat (pilihan).',
  'slack.care.checkin_button': 'Kongsi perasaan',
  'slack.care.breathing_step': 'Langkah {step} daripada {steps}',
  'slack.care.break_title': 'Rehat sebentar',
  'slack.care.break_submit': 'Mula rehat',
  'slack.checkin.title': 'Semakan perasaan',
  'slack.checkin.submit': 'Hantar',
  'slack.checkin.mood': 'Apa perasaan anda?',
  'slack.checkin.mood.1': '1 · sangat teruk',
  'slack.checkin.mood.2': '2 · kurang baik',
  'slack.checkin.mood.3': '3 · biasa',
  'slack.checkin.mood.4': '4 · baik',
  'slack.checkin.mood.5': '5 · sangat baik',
  'slack.checkin.note_hint': 'Pilihan. Tidak sekali-kali ditulis ke dalam log.',
  'slack.holdline.title': 'Arahan */holdline*:',
  'slack.holdline.help_line': '*/holdline help*: senarai ini.',
  'slack.holdline.digest_line':
    '*/holdline digest [week]*: ringkasan mingguan pasukan anda, untuk penyelia (minggu seperti 2026-W47; minggu ini jika tidak dinyatakan).',
  'slack.holdline.digest_refused': 'Hanya penyelia pasukan boleh melihat ringkasan mingguannya.',
  'slack.holdline.checkin_line':
    '*/checkin*: beritahu pasukan anda keadaan anda (dengan nama, tanpa nama, atau untuk anda sahaja).',
  'slack.home.checkins': '*Semakan perasaan terkini anda*',
  'slack.home.no_checkins': 'Belum ada semakan perasaan. Taip /checkin untuk memberitahu pasukan anda keadaan anda.',
  'slack.home.checkin_item': '{time} · tahap mood {mood}/5 · {where}',
  'slack.home.where.named': 'dihantar dengan nama anda',
  'slack.home.where.private': 'anda sahaja',
  'slack.home.team_mood': '*Mood pasukan minggu ini ({week})*',
} as const satisfies TranslationOf<typeof en>;
