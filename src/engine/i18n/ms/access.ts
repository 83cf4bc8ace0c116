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
  'slack.guest_not_allowed':
    'Akaun tetamu tidak boleh menggunakan Holdline di ruang kerja ini. Minta pentadbir ruang kerja Slack anda untuk akaun penuh, atau minta pentadbir Holdline anda membenarkan tetamu.',
  'discord.guild_not_allowed':
    'Holdline tidak diaktifkan untuk pelayan ini. Minta pentadbir Holdline anda menambahkannya.',
  'discord.dm_not_member':
    'Arahan Holdline dalam mesej langsung hanya untuk ahli pelayan yang dilayaninya, dan anda tidak ditemui dalam mana-mana pelayan itu. Gunakan arahan itu dalam pelayan pasukan anda, atau tanya pentadbir Holdline anda.',
  'pepper.summary':
    'Tukar FLAG_PEPPER: kunci semula setiap kunci pelanggan dan token penyumbang yang disimpan (pentadbir)',
  'pepper.usage':
    'Penggunaan: holdline pepper rotate --from-env OLD_VAR --to-env NEW_VAR --by <pentadbir> (kedua-dua pepper dibaca daripada pemboleh ubah persekitaran yang anda namakan, tidak sekali-kali ditaip pada baris arahan)',
  'pepper.missing':
    'Tetapkan kedua-dua pepper dalam persekitaran dahulu: {from} (yang sekarang) dan {to} (yang baharu), setiap satu sekurang-kurangnya 16 aksara.',
  'pepper.same': 'Pepper lama dan baharu adalah sama; tiada apa untuk ditukar.',
  'pepper.not_admin':
    '{by} tidak boleh menukar pepper: ia menyentuh data setiap pasukan, jadi hanya pentadbir (admins: dalam fail pasukan, atau HOLDLINE_SUPERVISORS) boleh.',
  'pepper.wrong_from': 'Pepper dalam {from} bukan yang digunakan oleh pangkalan data ini; tiada apa yang diubah.',
  'pepper.rotated':
    'Selesai: {flags} bendera, {sessions} sesi dan {contributors} token penyumbang dikunci semula. Cap jari baharu {fingerprint}. Mulakan setiap instans dengan FLAG_PEPPER ditetapkan kepada nilai {env}.',
  'pepper.no_fingerprint':
    'Pangkalan data ini belum merekodkan peppernya, jadi pepper dalam {from} tidak dapat disemak. Mulakan Holdline (atau jalankan mana-mana arahan holdline flags) sekali dengan FLAG_PEPPER semasa, kemudian tukar.',
} as const satisfies TranslationOf<typeof en>;
