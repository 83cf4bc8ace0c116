/** Malay: customer flags (field guide §5). Same keys as ../en/flags.ts. */
import type { flags as en } from '../en/flags.ts';
import type { TranslationOf } from '../shape.ts';

export const flags = {
  'flags.kind.vulgarity': 'bahasa kesat',
  'flags.kind.insult': 'penghinaan',
  'flags.kind.legal_threat': 'ancaman tindakan undang-undang',
  'flags.kind.physical_threat': 'ancaman fizikal',
  'flags.kind.hostility': 'keagresifan',
  'flags.prior': 'Perhatian: pelanggan ini telah ditanda {total} kali dalam urusan sebelum ini: {kinds}.',
  'flags.prior_kind': '{kind} ×{count} (terakhir {date}, {team})',
  'flags.team': 'pasukan {team}',
  'flags.no_team': 'tiada pasukan',
  'flags.action': 'Tandakan pelanggan',
  'flags.pick_kind': 'Tandakan pelanggan atas sebab apa?',
  'flags.note_prompt': 'Catatan ringkas untuk penyelia (maksimum 280 aksara), atau Enter untuk langkau',
  'flags.already': 'Pelanggan sudah ditanda atas {kind} dalam sesi ini.',
  'flags.usage':
    'Penggunaan: holdline flags lookup <rujukan> --by <orang> | remove <id-tanda> --reason "…" --by <orang> | export <rujukan> --by <orang> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  'flags.summary': 'Tanda: cari, buang atau eksport tanda seseorang pelanggan (penyelia sahaja)',
  'flags.none': 'Tiada tanda yang masih berkuat kuasa untuk {hint}.',
  'flags.lookup_header': '{count} tanda yang masih berkuat kuasa untuk {hint}:',
  'flags.lookup_line': '{id}  {kind}  {date}  oleh {agent} ({team}), sesi {session}, tamat tempoh {expires}',
  'flags.lookup_note': '    catatan: {note}',
  'flags.removed': 'Tanda {id} telah dibuang. Pembuangan dan sebabnya disimpan dalam log audit.',
  'flags.purged': '{count} tanda yang tamat tempoh telah dihapuskan.',
  'error.no_customer':
    'Sesi ini tiada rujukan pelanggan, jadi tiada sesiapa untuk ditanda. Mulakan sesi seterusnya dengan rujukan pelanggan.',
  'error.not_supervisor':
    'Hanya penyelia boleh mencari, membuang atau mengeksport tanda pelanggan. Minta bantuan penyelia anda jika anda memerlukannya.',
  'error.flag_not_found': 'Tiada tanda dengan ID itu (mungkin sudah tamat tempoh atau telah dibuang).',
  'error.reason_required': 'Berikan sebab untuk membuang tanda itu (--reason "…"); sebab itu disimpan dalam log audit.',
  'error.bad_reference': 'Itu bukan rujukan pelanggan. Berikan alamat e-mel, nombor telefon atau ID akaun.',
  'error.bad_flag_kind': 'Jenis tanda tidak dikenali. Gunakan salah satu: {kinds}.',
} as const satisfies TranslationOf<typeof en>;
