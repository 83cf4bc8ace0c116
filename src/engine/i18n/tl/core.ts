/**
 * Tagalog (Filipino), core entries. Customers are addressed with "po" and "kayo/ninyo"; agents
 * informally ("ikaw/mo"). Common call-centre loanwords (customer, supervisor, session, chat) are kept,
 * as Filipino agents use them. Same keys as ../en/core.ts.
 */
import type { core as en } from '../en/core.ts';
import type { TranslationOf } from '../shape.ts';

export const core = {
  'kind.vulgarity': 'Bastos na pananalita',
  'kind.insult': 'Pang-iinsulto',
  'kind.legal_threat': 'Banta na magdedemanda',
  'kind.physical_threat': 'Banta ng pananakit',
  'kind.supervisor_request': 'Gustong makausap ang nakatataas',
  'kind.hostile': 'Galit o mapang-abuso',
  'channel.phone': 'Telepono',
  'channel.chat': 'Chat',
  'channel.email': 'E-mail',
  'channel.letter': 'Sulat',
  'channel.in_person': 'Harapan',
  'outcome.resolved': 'Naayos na',
  'outcome.escalated': 'Ipinasa sa supervisor',
  'outcome.ended_after_warning': 'Tinapos matapos ang babala',
  'outcome.ignored_written': 'Hindi pinansin ang pang-aabuso (nakasulat)',
  'outcome.handed_over': 'Ipinasa sa isang kasamahan',

  'step.calm.title': 'Hayaan muna silang maglabas ng sama ng loob',
  'step.calm.g1': 'Pakinggan ang buong reklamo. Huwag sumabat, kahit para itama sila.',
  'step.calm.g2': 'Hayaang humupa ang galit; mas mabilis itong lumilipas kapag walang sumasalungat.',
  'step.calm.g3':
    'Panatilihing mabagal at mahinahon ang iyong boses. Ikaw ang may kontrol sa iyong damdamin, hindi sila.',
  'step.calm.g4': 'Kapag tumigil sila sandali, ulitin ang narinig mo para malaman nilang napakinggan sila.',
  'say.calm.listening': 'Sige po, Sir/Ma’am, ituloy lang ninyo. Nakikinig po ako.',
  'say.calm.repeat': 'Sir/Ma’am, tiyakin ko lang po na tama ang pagkakaintindi ko: … Tama po ba?',
  'say.calm.feeling': 'Naiintindihan ko po, Sir/Ma’am, kung gaano ito nakakainis para sa inyo.',

  'step.boundary_vulgar.title': 'Magtakda ng hangganan, magalang pero matatag',
  'step.boundary_vulgar.g1': 'Ang problema ay nasa mga salitang pinili ng customer, hindi sa iyo.',
  'step.boundary_vulgar.g2':
    'Hilingin sa kanilang itigil agad ang ganoong pananalita. Huwag kailanman sagutin ng kabastusan ang kabastusan.',
  'step.boundary_vulgar.g3': 'Ito ang ika-{warnings} na babala. Patuloy na tumulong kung titigil sila.',
  'say.boundary_vulgar.stop':
    'Sir/Ma’am, gusto ko po kayong tulungan dito, at mas magagawa ko po iyon kung magalang ang ating pananalita. Pakiusap po, itigil na natin ang pagmumura.',
  'say.boundary_vulgar.continue':
    'Naiintindihan ko po na naiinis kayo, Sir/Ma’am. Patuloy ko po kayong tutulungan basta makapag-usap tayo nang walang ganoong pananalita.',
  'step.boundary_insult.title': 'Hilingin na itigil nila ang pang-iinsulto',
  'step.boundary_insult.g1': 'Hindi ito personal: galit sila sa kumpanyang kinakatawan mo, hindi sa iyo.',
  'step.boundary_insult.g2':
    'Magalang pero matatag na hilingin na itigil nila ang pang-aabuso. Huwag kailanman sumagot ng insulto o galit.',
  'step.boundary_insult.g3': 'Ito ang ika-{warnings} na babala. Patuloy na tumulong kung titigil sila.',
  'say.boundary_insult.stop':
    'Sir/Ma’am, gusto ko po itong maayos para sa inyo, pero hindi ko po maitutuloy habang iniinsulto ako. Pakiusap po, itigil na natin ito.',
  'say.boundary_insult.focus':
    'Naiintindihan ko po na galit kayo sa amin, Sir/Ma’am. Magtulungan po tayong ayusin ang problema.',
  'step.boundary_hostile.title': 'Humiling ng mas mahinahong tono',
  'step.boundary_hostile.g1':
    'Maging matatag, pero huwag agresibo. Bagalan ang pagsasalita at huminto sandali bago sumagot.',
  'step.boundary_hostile.g2': 'Magalang pero matatag na hilingin na manatiling magalang ang usapan.',
  'step.boundary_hostile.g3': 'Ito ang ika-{warnings} na babala. Patuloy na tumulong kung kakalma sila.',
  'say.boundary_hostile.respect':
    'Sir/Ma’am, gusto ko po talaga kayong tulungan. Maaari po ba tayong mag-usap nang mahinahon para matutukan ko ang problema ninyo?',
  'say.ctype.hurry':
    'Pasensya na po kung minamadali ko kayo, Sir/Ma’am; may iba pa pong naghihintay. Maaari po ba ninyo akong bigyan ng dalawang minuto para tingnan ito?',
  'step.last_warning.title': 'Ang huling babala',
  'step.last_warning.g1':
    'Sabihin nang malinaw sa customer na matatapos ang usapan kung magpapatuloy ang ganitong tono.',
  'step.last_warning.g2': 'Sabihin ito nang isang beses, nang mahinahon, bilang impormasyon at hindi bilang banta.',
  'say.last_warning.line':
    'Sir/Ma’am, kung magpapatuloy po ang ganitong tono, mapipilitan po akong tapusin ang ating usapan.',
  'step.end_conversation.title': 'Sabihin sa kanila, saka tapusin ang usapan',
  'step.end_conversation.g1': 'Sabihin sa customer na tatapusin mo na ang usapan ngayon, at kung bakit.',
  'step.end_conversation.g2': 'Pagkatapos, tapusin ito nang mahinahon, nang walang idinadagdag.',
  'step.end_conversation.g3': 'Na-flag na ang customer para handa ang susunod na hahawak sa kanila.',
  'say.end_conversation.line':
    'Gaya po ng nabanggit ko, Sir/Ma’am, tinatapos ko na po ang usapang ito dahil sa mga salitang ginamit. Malugod po kayong makipag-ugnayan muli sa amin kapag mahinahon na tayong makakapag-usap.',
  'step.ignore_written.title': 'Nakasulat na reklamo: maaari mong hindi pansinin ang pang-aabuso',
  'step.ignore_written.g1': 'Sa sulat o e-mail, hindi mo kailangang sagutin ang bastos o mapang-insultong mga salita.',
  'step.ignore_written.g2': 'Sagutin lamang ang mismong reklamo, sa karaniwan mong magalang na tono.',
  'step.ignore_written.g3':
    'Kung seryoso ang reklamo, mag-alok na pag-usapan ito sa halip na magpalitan pa ng mga mensahe.',
  'say.ignore_written.open':
    'Salamat po sa pagsulat sa amin, Sir/Ma’am. Sinuri ko po ang bawat puntong inyong binanggit.',
  'say.ignore_written.meet':
    'Makakatulong po ba kung pag-usapan natin ito, Sir/Ma’am? Puwede ko po kayong tawagan sa oras na maluwag kayo.',

  'step.empathise.title': 'Umunawa, saka taos-pusong humingi ng paumanhin',
  'say.empathise.sorry':
    'Maiinis din po ako kung ako ang nasa kalagayan ninyo, Sir/Ma’am, at humihingi po ako ng paumanhin sa nangyari.',
  'say.empathise.point': 'May punto po kayo, Sir/Ma’am, at humihingi po ako ng paumanhin sa abalang idinulot nito.',
  'say.ctype.waiting': 'Pasensya na po at pinaghintay ko kayo, Sir/Ma’am. Paano ko po kayo matutulungan?',
  'step.lead.title': 'Gabayan sila tungo sa solusyon',
  'step.lead.g1': 'Itanong kung ano ang makapag-aayos nito para sa kanila.',
  'step.lead.g2': 'Kung may hinihingi silang hindi mo maibibigay, sabihin kung ano ang kaya mong gawin.',
  'step.lead.g3': 'Manguna: sabihin kung ano ang gagawin, kailan, at sino ang gagawa.',
  'say.lead.ask': 'Sir/Ma’am, ano po ang maaari kong gawin para maayos ito para sa inyo?',
  'say.lead.instead_dont_know':
    'Maaari po ba kayong maghintay sandali, Sir/Ma’am? Gagawin ko po ang aking makakaya para malaman ito.',
  'say.lead.restate':
    'Kaya po, para makumpirma: gagawin po ang … bago ang …, at si … po ang bahala rito. Tama po ba, Sir/Ma’am?',
  'step.alternative.title': 'Ialok ang kaya mong gawin',
  'step.alternative.g1': 'Maging tapat na hindi maibibigay ang hinihiling, at ialok ang pinakamalapit na kaya mo.',
  'step.alternative.g2': 'Kung nagkamali ka, humingi ng paumanhin nang maayos. Kung tama ka, huwag nang ipamukha.',
  'say.alternative.cannot': 'Sir/Ma’am, hindi ko po iyon magagawa, pero ito po ang kaya kong gawin: …',
  'say.alternative.instead_kind':
    'Mahirap po para sa amin na maibigay ang hiling na iyon, Sir/Ma’am, pero ito po ang maaari naming gawin.',
  'say.alternative.misunderstanding':
    'Sir/Ma’am, sa tingin ko po ay may kaunting hindi pagkakaintindihan: ang iniaalok po namin ay …',
  'say.alternative.instead_wrong':
    'May punto po kayo, Sir/Ma’am. Gayunman, ikinalulungkot ko pong hindi namin iyon magagawa, dahil …',
  'step.provide.title': 'Tuparin ang ipinangako mo',
  'step.provide.g1': 'Gawin ang ipinangako mo, o ipasa ito sa taong gagawa nito, at banggitin ang pangalan niya.',
  'step.provide.g2': 'Sabihin kung kailan nila ito maaasahan, at mag-follow up kapag tapos na.',
  'say.provide.next': 'Sir/Ma’am, ito po ang susunod na mangyayari: … bago ang … Aabisuhan ko po kayo kapag tapos na.',
  'say.senior.instead_dont_come_back':
    'Ikinalulungkot ko po, Sir/Ma’am, na ganyan ang pakiramdam ninyo sa aming serbisyo. Hayaan po ninyo akong tumulong.',

  'step.senior.title': 'Gusto nilang makausap ang nakatataas: ayos lang iyon',
  'step.senior.g1': 'Hindi pagkabigo ang pag-escalate; pagtutulungan ng buong team ang mahusay na serbisyo.',
  'step.senior.g2': 'Naalertuhan na ang iyong supervisor. Sabihin sa customer kung ano ang susunod na mangyayari.',
  'step.senior.g3':
    'Patuloy na makinig habang naghihintay, at itala ang mga detalye para hindi na nila kailangang ulitin.',
  'say.senior.bring':
    'Naiintindihan ko po, Sir/Ma’am. Tatawagin ko na po ang aking supervisor. Habang naghihintay, maaari ko po bang itala ang mga detalye para hindi na ninyo kailangang ulitin?',
  'step.handover.title': 'Ipasa sa mas may karanasan',
  'step.handover.g1': 'May ibang mas bihasa sa ganitong kaso. Propesyonal na desisyon ang isama sila.',
  'step.handover.g2': 'Ipaliwanag sa iyong kasamahan ang sitwasyon para hindi na magsimula ulit ang customer.',
  'say.handover.colleague':
    'Sir/Ma’am, isasama ko po ang kasamahan kong pinakabihasa rito, para makuha ninyo ang tamang sagot.',

  'step.threat_legal.title': 'Banta na magdedemanda: itala, i-report, magpatuloy',
  'step.threat_legal.g1': 'Huwag itong personalin. Wala sa kontrol mo ang susunod na gagawin ng customer.',
  'step.threat_legal.g2': 'Nai-report na ito sa legal team kasama ang oras. Itala kung ano mismo ang sinabi.',
  'step.threat_legal.g3': 'Patuloy na makinig nang matiyaga at patuloy na subukang lutasin ang problema.',
  'say.threat_legal.right':
    'Naiintindihan ko po, Sir/Ma’am, na pinag-iisipan ninyo iyan, at karapatan po ninyo iyon. Samantala, nais ko pa rin pong tumulong na maayos ito.',
  'step.threat_physical.title': 'Banta ng pananakit: kaligtasan mo muna',
  'step.threat_physical.g1': 'Naalerto na bilang kritikal ang seguridad at ang iyong supervisor.',
  'step.threat_physical.g2': 'Harapan at hindi ka ligtas? Lumayo sa customer at hintayin ang seguridad.',
  'step.threat_physical.g3': 'Huwag makipagtalo o maghamon. Kung ligtas, manatiling kalmado at patuloy na makinig.',
  'step.threat_physical.g4': 'Itala kung ano mismo ang sinabi at kailan. Itatago ang tala para sa legal team.',
  'say.threat_physical.calm':
    'Sir/Ma’am, gusto ko po kayong tulungan, at para magawa ko iyon, kailangan po nating dalawa na manatiling kalmado.',
  'step.end_safely.title': 'Tapusin nang ligtas ang usapan',
  'step.end_safely.g1': 'Sabihin sa customer na tinatapos mo na ang usapan ngayon.',
  'step.end_safely.g2':
    'Pagkatapos, tapusin ito. Kung harapan, umalis sa lugar at maghintay kasama ang isang kasamahan.',
  'say.end_safely.line': 'Sir/Ma’am, tinatapos ko na po ang usapang ito ngayon. Naabisuhan na po ang aming seguridad.',

  'choice.calmed': 'Kumalma na sila',
  'choice.keeps_swearing': 'Patuloy silang nagmumura',
  'choice.keeps_insulting': 'Patuloy nila akong iniinsulto',
  'choice.getting_abusive': 'Lalo silang nagiging mapang-abuso',
  'choice.written_ignore': 'Nakasulat ito: huwag nang pansinin ang pang-aabuso',
  'choice.stopped': 'Tumigil sila',
  'choice.carried_on': 'Nagpatuloy sila',
  'choice.someone_else': 'Mas may karanasan ang dapat humawak nito',
  'choice.told_and_ended': 'Sinabihan ko sila at tinapos ko ang usapan',
  'choice.apologised': 'Humingi sila ng paumanhin: ituloy ang pagtulong',
  'choice.replied_substance': 'Sinagot ang mismong reklamo; hindi pinansin ang pang-aabuso',
  'choice.needs_work': 'Ang mismong problema ang kailangang ayusin',
  'choice.to_resolution': 'Tumuloy sa solusyon',
  'choice.agreed': 'Nagkasundo kami sa gagawin',
  'choice.impossible_request': 'May gusto silang hindi namin magagawa',
  'choice.beyond_me': 'Lampas na ito sa kaya kong pagpasyahan',
  'choice.accepted': 'Tinanggap nila',
  'choice.insist_senior': 'Ipinipilit nilang makausap ang nakatataas',
  'choice.resolved': 'Naayos na',
  'choice.not_satisfied': 'Hindi pa rin kuntento: gustong makausap ang nakatataas',
  'choice.supervisor_took_over': 'Ang supervisor na ang humawak',
  'choice.accepted_my_help': 'Tinanggap din nila ang tulong ko',
  'choice.colleague_took_over': 'Isang kasamahan ang humawak',
  'choice.carried_on_myself': 'Itinuloy ko nang mag-isa',
  'choice.security_took_over': 'Ang seguridad o ang supervisor ko na ang humawak',
  'choice.calmed_carry_on': 'Kumalma na sila: ituloy',
  'choice.ending_contact': 'Nagpapatuloy pa rin: tinatapos ko na ang usapan',
  'choice.still_senior': 'Gusto pa rin nilang makausap ang nakatataas',
  'choice.let_me_help': 'Papayag na silang tulungan ko',

  'action.worse': 'Lumalala ang customer',
  'action.better': 'Mas kalmado na ang customer',
  'action.supervisor': 'Kailangan ko ng supervisor',
  'action.close': 'Isara',
  'action.threat_physical': 'Nagbanta sila ng pananakit',
  'action.threat_legal': 'Nagbanta silang magdemanda',
  'action.complexity': 'Gaano kakumplikado ang problema',
  'reason.customer_insists': 'Ipinipilit ng customer na makausap ang nakatataas',
  'reason.more_experienced': 'May ibang mas may karanasan dito',
  'reason.agent_request': 'Naabot na ng agent ang kanyang limitasyon',
  'reason.physical_threat': 'Laging agad na inaalertuhan ang supervisor sa banta ng pananakit',
  'reason.limit': 'Naabot ang limitasyon ({limit}): {value}, limitasyon {max}',
  'limit.minutes': 'Oras kasama ang customer na ito',
  'limit.hostility': 'Galit',
  'limit.complexity': 'Pagkakumplikado',

  'view.header': '{kind} · {channel}',
  'view.meters':
    'Galit {hostility}/5 (limitasyon mo {hostilityMax}) · Pagkakumplikado {complexity}/5 (limitasyon {complexityMax}) · {minutes} sa {minutesMax} min · Mga babala {warnings}',
  'view.say_instead': 'Maaari mong sabihin',
  'view.closed': 'Sarado na ang session: {outcome}.',

  'notice.paged': 'Naalertuhan na ang iyong supervisor: {reason}.',
  'notice.paged_critical': 'KRITIKAL: naalerto na ang seguridad at ang iyong supervisor: {reason}.',
  'notice.threat_reported': 'Nai-report sa {to} kasama ang oras at ang tala ng iyong session.',
  'notice.flagged': 'Na-flag na ang customer ({kind}) para handa ang susunod na agent.',
  'notice.acknowledged': 'Natanggap ni {by} ang iyong alerto at papunta na siya.',
  'notice.already_paged': 'Naalertuhan na ang iyong supervisor para rito; nananatili ang alerto.',
  'notice.decompress':
    'Mabigat ang usapang iyon. Bago ang susunod: huminga nang malalim at dahan-dahan nang tatlong beses, makipag-usap sa isang tao kung kaya mo, at magpahinga sandali kung kailangan mo. Walang sapilitan dito.',
  'to.security': 'seguridad',
  'to.legal': 'legal team',

  'page.title': 'Alerto ng Holdline: kailangan ni {agent} ng supervisor',
  'page.title_critical': 'KRITIKAL na alerto ng Holdline: nag-uulat si {agent} ng banta ng pananakit',
  'page.body':
    '{kind} (paraan ng contact: {channel}). {reason}. {minutes} min kasama ang customer, galit {hostility}/5.',
  'page.customer': 'Customer {hint}.',
  'report.title': 'Ulat ng banta mula sa Holdline para sa {to}',
  'report.body':
    '{kind} na iniulat ni {agent} noong {time} (session {session}, {channel}). Itinatago ang timeline ng session bilang tala.',

  'limits.title': 'Ang iyong mga personal na limitasyon',
  'limits.current': 'Oras sa isang customer: {minutes} min · Galit: {hostility}/5 · Pagkakumplikado: {complexity}/5',
  'limits.saved': 'Nai-save na ang iyong mga limitasyon. Ilalapat ang mga ito simula sa susunod mong customer.',
  'limits.minutes_prompt': 'Ilang minuto sa isang customer bago pumasok ang supervisor (1–480)',
  'limits.hostility_prompt': 'Pinakamataas na galit ng customer na kaya mong harapin (1–5)',
  'limits.complexity_prompt': 'Pinakamataas na pagkakumplikado ng problema na kaya mong harapin (1–5)',

  'console.welcome': 'Holdline, sa terminal. Agent: {agent}. I-type ang ? anumang oras para sa tulong.',
  'console.resume': 'May bukas kang session mula {time}. Itutuloy natin ito.',
  'console.idle_prompt':
    'Pindutin ang Enter para magsimula ng gabay para sa mahirap na customer, l para itakda ang iyong mga limitasyon, q para umalis.',
  'console.pick_kind': 'Ano ang ginagawa ng customer?',
  'console.pick_channel': 'Paano sila nakikipag-ugnayan?',
  'console.customer_prompt': 'Reference ng customer (e-mail, telepono o account id), o Enter para laktawan',
  'console.pick_number': 'Pumili ng numero mula 1 hanggang {max}.',
  'console.unknown': 'Hindi ko naintindihan ang "{input}". I-type ang ? para sa mga utos.',
  'console.help':
    'Pumipili ng opsyon ang mga numero. y = kumpirmahin ang iminungkahing uri, k = palitan ang uri, w = lumalala ang customer, b = mas kalmado, s = kailangan ko ng supervisor, v = nagbanta sila ng pananakit, g = nagbanta silang magdemanda, c 1-5 = gaano kakumplikado ang problema, f = i-flag ang customer, x = isara, l = mga limitasyon, q = umalis (mananatiling bukas ang session).',
  'console.pick_reason': 'Bakit kailangan mo ng supervisor?',
  'console.pick_outcome': 'Paano natapos ang usapan?',
  'console.goodbye': 'Paalam.',
  'console.goodbye_open': 'Paalam. Nakatago ang bukas mong session; buksan muli ang Holdline para ituloy ito.',

  'error.session_closed': 'Sarado na ang session na ito. Magsimula ng bago gamit ang /complaint.',
  'error.unknown_choice': 'Hindi bahagi ng hakbang na ito ang pagpipiliang iyon. Pumili sa mga opsyong ipinapakita.',
  'error.choice_unavailable': 'Hindi available ang opsyong iyon sa ngayon. Pumili sa mga opsyong ipinapakita.',
  'error.invalid_value': 'Wala sa saklaw ang halagang iyon. {detail}',
  'error.outcome_not_allowed': 'Hindi angkop ang kinalabasang iyon sa session na ito: {detail}',
  'error.stale': 'Nagbago na ang hakbang mula nang ipakita ang button na iyon. Nasa ibaba ang kasalukuyang hakbang.',
  'error.not_yours': 'Pag-aari ng ibang agent ang session na ito.',
  'error.not_found': 'Wala na ang session na iyon.',
  'error.text_too_long': 'Masyadong mahaba ang teksto ({length} character; {max} ang pinakamarami). Paikliin ito.',
  'error.store_unavailable':
    'Hindi maabot ng Holdline ang database nito sa ngayon. Walang nawala sa mga naitala mo; subukang muli mamaya.',
  'error.internal': 'Nagkaproblema sa aming panig. Walang nawala sa mga naitala mo; subukang muli.',
  'error.already_open': 'May bukas ka nang session. Isara muna ito bago magsimula ng bago.',
  // The kind suggested from what the customer said
  'view.suggestion': 'Iminumungkahi batay sa sinabi ng customer: {kind}. Kumpirmahin ito, o piliin ang tamang uri.',
  'view.no_suggestion':
    'Walang tumugma sa anumang uri sa sinabi ng customer; sinimulan bilang galit o mapang-abuso. Piliin ang tamang uri kung mas angkop ito.',
  'view.suggestion_threat':
    'Posibleng may banta ng pananakit sa sinabi ng customer. Wala pang naaalerto: kung banta nga ito, kumpirmahin o gamitin ang “{action}” para maalerto ang iyong supervisor at ang seguridad.',
  'view.evidence': 'Dahilan: {evidence}',
  'action.confirm_kind': 'Oo, tama iyan',
  'action.change_kind': 'Palitan ang uri',
  'console.said_prompt':
    'Ano ang sinabi ng customer? (opsyonal: binabasa para sa banta at pang-aabuso, hindi kailanman iniimbak; Enter para laktawan)',
  'console.suggested': 'iminumungkahi',
  'console.possible_threat':
    'Posibleng banta ng pananakit (wala pang naaalerto). Enter para kumpirmahin: maaalerto ang iyong supervisor at ang seguridad.',
  'console.enter_accepts': 'Enter para tanggapin ang mungkahi, o mag-type ng numero',
} as const satisfies TranslationOf<typeof en>;
