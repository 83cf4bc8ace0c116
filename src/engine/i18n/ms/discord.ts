/** Malay: the Discord adapter (slash commands, buttons, modal, DM pointers). Same keys as ../en/discord.ts. */
import type { discord as en } from '../en/discord.ts';
import type { TranslationOf } from '../shape.ts';

export const discord = {
  'discord.cmd.complaint': 'Dapatkan panduan langkah demi langkah untuk pelanggan yang sukar',
  'discord.cmd.complaint.kind': 'Apakah yang dilakukan oleh pelanggan?',
  'discord.cmd.complaint.customer':
    'Rujukan pelanggan (e-mel, telefon atau ID akaun); disimpan hanya sebagai cincangan berkunci',
  'discord.cmd.complaint.channel': 'Bagaimanakah pelanggan menghubungi anda?',
  'discord.cmd.complaint.said': 'Apa yang dikatakan (pilihan; disemak panjangnya, tidak pernah disimpan)',
  'discord.cmd.limits': 'Lihat dan tetapkan had peribadi anda',
  'discord.cmd.holdline': 'Holdline',
  'discord.cmd.holdline.help': 'Cara Holdline berfungsi di Discord',
  'discord.started_dm': 'Panduan anda ada dalam mesej terus anda dengan saya: {link}',
  'discord.resumed_dm': 'Anda sudah mempunyai sesi terbuka; ia bersambung dalam mesej terus anda: {link}',
  'discord.cannot_dm':
    'Saya tidak dapat menghantar mesej terus kepada anda, dan urusan yang panjang bersambung di sana. Benarkan mesej terus daripada ahli pelayan (tetapan Privasi), kemudian cuba /complaint sekali lagi.',
  'discord.bad_option':
    'Pilihan "{option}" tiada atau bukan salah satu nilai yang ditawarkan. Sila pilih daripada senarai.',
  'discord.unknown_button':
    'Saya tidak mengenali butang itu. Ia mungkin daripada versi Holdline yang lebih lama; gunakan /complaint untuk bermula semula.',
  'discord.unknown_command':
    'Saya tidak tahu arahan itu. Taip /holdline help untuk melihat apa yang boleh saya lakukan.',
  'discord.malformed': 'Permintaan itu tiba tidak lengkap, jadi tiada apa-apa dilakukan. Sila cuba lagi.',
  'discord.back': 'Kembali',
  'discord.pick_reason': 'Mengapakah anda memerlukan penyelia?',
  'discord.pick_outcome': 'Bagaimanakah urusan ini berakhir?',
  'discord.limits.problem': '{field}: masukkan nombor bulat dari {min} hingga {max}.',
  'discord.limits.problems': 'Had anda tidak disimpan:',
  'discord.limits.edit_again': 'Ubah had saya',
  'discord.no_escalation_channel':
    'Tiada saluran eskalasi ditetapkan untuk Discord, jadi ini TIDAK dihantar kepada sesiapa: {what}. Beritahu penyelia anda secara terus.',
  'discord.help':
    '/complaint memulakan panduan untuk pelanggan yang sukar: pilih apa yang dilakukan oleh pelanggan, cara mereka menghubungi anda dan rujukan mereka. Langkah-langkah dihantar ke mesej terus anda, dengan butang untuk setiap pilihan dan untuk: pelanggan semakin marah atau lebih tenang, saya perlukan penyelia, mereka mengugut untuk mencederakan atau tindakan undang-undang, dan tutup. /limits menetapkan had peribadi anda (masa, keagresifan, kerumitan). Permintaan bantuan kepada penyelia dan laporan ancaman dihantar ke saluran eskalasi pasukan anda.',
  'discord.page.ack': 'Terima',
  'discord.page.take': 'Ambil alih',
  'discord.page.outcome': 'Permintaan bantuan Holdline untuk {agent}',
  'discord.page.taken': 'Anda telah mengambil alih. {agent} telah dimaklumkan bahawa anda dalam perjalanan.',
} as const satisfies TranslationOf<typeof en>;
