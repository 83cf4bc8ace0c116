/** Tagalog: the Discord adapter (slash commands, buttons, modal, DM pointers). Same keys as ../en/discord.ts. */
import type { discord as en } from '../en/discord.ts';
import type { TranslationOf } from '../shape.ts';

export const discord = {
  'discord.cmd.complaint': 'Kumuha ng sunud-sunod na gabay para sa mahirap na customer',
  'discord.cmd.complaint.kind': 'Ano ang ginagawa ng customer?',
  'discord.cmd.complaint.customer':
    'Reference ng customer (e-mail, telepono o account id); keyed hash lamang ang iniimbak',
  'discord.cmd.complaint.channel': 'Paano nakikipag-ugnayan ang customer?',
  'discord.cmd.complaint.said': 'Ang sinabi nila (opsyonal; sinusuri ang haba, hindi iniimbak)',
  'discord.cmd.limits': 'Tingnan at itakda ang iyong mga personal na limitasyon',
  'discord.cmd.holdline': 'Holdline',
  'discord.cmd.holdline.help': 'Paano gumagana ang Holdline sa Discord',
  'discord.started_dm': 'Nasa direct messages natin ang iyong gabay: {link}',
  'discord.resumed_dm': 'May bukas ka nang session; itinutuloy ito sa iyong direct messages: {link}',
  'discord.cannot_dm':
    'Hindi kita mapadalhan ng direct messages, at doon itinutuloy ang mahahabang usapan. Payagan ang direct messages mula sa mga miyembro ng server (Privacy settings), saka subukang muli ang /complaint.',
  'discord.bad_option':
    'Wala ang opsyong "{option}" o hindi ito isa sa mga inaalok na halaga. Pumili mula sa listahan.',
  'discord.unknown_button':
    'Hindi ko kilala ang button na iyon. Maaaring galing ito sa lumang bersyon ng Holdline; gamitin ang /complaint para magsimulang muli.',
  'discord.unknown_command':
    'Hindi ko alam ang utos na iyon. I-type ang /holdline help para makita kung ano ang kaya kong gawin.',
  'discord.malformed': 'Hindi kumpleto ang dumating na request, kaya walang ginawa. Subukang muli.',
  'discord.back': 'Bumalik',
  'discord.pick_reason': 'Bakit kailangan mo ng supervisor?',
  'discord.pick_outcome': 'Paano natapos ang usapan?',
  'discord.limits.problem': '{field}: maglagay ng buong numero mula {min} hanggang {max}.',
  'discord.limits.problems': 'Hindi na-save ang iyong mga limitasyon:',
  'discord.limits.edit_again': 'Baguhin ang aking mga limitasyon',
  'discord.no_escalation_channel':
    'Walang nakatakdang escalation channel para sa Discord, kaya HINDI ito naipadala kaninuman: {what}. Sabihan mo nang direkta ang iyong supervisor.',
  'discord.help':
    'Sinisimulan ng /complaint ang gabay para sa mahirap na customer: piliin kung ano ang ginagawa ng customer, paano sila nakikipag-ugnayan at ang kanilang reference. Darating ang mga hakbang sa iyong direct messages, may mga button para sa bawat pagpipilian at para sa: lumalala o mas kalmado ang customer, kailangan ko ng supervisor, nagbanta sila ng pananakit o ng demanda, at isara. Itinatakda ng /limits ang iyong mga personal na limitasyon (oras, galit, pagkakumplikado). Napupunta ang mga alerto at ulat ng banta sa escalation channel ng iyong team.',
  'discord.page.ack': 'Tanggapin',
  'discord.page.take': 'Ako na ang hahawak',
  'discord.page.outcome': 'Alerto ng Holdline para kay {agent}',
  'discord.page.taken': 'Ikaw na ang humawak. Nasabihan na si {agent} na papunta ka na.',
} as const satisfies TranslationOf<typeof en>;
