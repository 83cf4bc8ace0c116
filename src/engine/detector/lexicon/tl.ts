/** Tagalog, incl. Taglish and text-speak spellings (ko/ku, nyo/ninyo, sakin/sa akin, kita). */
import type { Lexicon } from '../types.ts';
import { alt, rule } from './rule.ts';

const YOU = alt('kita|ka|kayo|ko kayo|namin kayo|ka namin|ko ikaw|ikaw|kayong lahat|ako|kami|siya|sya');
const INSULT = alt(
  'bobo|tanga|tangá|inutil|walang kwenta|walang kuwenta|walang silbi|walang utak|gago|gaga|tarantado|ulol|ulul|hayop|engot|tonto|mangmang|bwakanang|kupal|bastos|baliw|sinungaling|manloloko|magnanakaw|pangit|pabaya|tamad|abnoy|abnormal|bingi|bulag|peste|lintik|leche|punyeta|demonyo|pokpok',
);
const BOSS = alt(
  'manager|supervisor|amo|boss|head|superior|nakatataas|nakakataas|mas mataas|taga-pamahala|tagapamahala|in charge|ibang tao|ibang agent',
);

export const tl: Lexicon = {
  rules: [
    rule(
      'physical_threat',
      0.95,
      `(?:papatayin|sasaktan|bubugbugin|babarilin|sasaksakin|sasapakin|susuntukin|sasampalin|gugulpihin|uupakan|tutuluyan|babasagin ang mukha) (?:${YOU}|ko|niya|nya|ka)`,
    ),
    rule(
      'physical_threat',
      0.95,
      `alam (?:ko|niya|nya|namin|na niya) (?:na |rin |din |)(?:kung |)(?:saan|san) (?:ka|kayo|ako|siya|sya|kami) (?:nakatira|nakatira|umuuwi|nagtatrabaho|nagwowork|tumitira)|alam (?:ko|niya|nya) (?:ang |yung |)bahay (?:mo|nyo|ninyo|ko|namin)`,
    ),
    rule(
      'physical_threat',
      0.75,
      `alam (?:ko|niya|nya) (?:kung |)(?:saan|san) (?:ang |yung |)(?:store|tindahan|opisina|branch|office) (?:nyo|ninyo|niyo|mo|ko|namin)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:aabangan|hihintayin|hintayin|abangan|inaabangan|babalikan) (?:${YOU}|ko|niya|nya)(?: ko| niya| nya| ako| kita| ka| kayo)?(?: sa labas| paglabas| mamaya| pag-uwi| sa parking|[ .!,]|$)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `humanda (?:ka|kayo)|lagot (?:ka|kayo) (?:sa akin|sakin|saken|sa amin)|pagsisisihan (?:mo|nyo|ninyo|niyo)|patay (?:ka|kayo) (?:sa akin|sakin|saken)|magbabayad (?:ka|kayo) (?:dito|sa ginawa)|mag-ingat (?:ka|kayo) (?:sa akin|sakin)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:susunugin|pasasabugin|sisirain|wawasakin) (?:ko |namin |niya |)(?:ang |yung |)(?:store|tindahan|opisina|branch|office|bahay)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `(?:idedemanda|dedemandahin|magdedemanda|kakasuhan|kakasuhan|sasampahan|ipapakulong|ipakukulong|ipapapulis|ipapa-pulis|ipa-barangay|ipapabarangay)(?: (?:${YOU}|ko|namin))?|magsasampa (?:ako|kami|siya|sya|sila) ng kaso|(?:magkita|kita) (?:tayo|na lang tayo) sa korte|sa korte (?:na lang |na |)(?:tayo|tayo magkita|mag-usap)|dadalhin (?:ko |namin |)(?:ito |to |kayo |)sa korte`,
    ),
    rule(
      'legal_threat',
      0.85,
      `(?:abogado|abugado|lawyer|attorney) (?:ko|namin)|(?:ang|yung) (?:abogado|abugado|lawyer) ko|(?:ireport|i-report|ireklamo|irereklamo|isusumbong|isumbong|irereport|ire-report) (?:ko |namin |)(?:kayo |kita |ito |to |)sa (?:dti|pulis|barangay|nbi|korte|ombudsman)|(?:tatawag|tatawagan) (?:ako |ko |)(?:ng |ang |)pulis|legal action`,
    ),
    rule(
      'supervisor_request',
      0.9,
      `(?:kausapin|makausap|kakausapin|kausap|tawagin|patawag|ipatawag|tawag|ipasa|ilipat|i-transfer|itransfer|nasaan|asan|nasan|gusto|pakausap|papuntahin|dalhin|pwede|puwede)(?: [a-z-]+){0,4} (?:ng |ang |yung |sa |si |)${BOSS}`,
    ),
    rule(
      'insult',
      0.9,
      `${INSULT} (?:ka|kayo|mo|nyo|ninyo|talaga|kayong lahat)|ang (?:${INSULT}) (?:naman |talaga |)(?:mo|nyo|ninyo|niya|nya|(?:ng|nang) (?:agent|ahente|staff|empleyado|tao|kausap|babae|lalaki|supervisor|manager|cashier))|(?:ikaw|kayo|siya|sya) (?:ay |ang |)(?:isang |talaga |mga |)${INSULT}|(?:mga|kayong mga) ${INSULT}|tinawag (?:niya |nya |)(?:akong|ako na|kaming|kami na|ako ng|si) ${INSULT}|(?:bingi|bulag|tanga|bobo) (?:ka|kayo) (?:ba|yata)|wala (?:kang|kayong|siyang) (?:kwenta|kuwenta|silbi|utak|alam|modo|pakinabang)`,
    ),
    rule(
      'vulgarity',
      0.9,
      `putang ?ina(?: mo| nyo| ninyo| niyo)?|putangina(?:mo)?|tang ?ina(?: mo| nyo| ninyo)?|kingina|pakyu|pakshet|punyeta|leche(?! flan)|lintik|puta|pota|pucha|putcha|tae|yawa|inamo|pokpok|tite|titi|puke|pekpek|bilat|kantot|hindot|iyot|kupal|gago|tarantado|ulol|shit|fuck`,
    ),
    rule(
      'hostile',
      0.7,
      `(?:ang |napaka)(?:pangit|panget|bulok|walang kwenta|walang kuwenta|sama) (?:ng |nang |)(?:serbisyo|service|customer service|kompanya|app)|(?:pinakamasamang|pinaka-pangit na|pinakapangit na) (?:serbisyo|service)|walang (?:kwenta|kuwenta|silbi) (?:kayong|na|ang|yung) (?:kompanya|company|serbisyo|service|app|tindahan)|walang (?:kwentang|kuwentang|silbing) (?:serbisyo|kompanya|company|app|service|customer service)|nakakainis|nakakabwisit|nakakabuwisit|bwisit|buwisit|kalokohan|sayang (?:ang |lang ang |)oras|(?:tumahimik|manahimik|tumigil) ka`,
    ),
  ],
  context: {
    negators: ['hindi', 'di', 'wala', 'huwag', 'wag', 'hinding-hindi', 'hinde', 'never', 'not'],
    conditionals: ['kung', 'kapag', 'pag', 'kundi', 'o', 'hangga', 'hanggang', 'if'],
    keepers: ['pero', 'ngunit', 'kaso', 'but'],
    reporters: [
      'ahente',
      'agent',
      'katrabaho',
      'kasamahan',
      'staff',
      'patalastas',
      'commercial',
      'pelikula',
      'movie',
      'kanta',
      'biro',
      'nagbibiro',
      'joke',
      'joke lang',
      'palabas',
    ],
  },
};
