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
} as const satisfies TranslationOf<typeof en>;
