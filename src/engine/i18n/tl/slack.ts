/** Tagalog: the Slack adapter (slash commands, modals, App Home, escalation channel). Same keys as ../en/slack.ts. */
import type { slack as en } from '../en/slack.ts';
import type { TranslationOf } from '../shape.ts';

export const slack = {
  'slack.usage':
    '*/complaint* ay nagbubukas ng maikling form para sa mahirap na customer (maaari mong idagdag ang reference ng customer at ang sinabi niya: `/complaint jane@example.com panay ang mura niya`).\n*/complaint <kind> [channel] [reference]* ay agad na nagsisimula; mga uri: {kinds}; mga channel: {channels}.\n*/complaint help* ay nagpapakita ng tekstong ito. */limits* ay nagtatakda ng iyong mga personal na limitasyon. Darating ang gabay sa iyong direct messages sa Holdline.',
  'slack.unknown_subcommand': 'Hindi ko alam ang "{input}".',
  'slack.start.title': 'Mahirap na customer',
  'slack.start.submit': 'Simulan ang gabay',
  'slack.cancel': 'Kanselahin',
  'slack.start.kind': 'Ano ang ginagawa ng customer?',
  'slack.start.channel': 'Paano sila nakikipag-ugnayan?',
  'slack.start.reference': 'Reference ng customer (e-mail, telepono o account id)',
  'slack.start.reference_hint':
    'Opsyonal. Keyed hash at nakatagong hint lamang ang iniimbak ng Holdline, hindi kailanman ang mismong reference.',
  'slack.start.said': 'Ang sinabi nila',
  'slack.start.said_hint': 'Opsyonal. Ginagamit lamang para sa hakbang na ito at hindi kailanman iniimbak.',
  'slack.limits.submit': 'I-save',
  'slack.limits.invalid': 'Maglagay ng buong numero mula {min} hanggang {max}.',
  'slack.select.supervisor': 'Kailangan ko ng supervisor…',
  'slack.select.close': 'Isara na may kinalabasan…',
  'slack.select.complexity': 'Gaano kakumplikado ang problema…',
  'slack.unknown_action':
    'Hindi kilala ng Holdline ang button na iyon (maaaring galing ito sa lumang mensahe). Gamitin ang mga button sa pinakabago mong mensahe mula sa Holdline, o i-type ang /complaint help.',
  'slack.bad_value':
    'Hindi mabasa ng Holdline ang button na iyon. Gamitin ang mga button sa pinakabago mong mensahe mula sa Holdline.',
  'slack.escalation_unconfigured':
    'Hindi ito maipadala ng Holdline sa supervisor: walang nakatakdang escalation channel. Sabihan mo nang direkta ang iyong supervisor ngayon.',
  'slack.home.title': 'Holdline',
  'slack.home.limits': '*Ang iyong mga personal na limitasyon*\n{limits}',
  'slack.home.open':
    '*Ang bukas mong session*\n{header}, sinimulan {time}: {title}. Nasa iyong direct messages sa Holdline ang gabay.',
  'slack.home.none_open': '*Walang bukas na session.* I-type ang /complaint kapag naging mahirap ang isang customer.',
  'slack.home.recent': '*Mga kamakailang session*',
  'slack.home.recent_item': '{time} · {header} · {outcome}',
  'slack.home.no_recent': 'Wala pang session.',
  'slack.home.still_open': 'bukas',
  'slack.page.acknowledge': 'Tanggapin',
  'slack.page.take_over': 'Ako na ang hahawak',
  'slack.page.take_done': 'Ikaw na ang humawak. Nasabihan na si {agent}.',
} as const satisfies TranslationOf<typeof en>;
