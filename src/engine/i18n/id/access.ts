/** Indonesian, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'audit.summary':
    'Siapa yang mencari, mengekspor atau menghapus tanda dan menjawab permintaan bantuan, terbaru lebih dulu.',
  'audit.usage': 'Penggunaan: holdline audit [--days N] [--by <orang>]',
  'audit.none': 'Tidak ada catatan audit dalam {days} hari terakhir.',
  'error.page_elsewhere':
    'Permintaan bantuan ini tidak dikirim ke terminal. Terminal hanya menjawab permintaan bantuannya sendiri, sebagai supervisor terminal (console:…); jawab permintaan bantuan ini di tempat ia dikirim.',
  'error.not_a_member':
    'Holdline hanya untuk orang di berkas tim, dan Anda belum terdaftar. Minta {who} untuk menambahkan Anda.',
  'slack.care.not_yours':
    'Tombol ini milik tawaran untuk orang lain (atau tawaran lama). Check-in Anda sendiri selalu bisa lewat /checkin.',
  'discord.care.not_yours':
    'Tombol ini milik tawaran untuk orang lain (atau tawaran lama). Check-in Anda sendiri selalu bisa lewat /checkin.',
  'slack.workspace_not_allowed':
    'Holdline tidak diaktifkan untuk workspace Slack ini. Minta administrator Holdline Anda untuk menambahkannya.',
  'slack.guest_not_allowed':
    'Akun tamu tidak bisa memakai Holdline di workspace ini. Minta admin workspace Slack Anda untuk akun penuh, atau minta admin Holdline Anda mengizinkan tamu.',
  'discord.guild_not_allowed':
    'Holdline tidak diaktifkan untuk server ini. Minta admin Holdline Anda untuk menambahkannya.',
  'discord.dm_not_member':
    'Perintah Holdline di pesan langsung hanya untuk anggota server yang dilayaninya, dan Anda tidak ditemukan di server mana pun itu. Pakai perintahnya di server tim Anda, atau tanyakan admin Holdline Anda.',
  'pepper.summary':
    'Ganti FLAG_PEPPER: kunci ulang setiap kunci pelanggan dan token kontributor yang tersimpan (admin)',
  'pepper.usage':
    'Cara pakai: holdline pepper rotate --from-env OLD_VAR --to-env NEW_VAR --by <admin> (kedua pepper dibaca dari variabel lingkungan yang Anda sebut, tidak pernah diketik di baris perintah)',
  'pepper.missing':
    'Isi dulu kedua pepper di lingkungan: {from} (yang sekarang) dan {to} (yang baru), masing-masing minimal 16 karakter.',
  'pepper.same': 'Pepper lama dan baru sama; tidak ada yang perlu diganti.',
  'pepper.not_admin':
    '{by} tidak boleh mengganti pepper: ini menyentuh data semua tim, jadi hanya admin (admins: di file tim, atau HOLDLINE_SUPERVISORS) yang boleh.',
  'pepper.wrong_from': 'Pepper di {from} bukan yang dipakai database ini; tidak ada yang diubah.',
  'pepper.rotated':
    'Selesai: {flags} flag, {sessions} sesi, dan {contributors} token kontributor dikunci ulang. Sidik jari baru {fingerprint}. Jalankan setiap instans dengan FLAG_PEPPER berisi nilai {env}.',
  'pepper.no_fingerprint':
    'Database ini belum mencatat pepper-nya, jadi pepper di {from} tidak bisa diperiksa. Jalankan Holdline (atau perintah holdline flags apa saja) sekali dengan FLAG_PEPPER yang sekarang, lalu ganti.',
} as const satisfies TranslationOf<typeof en>;
