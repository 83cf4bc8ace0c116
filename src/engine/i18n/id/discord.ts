/** Indonesian: the Discord adapter (slash commands, buttons, modal, DM pointers). Same keys as ../en/discord.ts. */
import type { discord as en } from '../en/discord.ts';
import type { TranslationOf } from '../shape.ts';

export const discord = {
  'discord.cmd.complaint': 'Dapatkan panduan langkah demi langkah untuk kontak yang sulit',
  'discord.cmd.complaint.kind': 'Apa yang dilakukan pelanggan?',
  'discord.cmd.complaint.customer':
    'Referensi pelanggan (email, telepon, atau ID akun); hanya disimpan sebagai hash berkunci',
  'discord.cmd.complaint.channel': 'Melalui apa pelanggan menghubungi?',
  'discord.cmd.complaint.said': 'Apa yang mereka katakan (opsional; dicek panjangnya, tidak pernah disimpan)',
  'discord.cmd.limits': 'Lihat dan atur batas pribadi Anda',
  'discord.cmd.holdline': 'Holdline',
  'discord.cmd.holdline.help': 'Cara kerja Holdline di Discord',
  'discord.started_dm': 'Panduan Anda ada di pesan langsung Anda dengan saya: {link}',
  'discord.resumed_dm': 'Anda sudah punya sesi yang terbuka; sesi itu berlanjut di pesan langsung Anda: {link}',
  'discord.cannot_dm':
    'Saya tidak dapat mengirim pesan langsung kepada Anda, padahal kontak yang panjang berlanjut di sana. Izinkan pesan langsung dari anggota server (pengaturan Privasi), lalu coba /complaint lagi.',
  'discord.bad_option':
    'Opsi "{option}" tidak ada atau bukan salah satu nilai yang ditawarkan. Silakan pilih dari daftar.',
  'discord.unknown_button':
    'Saya tidak mengenal tombol itu. Mungkin tombol itu dari versi Holdline yang lebih lama; gunakan /complaint untuk memulai lagi.',
  'discord.unknown_command':
    'Saya tidak mengenal perintah itu. Ketik /holdline help untuk melihat apa yang bisa saya lakukan.',
  'discord.malformed': 'Permintaan itu diterima tidak lengkap, jadi tidak ada yang dilakukan. Silakan coba lagi.',
  'discord.back': 'Kembali',
  'discord.pick_reason': 'Mengapa Anda membutuhkan supervisor?',
  'discord.pick_outcome': 'Bagaimana kontak ini berakhir?',
  'discord.limits.problem': '{field}: masukkan bilangan bulat dari {min} sampai {max}.',
  'discord.limits.problems': 'Batas Anda tidak disimpan:',
  'discord.limits.edit_again': 'Ubah batas saya',
  'discord.no_escalation_channel':
    'Belum ada kanal eskalasi yang diatur untuk Discord, jadi ini TIDAK dikirim ke siapa pun: {what}. Beri tahu supervisor Anda secara langsung.',
  'discord.help':
    '/complaint memulai panduan untuk kontak yang sulit: pilih apa yang dilakukan pelanggan, melalui apa mereka menghubungi, dan referensinya. Langkah-langkahnya dikirim ke pesan langsung Anda, dengan tombol untuk setiap pilihan dan untuk: pelanggan makin marah atau lebih tenang, saya butuh supervisor, mereka mengancam kekerasan atau jalur hukum, dan tutup. /limits mengatur batas pribadi Anda (waktu, agresivitas, kerumitan). Permintaan bantuan dan laporan ancaman dikirim ke kanal eskalasi tim Anda.',
  'discord.page.ack': 'Terima',
  'discord.page.take': 'Ambil alih',
  'discord.page.outcome': 'Permintaan bantuan Holdline untuk {agent}',
  'discord.page.taken': 'Anda telah mengambil alih. {agent} sudah diberi tahu bahwa Anda sedang menuju ke tempatnya.',
} as const satisfies TranslationOf<typeof en>;
