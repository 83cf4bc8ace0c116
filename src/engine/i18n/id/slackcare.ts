/** Indonesian: Slack decompression and check-ins. Same keys as ../en/slackcare.ts. */
import type { slackcare as en } from '../en/slackcare.ts';
import type { TranslationOf } from '../shape.ts';

export const slackcare = {
  'slack.care.checkin_offer': 'Bagaimana perasaan Anda sekarang? Check-in hanya butuh beberapa detik (opsional).',
  'slack.care.checkin_button': 'Check-in sekarang',
  'slack.care.breathing_step': 'Langkah {step} dari {steps}',
  'slack.care.break_title': 'Istirahat sebentar',
  'slack.care.break_submit': 'Mulai istirahat',
  'slack.checkin.title': 'Check-in perasaan',
  'slack.checkin.submit': 'Kirim',
  'slack.checkin.mood': 'Bagaimana perasaan Anda?',
  'slack.checkin.mood.1': '1 · sangat buruk',
  'slack.checkin.mood.2': '2 · kurang baik',
  'slack.checkin.mood.3': '3 · biasa saja',
  'slack.checkin.mood.4': '4 · baik',
  'slack.checkin.mood.5': '5 · sangat baik',
  'slack.checkin.note_hint': 'Opsional. Tidak pernah ditulis ke log.',
  'slack.holdline.title': 'Perintah */holdline*:',
  'slack.holdline.help_line': '*/holdline help*: daftar ini.',
  'slack.holdline.digest_line':
    '*/holdline digest [week]*: ringkasan mingguan tim Anda, untuk supervisor (minggu seperti 2026-W47; minggu ini jika tidak diisi).',
  'slack.holdline.digest_refused': 'Hanya supervisor tim yang dapat melihat ringkasan mingguannya.',
  'slack.holdline.checkin_line':
    '*/checkin*: beri tahu tim Anda bagaimana keadaan Anda (dengan nama, secara anonim, atau hanya untuk Anda).',
  'slack.home.checkins': '*Check-in terbaru Anda*',
  'slack.home.no_checkins': 'Belum ada check-in. Ketik /checkin untuk memberi tahu tim Anda bagaimana keadaan Anda.',
  'slack.home.checkin_item': '{time} · suasana hati {mood}/5 · {where}',
  'slack.home.where.named': 'dikirim dengan nama Anda',
  'slack.home.where.private': 'hanya Anda',
  'slack.home.team_mood': '*Suasana hati tim minggu ini ({week})*',
} as const satisfies TranslationOf<typeof en>;
