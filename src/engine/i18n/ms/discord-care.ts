/** Malay: decompression and check-ins on Discord. Same keys as ../en/discord-care.ts. */
import type { discordCare as en } from '../en/discord-care.ts';
import type { TranslationOf } from '../shape.ts';

export const discordCare = {
  'discord.cmd.checkin': 'Kongsi perasaan: apa perasaan anda sekarang?',
  'discord.cmd.checkin.mood': 'Perasaan anda, dari 1 (sangat teruk) hingga 5 (sangat baik)',
  'discord.cmd.checkin.visibility':
    'Ke mana ia dihantar: saluran pasukan dengan nama anda, tanpa nama, atau untuk anda sahaja',
  'discord.cmd.checkin.note': 'Satu perkataan atau catatan ringkas (pilihan, maksimum 280 aksara)',
  'discord.cmd.holdline.digest': 'Ringkasan mingguan pasukan anda (penyelia sahaja)',
  'discord.cmd.holdline.digest.week': 'Minggu ISO, contohnya 2026-W47 (lalai: minggu ini)',
  'discord.cmd.holdline.checkins': 'Semakan perasaan terkini anda (penyelia juga melihat perasaan pasukan minggu ini)',
  'discord.care.mood.1': '1 – sangat teruk',
  'discord.care.mood.2': '2 – kurang baik',
  'discord.care.mood.3': '3 – sederhana',
  'discord.care.mood.4': '4 – baik',
  'discord.care.mood.5': '5 – sangat baik',
  'discord.care.checkin_offer':
    'Apa khabar? Semakan perasaan yang ringkas membantu pasukan anda saling menjaga. (Pilihan.)',
  'discord.care.checkin_button': 'Kongsi perasaan',
  'discord.care.checkin_title': 'Kongsi perasaan',
  'discord.care.mood_label': 'Apa perasaan anda?',
  'discord.care.where_label': 'Ke mana ia patut dihantar?',
  'discord.care.note_label': 'Satu perkataan atau catatan ringkas (pilihan)',
  'discord.care.note_placeholder': 'Maksimum 280 aksara. Ia tidak pernah ditulis ke dalam log.',
  'discord.care.help':
    'Selepas sesuatu urusan ditutup, saya menawarkan ruang untuk bernafas, bercakap dengan seseorang atau rehat sebentar (semuanya pilihan). /checkin memberitahu pasukan bagaimana keadaan anda (dengan nama, tanpa nama, atau untuk anda sahaja); /holdline checkins menyenaraikan semakan perasaan terkini anda; penyelia boleh membaca ringkasan mingguan dengan /holdline digest.',
  'discord.care.history_title': 'Semakan perasaan terkini anda:',
  'discord.care.history_none':
    'Anda belum mempunyai semakan perasaan bernama atau peribadi. Semakan tanpa nama tidak disimpan bersama nama anda, jadi ia tidak boleh disenaraikan.',
  'discord.care.history_line': '{day}: perasaan {mood}/5 ({where})',
  'discord.care.visibility.named': 'dengan nama anda',
  'discord.care.visibility.private': 'anda sahaja',
  'discord.care.trend_title': 'Perasaan pasukan minggu ini ({week}):',
  'discord.care.digest_supervisors_only':
    'Hanya penyelia boleh membaca ringkasan pasukan. Semakan perasaan anda sendiri ada di /holdline checkins.',
} as const satisfies TranslationOf<typeof en>;
