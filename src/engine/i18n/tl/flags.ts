/** Tagalog: customer flags (field guide §5). Same keys as ../en/flags.ts. */
import type { flags as en } from '../en/flags.ts';
import type { TranslationOf } from '../shape.ts';

export const flags = {
  'flags.kind.vulgarity': 'bastos na pananalita',
  'flags.kind.insult': 'pang-iinsulto',
  'flags.kind.legal_threat': 'banta na magdedemanda',
  'flags.kind.physical_threat': 'banta ng pananakit',
  'flags.kind.hostility': 'galit',
  'flags.prior': 'Paalala: na-flag na ang customer na ito nang {total} beses sa mga naunang usapan: {kinds}.',
  'flags.prior_kind': '{kind} ×{count} (huli noong {date}, {team})',
  'flags.team': 'team {team}',
  'flags.no_team': 'walang team',
  'flags.action': 'I-flag ang customer',
  'flags.pick_kind': 'Ano ang dahilan ng pag-flag?',
  'flags.note_prompt': 'Maikling tala para sa mga supervisor (hanggang 280 character), o Enter para laktawan',
  'flags.already': 'Naka-flag na ang customer para sa {kind} sa session na ito.',
  'flags.usage':
    'Paggamit: holdline flags lookup <reference> --by <tao> | remove <flag-id> --reason "…" --by <tao> | export <reference> --by <tao> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  'flags.summary': 'Mga flag: hanapin, alisin o i-export ang mga flag ng isang customer (para sa supervisor lamang)',
  'flags.none': 'Walang aktibong flag para sa {hint}.',
  'flags.lookup_header': '{count} aktibong flag para sa {hint}:',
  'flags.lookup_line': '{id}  {kind}  {date}  ni {agent} ({team}), session {session}, mag-e-expire sa {expires}',
  'flags.lookup_note': '    tala: {note}',
  'flags.removed': 'Inalis ang flag {id}. Nakatala sa audit log ang pag-alis at ang dahilan nito.',
  'flags.purged': 'Binura ang {count} na expired na flag.',
  'error.no_customer':
    'Walang reference ng customer ang session na ito, kaya walang maaaring i-flag. Magsimula ng susunod na session na may reference.',
  'error.not_supervisor':
    'Supervisor lamang ang maaaring maghanap, mag-alis o mag-export ng mga flag ng customer. Lumapit sa iyong supervisor kung kailangan mo ito.',
  'error.flag_not_found': 'Walang flag na may ganoong id (maaaring nag-expire na ito o inalis).',
  'error.reason_required': 'Magbigay ng dahilan sa pag-alis ng flag (--reason "…"); itatala ito sa audit log.',
  'error.bad_reference':
    'Hindi iyan reference ng customer. Magbigay ng e-mail address, numero ng telepono o account id.',
  'error.bad_flag_kind': 'Hindi kilalang uri ng flag. Gamitin ang isa sa: {kinds}.',
} as const satisfies TranslationOf<typeof en>;
