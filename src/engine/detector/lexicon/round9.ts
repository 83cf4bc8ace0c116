/**
 * Round 9 (issue #23): general frames the blind set 7 showed missing, per language, appended to
 * each language's rules in bundles.ts. Vocabulary and grammar only (no sentence from a set):
 * asking for someone senior in more ways, complaining to a regulator, hostility without
 * swearing ("don't you dare", "how many times must I…", "I pay your salary"), an insult standing
 * alone as a clause ("Idiot.", "…, bodoh!"), threats against property, and past violence (which
 * the tier rule only ever proposes).
 */
import type { Locale } from '../../types.ts';
import type { Rule } from '../types.ts';
import { rule } from './rule.ts';

/** An insult word forming a clause of its own: at the start or after a stop or comma, before a stop or the end. */
const alone = (words: string): string => `(?:^|^ |[.!?,] ?)(?:${words})(?= ?[.!?,]|$)`;

export const ROUND9: Readonly<Record<Locale, readonly Rule[]>> = {
  en: [
    rule(
      'insult',
      0.85,
      alone('idiot|moron|imbecile|cretin|clown|arsehole|asshole|dickhead|muppet|pillock|tosser|wanker'),
    ),
    rule('insult', 0.8, `(?:run|staffed|managed) by (?:clowns|idiots|thieves|crooks|monkeys|cowboys|morons|amateurs)`),
    rule(
      'hostile',
      0.6,
      `(?:i|i'm) (?:pay|paying) (?:your|ur) (?:salary|wages)|don'?t you (?:dare|ever)|how many (?:more )?times (?:do|must|have|will) i|not (?:moving|leaving|going anywhere) (?:from|until)|what kind of [a-z]+ (?:runs out|doesn'?t|can'?t|has no)|(?:you|they) (?:clearly |obviously )?(?:don'?t|do not) care|none of you (?:care|do)|(?:is|isn'?t) anyone (?:there|even) (?:awake|listening)|get used to (?:looking at|seeing) me`,
    ),
    rule(
      'legal_threat',
      0.85,
      `(?:complaint|complain|report) (?:with|to) the (?:[a-z]+ ){0,3}(?:authority|commission|regulator|ombudsman|ico|fca|caa|cma)|going to the (?:[a-z]+ ){0,3}(?:authority|regulator|ombudsman) and then to court`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:or|otherwise|or else) (?:i|we) (?:will |'l )?(?:stab|shoot|kill|hurt|punch|smash|torch|burn) (?:someone|somebody|you|u|everyone|the place|this place|it)`,
    ),
    rule('physical_threat', 0.6, `(?:torch|burn down|smash up|trash) (?:this|the|your) (?:place|store|shop|branch)`),
    rule(
      'physical_threat',
      0.9,
      `(?:smash|break|torch|burn|trash|wreck|slash) (?:every|all|each|all the|your|the) (?:windows?|screens?|computers?|glass|cars?|vans?|tyres?|tires?|phones?|doors?|shop|store|office|branch)`,
    ),
    rule(
      'physical_threat',
      0.95,
      `(?:i'?l|i will|i'?m going to|i'?m gonna|gonna|we'?l) (?:come|go|walk|drive) (?:in|down|over|round|back|there)(?: there)? and (?:punch|hit|stab|smack|slap|deck|kick|hurt|beat up|batter|thump|headbutt)`,
    ),
    rule(
      'physical_threat',
      0.65,
      `(?:threw|thrown|flipped|overturned|upended|kicked over) (?:a |the )?(?:chair|table|desk|stool|computer|screen|till)`,
    ),
  ],
  ms: [
    rule('insult', 0.85, alone('bodoh|bangang|bengap|lembab|bebal|sengal|bahlul|babi')),
    rule(
      'supervisor_request',
      0.85,
      `escalate(?: [a-z]+){0,3} (?:kepada|ke|kat) (?:pihak )?(?:atasan|pengurusan)|pihak atasan|ketua (?:jabatan|cawangan|unit|bahagian)|orang yang lebih senior`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:saya|aku) (?:yang )?bayar gaji (?:awak|kau|korang)|jangan berani|berapa kali (?:aku|saya) (?:nak|kena|perlu|mesti) ulang|(?:tak|x) (?:gerak|pergi|berganjak) dari (?:kaunter|sini)|[a-z]+ (?:macam apa|apa) (?:yang )?takde stok|(?:korang|awak|kau) (?:memang )?(?:tak|x) (?:kisah|peduli)|hebat sangat|(?:tak|x) puas hati`,
    ),
    rule(
      'legal_threat',
      0.85,
      `(?:adu|report|lapor|laporkan) (?:kat|kepada|pada|ke) (?:mcmc|kpdn|bank negara|tribunal|polis)`,
    ),
    rule('physical_threat', 0.9, `(?:aku|saya) (?:akan |nak )?(?:bakar|pecahkan|hempuk|pancitkan|rosakkan|hancurkan)`),
    rule('physical_threat', 0.6, `pecahkan (?:mesin|cermin|kaca|skrin)`),
    rule('physical_threat', 0.65, `terbalikkan meja|(?:baling|campak|hempas) (?:kerusi|meja)`),
  ],
  id: [
    rule('insult', 0.85, alone('tolol|goblok|bego|bodoh|idiot|dungu|oon|bloon')),
    rule(
      'supervisor_request',
      0.85,
      `(?:eskalasi|escalate)(?:kan)?(?: [a-z]+){0,2} ke (?:atasan|pimpinan|manajemen|yang lebih senior)|kepala (?:dinas|cabang|bagian|toko|kantor)|yang lebih senior`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:saya|gue|aku) (?:ini )?(?:yang )?bayar|jangan berani(?:-berani)?|berapa kali (?:saya|gue|aku) (?:harus|mesti|kudu) (?:ngulang|mengulang|ulang)|(?:gak|nggak|tidak|ga) (?:bakal |akan )?(?:pergi|pulang|beranjak) dari (?:loket|sini)|[a-z]+ macam apa|(?:kalian|kamu) (?:emang |memang )?(?:gak|nggak|tidak|ga) peduli|udahlah|hebat banget ya|(?:gak|nggak|tidak|gk) terima`,
    ),
    rule(
      'legal_threat',
      0.85,
      `sampai ketemu di|(?:lapor|laporin|laporkan|adukan) (?:ke|pada) (?:ojk|ylki|bpsk|kominfo|polisi)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:saya|gue|aku|gw) (?:akan |bakal |mau )?(?:bakar|hancurin|hancurkan|pecahin|rusakin) `,
    ),
    rule('physical_threat', 0.6, `(?:ngerusak|ngerusakin|merusak|hancurin|pecahin) (?:mesin|atm|kaca|kantor)`),
    rule('physical_threat', 0.65, `(?:banting|lempar|balikin) (?:kursi|meja)`),
  ],
  tl: [
    rule('insult', 0.85, alone('bobo|tanga|gago|tarantado|inutil|ulol|engot|tange')),
    rule(
      'supervisor_request',
      0.85,
      `(?:paki-?)?escalate(?: [a-z-]+){0,3} sa (?:mas mataas|supervisor|manager)|sa mas (?:mataas|senior)|(?:makausap|kausapin|kakausapin) (?:ang|yung) (?:hepe|boss|amo)|(?:ibigay|ipasa) mo(?: sakin| sa akin)?(?: [a-z]+)? (?:yung|ang|sa) (?:manager|supervisor|boss|hepe)`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:ako|ako ang) (?:nagbabayad|nagpapasweldo|nagpapasahod)|ilang beses (?:ko )?(?:ba )?(?:uulitin|sasabihin)|(?:hindi|di) ako aalis|anong klaseng|wala (?:naman )?(?:kayong|kang) pakialam|galing niyo|(?:wag|huwag) mo (?:na )?akong|(?:hindi|d|di) ako satisfied`,
    ),
    rule('legal_threat', 0.85, `(?:irereklamo|isusumbong|ireklamo) (?:ko )?(?:kayo|ka|kita) sa`),
    rule(
      'physical_threat',
      0.9,
      `(?:babutasin|butasin|babasagin|sisirain|susunugin|wawasakin) (?:ko )?(?:lahat|yung|ang)`,
    ),
    rule('physical_threat', 0.65, `nagbato (?:na )?(?:ako )?ng (?:upuan|silya)|binaliktad (?:ko )?(?:ang|yung) mesa`),
  ],
  nb: [
    rule('insult', 0.85, alone('idiot|dust|tosk|tulling|fjols|din idiot|drittsekk')),
    rule(
      'supervisor_request',
      0.85,
      `(?:noen|en) (?:med mer ansvar|høyere opp|over deg)|eskalere|avdelingsleder(?:en)?|kontorsjef(?:en)?|sett meg over til`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:jeg|det er jeg som) betaler (?:lønna|lønnen) (?:di|din|deres)|ikke våg|hvor mange ganger må jeg|jeg går ikke (?:fra|herfra)|hva slags [a-zæøå]+|(?:dere|du) bryr (?:dere|deg) (?:jo )?ikke|glem det|imponerende|(?:itj|ikke) fornøyd|roe meg ned`,
    ),
    rule('legal_threat', 0.85, `(?:klager|melder) (?:dere|deg) (?:inn )?til|politianmelder`),
    rule('physical_threat', 0.95, `knerte(?:r)? (?:deg|dere|ham|henne)`),
    rule(
      'physical_threat',
      0.9,
      `(?:jeg |æ )?skal (?:kutte|knuse|brenne|ødelegge|sprenge) (?:dekka|bilene|rutene|vinduene|butikken|kontoret|alle)`,
    ),
    rule('physical_threat', 0.65, `velta (?:jeg )?(?:et )?bord|kasta (?:jeg )?(?:en )?stol`),
  ],
};
