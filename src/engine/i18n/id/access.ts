/** Indonesian, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'audit.summary': 'Siapa yang mencari, mengekspor atau menghapus tanda dan menjawab panggilan, terbaru lebih dulu.',
  'audit.usage': 'Penggunaan: holdline audit [--days N] [--by <orang>]',
  'audit.none': 'Tidak ada catatan audit dalam {days} hari terakhir.',
  'error.page_elsewhere':
    'Panggilan ini tidak dikirim ke terminal. Terminal hanya menjawab panggilannya sendiri, sebagai supervisor terminal (console:…); jawab panggilan ini di tempat ia dikirim.',
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
} as const satisfies TranslationOf<typeof en>;
