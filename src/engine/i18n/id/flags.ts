/** Indonesian: customer flags (field guide §5). Same keys as ../en/flags.ts. */
import type { flags as en } from '../en/flags.ts';
import type { TranslationOf } from '../shape.ts';

export const flags = {
  'flags.kind.vulgarity': 'kata-kata kotor',
  'flags.kind.insult': 'hinaan',
  'flags.kind.legal_threat': 'ancaman tuntutan hukum',
  'flags.kind.physical_threat': 'ancaman fisik',
  'flags.kind.hostility': 'agresivitas',
  'flags.prior': 'Perhatian: pelanggan ini sudah ditandai {total} kali pada kontak sebelumnya: {kinds}.',
  'flags.prior_kind': '{kind} ×{count} (terakhir {date}, {team})',
  'flags.team': 'tim {team}',
  'flags.no_team': 'tanpa tim',
  'flags.action': 'Tandai pelanggan',
  'flags.pick_kind': 'Tandai pelanggan karena apa?',
  'flags.note_prompt': 'Catatan singkat untuk supervisor (maksimal 280 karakter), atau Enter untuk melewati',
  'flags.already': 'Pelanggan sudah ditandai karena {kind} dalam sesi ini.',
  'flags.usage':
    'Penggunaan: holdline flags lookup <referensi> --by <orang> | remove <id-tanda> --reason "…" --by <orang> | export <referensi> --by <orang> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  'flags.summary': 'Tanda: cari, hapus, atau ekspor tanda seorang pelanggan (khusus supervisor)',
  'flags.none': 'Tidak ada tanda yang masih berlaku untuk {hint}.',
  'flags.lookup_header': '{count} tanda yang masih berlaku untuk {hint}:',
  'flags.lookup_line': '{id}  {kind}  {date}  oleh {agent} ({team}), sesi {session}, kedaluwarsa {expires}',
  'flags.lookup_note': '    catatan: {note}',
  'flags.removed': 'Tanda {id} sudah dihapus. Penghapusan dan alasannya disimpan di log audit.',
  'flags.purged': '{count} tanda kedaluwarsa sudah dibersihkan.',
  'error.no_customer':
    'Sesi ini tidak punya referensi pelanggan, jadi tidak ada yang bisa ditandai. Mulai sesi berikutnya dengan referensi pelanggan.',
  'error.not_supervisor':
    'Hanya supervisor yang dapat mencari, menghapus, atau mengekspor tanda pelanggan. Minta bantuan supervisor Anda jika memerlukannya.',
  'error.flag_not_found': 'Tidak ada tanda dengan ID itu (mungkin sudah kedaluwarsa atau dihapus).',
  'error.reason_required': 'Berikan alasan untuk menghapus tanda (--reason "…"); alasan itu disimpan di log audit.',
  'error.bad_reference': 'Itu bukan referensi pelanggan. Berikan alamat email, nomor telepon, atau ID akun.',
  'error.bad_flag_kind': 'Jenis tanda tidak dikenal. Gunakan salah satu: {kinds}.',
} as const satisfies TranslationOf<typeof en>;
