/** Indonesian: decompression and check-ins on Discord. Same keys as ../en/discord-care.ts. */
import type { discordCare as en } from '../en/discord-care.ts';
import type { TranslationOf } from '../shape.ts';

export const discordCare = {
  'discord.cmd.checkin': 'Check-in: bagaimana perasaan Anda sekarang?',
  'discord.cmd.checkin.mood': 'Suasana hati Anda, dari 1 (sangat buruk) sampai 5 (sangat baik)',
  'discord.cmd.checkin.visibility': 'Dikirim ke mana: kanal tim dengan nama Anda, secara anonim, atau hanya untuk Anda',
  'discord.cmd.checkin.note': 'Satu kata atau catatan singkat (opsional, maksimal 280 karakter)',
  'discord.cmd.holdline.digest': 'Ringkasan mingguan tim Anda (khusus supervisor)',
  'discord.cmd.holdline.digest.week': 'Minggu ISO, misalnya 2026-W47 (bawaan: minggu ini)',
  'discord.cmd.holdline.checkins': 'Check-in terakhir Anda (supervisor juga melihat suasana hati tim minggu ini)',
  'discord.care.mood.1': '1 – sangat buruk',
  'discord.care.mood.2': '2 – kurang baik',
  'discord.care.mood.3': '3 – lumayan',
  'discord.care.mood.4': '4 – baik',
  'discord.care.mood.5': '5 – sangat baik',
  'discord.care.checkin_offer': 'Bagaimana kabar Anda? Check-in singkat membantu tim Anda saling menjaga. (Opsional.)',
  'discord.care.checkin_button': 'Check-in',
  'discord.care.checkin_title': 'Check-in',
  'discord.care.mood_label': 'Bagaimana perasaan Anda?',
  'discord.care.where_label': 'Dikirim ke mana?',
  'discord.care.note_label': 'Satu kata atau catatan singkat (opsional)',
  'discord.care.note_placeholder': 'Maksimal 280 karakter. Tidak pernah ditulis ke log.',
  'discord.care.help':
    'Setelah sebuah kontak ditutup, saya menawarkan jeda untuk bernapas, bicara dengan seseorang, atau istirahat sebentar (semuanya opsional). /checkin memberi tahu tim bagaimana kabar Anda (dengan nama, secara anonim, atau hanya untuk Anda); /holdline checkins menampilkan check-in terakhir Anda; supervisor dapat membaca ringkasan mingguan dengan /holdline digest.',
  'discord.care.history_title': 'Check-in terakhir Anda:',
  'discord.care.history_none':
    'Anda belum punya check-in dengan nama atau check-in pribadi. Check-in anonim tidak disimpan dengan nama Anda, jadi tidak bisa ditampilkan.',
  'discord.care.history_line': '{day}: suasana hati {mood}/5 ({where})',
  'discord.care.visibility.named': 'dengan nama Anda',
  'discord.care.visibility.private': 'hanya Anda',
  'discord.care.trend_title': 'Suasana hati tim minggu ini ({week}):',
  'discord.care.digest_supervisors_only':
    'Hanya supervisor yang dapat membaca ringkasan tim. Check-in Anda sendiri ada di /holdline checkins.',
} as const satisfies TranslationOf<typeof en>;
