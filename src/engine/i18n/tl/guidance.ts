/** Tagalog, guidance that fits the contact. Same keys as ../en/guidance.ts. */
import type { guidance as en } from '../en/guidance.ts';
import type { TranslationOf } from '../shape.ts';

export const guidance = {
  'channel.sms': 'SMS',
  'channel.social': 'Social media',

  'step.calm.g1_written': 'Basahin ang buong mensahe bago ka sumagot, at itala ang bawat puntong binanggit nila.',
  'step.calm.g3_written':
    'Sumulat nang kalmado at malinaw, at basahin muli ang sagot mo bago ipadala. Ikaw ang may kontrol sa damdamin mo, hindi sila.',
  'step.calm.g4_written':
    'Simulan ang sagot sa pag-uulit ng reklamo nila sa isang pangungusap, para malaman nilang nabasa ito.',
  'say.calm.listening_written':
    'Salamat po sa paglalaan ng oras para ipaalam ito sa amin, Sir/Ma’am. Binasa ko po ang bawat puntong binanggit ninyo.',
  'say.calm.feeling_written': 'Nakikita ko po sa mensahe ninyo kung gaano ito nakakainis para sa inyo, Sir/Ma’am.',
  'step.calm.g3_chat':
    'Panatilihing maikli at hindi nagmamadali ang mga mensahe mo, at huwag kailanman sumagot nang naka-capital letters. Ikaw ang may kontrol sa damdamin mo, hindi sila.',
  'step.calm.g4_chat':
    'Kapag tumigil na sila sa pag-type, ibuod sa isang mensahe ang nabasa mo, para malaman nilang nabasa ito.',
  'say.calm.listening_chat': 'Huwag po kayong magmadali, Sir/Ma’am. Binabasa ko po ang lahat ng isinusulat ninyo.',
  'step.calm.g_in_person':
    'Humarap sa kanila, panatilihin ang magiliw na eye contact, at tumango paminsan-minsan para ipakitang sinusundan mo sila.',
  'say.threat_physical.hear': 'Naririnig ko po kayo, Sir/Ma’am, at sineseryoso ko po ang sinabi ninyo.',
  'step.ignore_written.g3_letter':
    'Ang pormal na sulat ay nararapat sa higit pa sa isa pang sulat: mag-alok ng personal na pagkikita.',
  'say.ignore_written.meet_letter':
    'Gusto ko po sana kayong makausap nang personal para pag-usapan ito nang magkasama, Sir/Ma’am. Kailan po kayo maluwag?',

  'step.empathise.understand':
    'Una, ipakitang naiintindihan mo: pangalanan ang damdaming naririnig mo (inis, pagkadismaya, pag-aalala).',
  'step.empathise.apologise':
    'Saka humingi ng paumanhin nang taos-puso sa pinagdaanan nila. Lalong lumalala ang sitwasyon sa paumanhing kabisado lang.',
  'say.boundary_hostile.pause':
    'Naiintindihan ko po na mahalaga ito sa inyo, Sir/Ma’am. Isa-isahin po natin, para matulungan ko kayo nang maayos.',
  'say.end_conversation.insults':
    'Gaya po ng nasabi ko, Sir/Ma’am, tatapusin ko na po ang usapang ito dahil sa mga pang-iinsulto. Malugod po kayong makipag-ugnayan muli kapag makakapag-usap na tayo nang mahinahon.',
  'say.end_conversation.tone':
    'Gaya po ng nasabi ko, Sir/Ma’am, tatapusin ko na po ang usapang ito dahil sa tono nito. Malugod po kayong makipag-ugnayan muli kapag makakapag-usap na tayo nang mahinahon.',
  'choice.still_upset': 'Galit pa rin sila: hayaan muna silang matapos',

  'step.lead.g_in_person': 'Kapag harapan, ayusin agad kung kaya mo: nakikita nila ang ginagawa mo.',
  'step.lead.g_written':
    'Maaaring may seryosong problema sa likod ng maikling mensahe: sagutin ito nang kasing-buo at kasing-bilis ng isang tawag sa telepono.',
  'say.ctype.two_minutes':
    'Pakibigyan po ako ng dalawang minuto para tapusin ito, Sir/Ma’am, at tutulungan ko po kayo agad.',
  'dont.cant_be_bothered': 'Tinatamad ako.',
  'say.provide.feedback': 'May iba pa po ba kaming maaaring pagbutihin para sa inyo, Sir/Ma’am?',
  'view.instead_of': 'sa halip na “{phrase}”',
  'dont.dont_know': 'Ewan ko.',
  'dont.dont_care': 'Wala akong pakialam.',
  'dont.your_kind': 'Ayaw namin sa mga katulad mo rito.',
  'dont.know_nothing': 'Wala kang alam.',
  'dont.dont_come_back': 'Huwag ka nang bumalik.',
  'dont.right_wrong': 'Tama ako at mali ka.',
  'dont.hurry': 'Bilisan mo! / Teka lang.',

  'ctype.active_hater': 'Aktibong galit',
  'ctype.extreme_critic': 'Sobrang mapamintas',
  'ctype.was_happy': 'Tapat na customer na ngayon ay dismayado',
  'ctype.still_happy': 'Masayang customer na may reklamo',
  'ctype.impatient': 'Mainipin',
  'ctype.indecisive': 'Hindi makapagpasya',
  'ctype.talkative': 'Madaldal',
  'ctype.active_hater.g':
    'Anuman ang gawin mo, maaaring hindi sila masiyahan: huwag itong patulan o ipagtanggol ang sarili, gawin ang pinakamahusay mo at huwag hayaang pabagsakin ka nito.',
  'ctype.extreme_critic.g':
    'Mapapansin nila ang bawat mali. Makinig nang may isang taingang bukas: kumilos sa totoo at hayaan ang iba nang hindi nakikipagtalo.',
  'ctype.was_happy.g':
    'Mabuting customer na nag-iisip umalis: makinig nang buo, dahil sulit ang pagsisikap na maibalik sila.',
  'ctype.was_happy.recovery':
    'Gawin ang service recovery: ayusin ang problema at magdagdag ng bagay na nagpapakitang mahalaga sila, saka tiyaking masaya na sila.',
  'ctype.still_happy.g':
    'Ang pinakamahuhusay mong customer: ang reklamo nila ay pagkakataong gumaling, hindi pag-atake.',
  'ctype.still_happy.visible': 'Kumilos dito nang nakikita nila, at sabihin kung ano ang nagbago dahil nagsalita sila.',
  'ctype.impatient.g':
    'Dumiretso sa punto: sabihin kung ano ang gagawin mo at gaano ito katagal, at panatilihing maikli ang bawat update.',
  'ctype.indecisive.g':
    'Mag-alok ng dalawa o tatlong malinaw na pagpipilian, magrekomenda ng isa, at kumpirmahin ang pinili nila bago kumilos.',
  'ctype.talkative.g': 'Hayaan silang sabihin ang pangunahing punto, saka magalang na ibalik ang usapan sa problema.',
  'ctype.talkative.name':
    'Para maibalik sila, hintayin ang saglit na paghinto, tawagin sila sa pangalan, pasalamatan, at itanong ang susunod mong tanong.',
  'say.ctype.critic_point': 'Tama po kayo tungkol sa …, Sir/Ma’am, at aayusin ko po iyon ngayon.',
  'say.ctype.loyal_recovery':
    'Matagal na po kayong customer namin, Sir/Ma’am, at gusto ko pong maitama ito para sa inyo: …',
  'say.ctype.thanks_feedback': 'Salamat po sa pagsasabi sa amin, Sir/Ma’am. Dahil dito, binabago na po namin ang …',
  'say.ctype.options':
    'May dalawang paraan po tayo, Sir/Ma’am: … o … Karamihan po ng customer na nasa ganitong sitwasyon ay pumipili ng …',
  'say.ctype.by_name':
    '…, salamat po, malaking tulong iyon. Para maayos ko po ito para sa inyo, puwede ko po bang itanong …?',

  'reason.menu_agent_request': 'Naabot ko na ang aking limitasyon',
  'view.customer_type': 'Customer: {type}',
  'view.customer_language': 'Wika ng customer: {language}',
  'ctype.none': 'Walang uri',
  'ctype.pick': 'Anong uri ng customer ito?',
  'ctype.action': 'Uri ng customer',
  'ctype.language_action': 'Wika ng customer',
  'console.help_ctype':
    'type = markahan ang uri ng customer; clang <code> = wika ng customer para sa “Maaari mong sabihin”.',
} as const satisfies TranslationOf<typeof en>;
