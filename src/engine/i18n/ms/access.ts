/** Malay, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'audit.summary':
    'Siapa yang mencari, mengeksport atau membuang tanda dan menjawab permintaan bantuan, terbaru dahulu.',
  'audit.usage': 'Penggunaan: holdline audit [--days N] [--by <orang>]',
  'audit.none': 'Tiada rekod audit dalam {days} hari yang lalu.',
  'error.page_elsewhere':
    'Permintaan bantuan ini tidak dihantar ke terminal. Terminal hanya menjawab permintaan bantuannya sendiri, sebagai penyelia terminal (console:…); jawab permintaan bantuan ini di tempat ia dihantar.',
  'error.not_a_member':
    'Holdline hanya untuk orang dalam fail pasukan, dan anda belum tersenarai. Minta {who} menambah anda.',
  'slack.care.not_yours':
    'Butang ini milik tawaran kepada orang lain (atau tawaran lama). Anda sentiasa boleh melapor perasaan sendiri dengan /checkin.',
  'discord.care.not_yours':
    'Butang ini milik tawaran kepada orang lain (atau tawaran lama). Anda sentiasa boleh melapor perasaan sendiri dengan /checkin.',
  'slack.workspace_not_allowed':
    'Holdline tidak diaktifkan untuk ruang kerja Slack ini. Minta pentadbir Holdline anda menambahkannya.',
} as const satisfies TranslationOf<typeof en>;
