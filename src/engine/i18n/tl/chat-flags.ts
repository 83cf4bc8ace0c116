/** Tagalog: /flag and /language in the chat adapters. Same keys as ../en/chat-flags.ts. */
import type { chatFlags as en } from '../en/chat-flags.ts';
import type { TranslationOf } from '../shape.ts';

export const chatFlags = {
  'chat.flag.usage':
    '*/flag <uri> [tala]* ay nagfa-flag sa customer ng bukas mong session. Mga uri: {kinds}. Para sa mga supervisor lamang ang tala (hanggang {max} character).\nMga supervisor: ipinapakita ng */flag lookup <reference ng customer>* ang mga flag ng customer kasama ang mga tala; inaalis ng */flag remove <flag id> <dahilan>* ang isang flag.',
  'chat.flag.no_session':
    'Wala kang bukas na session, kaya walang customer na maaaring i-flag. Mag-flag habang nagaganap ang usapan, bago mo isara ang session.',
  'chat.flag.done': 'Na-flag ang customer para sa {kind}. Sasabihan ang susunod na agent na hahawak sa kanila.',
  'chat.flag.done_note': 'Para sa mga supervisor lamang ang iyong tala.',
  'chat.flag.lookup_usage': 'Ibigay ang reference ng customer: /flag lookup <e-mail, telepono o account id>.',
  'chat.flag.remove_usage':
    'Ibigay ang flag id at ang dahilan: /flag remove <flag id> <dahilan>. Itatala ang dahilan sa audit log.',
  'chat.flag.lookup_header': '{count} aktibong flag para sa {hint}: {kinds}.',
  'chat.flag.kind_count': '{kind} ×{count}',
  'chat.flag.lookup_line': '{kind} · {date} · {team} · id {id}',
  'chat.flag.lookup_note': 'Tala: {note}',
  'chat.flag.more': 'At {count} na mas lumang flag na hindi ipinapakita rito.',
  'chat.language.current':
    'Iyong wika: {language} ({how}). Mga pagpipilian: {choices}. I-type ang /language <code> para palitan ito, /language auto para bumalik sa awtomatiko.',
  'chat.language.own': 'sarili mong pinili',
  'chat.language.automatic': 'awtomatiko',
  'discord.cmd.flag': 'I-flag ang customer ng bukas mong session; naghahanap at nag-aalis ng flag ang supervisor',
  'discord.cmd.flag.add': 'I-flag ang customer ng bukas mong session',
  'discord.cmd.flag.kind': 'Ano ang ginawa ng customer?',
  'discord.cmd.flag.note': 'Maikling tala para sa mga supervisor lamang (opsyonal)',
  'discord.cmd.flag.lookup': 'Mga flag ng isang customer kasama ang mga tala (supervisor lamang)',
  'discord.cmd.flag.customer': 'Reference ng customer (e-mail, telepono o account id); hindi iniimbak nang buo',
  'discord.cmd.flag.remove': 'Mag-alis ng flag; itatala ang dahilan sa audit log (supervisor lamang)',
  'discord.cmd.flag.id': 'Ang flag id, mula sa /flag lookup',
  'discord.cmd.flag.reason': 'Bakit inaalis ang flag',
  'discord.cmd.language': 'Tingnan o piliin ang wikang gagamitin ng Holdline sa iyo',
  'discord.cmd.language.code': 'Ang iyong wika, o awtomatiko (wika mo sa Discord, o ang default ng team)',
  'discord.cmd.language.auto': 'Awtomatiko',
} as const satisfies TranslationOf<typeof en>;
