/**
 * Round 10 (issue #23): general frames for insults and hostility the blind set 8 showed missing,
 * appended to each language's rules in bundles.ts. Vocabulary and grammar only (no sentence from a
 * set): an insult noun said of the person addressed, of "you all" or of staff ("you're all
 * scammers", "korang semua penyamun", "dere er noen tullinger", "mga payaso kayo"), "…who can't
 * even read", an insult asked as a question ("bengap ke apa?", "tanga ka ba?"); hostility without
 * swearing: "are you even listening", "stop telling me to calm down", "you're doing this on
 * purpose", "does anyone there work", "is this a joke", "you people think you can…", a word or two
 * repeated as a sentence of its own for emphasis ("Five times. FIVE."), "???"; physical threats:
 * harm to a body part or through glass ("put him through the window", "tonjok muka", "brekker
 * armen din", "babalian kita ng braso"), arson with fuel ("simbah minyak … bakar", "sett fyr på"),
 * a crowd incited to raid and wreck a place ("kita serbu", "sugurin natin", "vi drar … og
 * raserer") and fuel offered for it ("I'll pay for the petrol", "aku belanja minyak").
 */
import type { Locale } from '../../types.ts';
import type { Rule } from '../types.ts';
import { rule } from './rule.ts';

/**
 * A sentence opening with a word or two that the next sentence repeats on its own ("I called five
 * times. Five.", "Six weeks. SIX WEEKS.", "Tiga kali! …"): written on normalised text directly, since
 * it needs a back-reference.
 */
const REPEATED: Rule = {
  kind: 'hostile',
  weight: 0.6,
  re: /(?<![a-z0-9])([a-z]{3,}(?: [a-z]{3,})?)[.!]+ \1[.!]/g,
  negatable: false,
};

/** Three question or exclamation marks and more: exasperation. */
const MARKS: Rule = { kind: 'hostile', weight: 0.55, re: /[?!]{3,}/g, negatable: false };

const EN_NOUNS =
  'idiots?|morons?|scammers?|thieves|thief|crooks?|clowns?|monkeys?|muppets?|cowboys?|liars?|frauds?|imbeciles?|cretins?|numpties|numpty|donkeys?|fools?|parasites?|leeches|con artists?|criminals?|amateurs?|incompetents?|useless|clueless|brainless|incompetent|pathetic';
const MS_NOUNS =
  'badut|bodoh|bengap|bangang|bebal|lembap|penyamun|penipu|scammer|pencuri|perompak|monyet|otak udang|pemalas|tak guna|tak berguna|sampah|bahlul|bongok|sengal|biadap|kurang ajar';
const ID_NOUNS =
  'bego|goblok|tolol|bodoh|dungu|oon|otak(?:nya)? (?:di )?dengkul|penipu|maling|pencuri|penjahat|monyet|badut|nggak berguna|gak berguna|ga berguna|tidak berguna|pemalas|lemot|payah|sampah';
const NB_NOUNS =
  'idiot(?:er)?|klovn(?:er|ene)?|tulling(?:er)?|tufs(?:er)?|svindler(?:e|a)?|tjuv(?:er|a|ene)?|kjeltring(?:er)?|feiging(?:er)?|apekatt(?:er|ene)?|hjernedød|kjerring|lapplanger|drittsekk|løgnaktig|sløv(?:e)?|ubrukelig(?:e)?|amatør(?:er)?|udugelig(?:e)?|inkompetent(?:e)?|patetisk(?:e)?';
const TL_NOUNS =
  'tanga|bobo|gago|inutil|walang utak|walang kwenta|walang silbi|payaso|unggoy|manloloko|magnanakaw|buang|tamad|mangmang|bopols|estupido|kriminal';

export const ROUND10: Readonly<Record<Locale, readonly Rule[]>> = {
  en: [
    rule(
      'physical_threat',
      0.9,
      `put (?:him|her|them|you|u|(?:the|that|your|ur) (?:[a-z]+ ){0,2}?[a-z]+) through (?:the|a|that|your) (?:[a-z]+ )?(?:glass|window|windscreen|wall|door|table)|knock (?:the|their|his|her|your|ur)(?: [a-z*]+)? (?:heads?|teeth|block) (?:off|in|out)|break every bone in (?:your|his|her|their|ur) body`,
    ),
    rule(
      'physical_threat',
      0.7,
      `with my (?:fists|bare hands)|deal with (?:him|her|them|you|that [a-z]+|the [a-z]+) myself|(?:wreck|trash|smash up|torch|burn down) the (?:place|lot|shop|gym|office|depot|branch|building)|(?:i'?l|i will) (?:pay for|bring|buy|sort) (?:the )?(?:petrol|gas|fuel|lighter fluid)`,
    ),
    rule(
      'insult',
      0.85,
      `(?:you(?:'re| are)?|u r|ur|you lot|you people|yous|you guys|all of you|every (?:single )?one of (?:you|u)|the lot of you|you're all|u all|ur all|you are all) (?:all |just |nothing but |a bunch of |a pack of |a load of |a gang of |complete |total |utter |such |an? |the |a useless |bunch of )*(?:${EN_NOUNS})`,
    ),
    rule(
      'insult',
      0.8,
      `(?:the|those|these|your|that|this) (?:${EN_NOUNS}) (?:on|at|in|behind|over|from|who|you)|(?:was|is|are|were) (?:an? |all |just |complete |total |utter )*(?:idiots?|morons?|scammers?|clowns?|monkeys?|muppets?|imbeciles?|cretins?)`,
    ),
    rule(
      'insult',
      0.7,
      `(?:who|that|which) (?:can'?t|cannot|can not|couldn'?t) (?:even )?(?:read|spell|count|think|tie (?:his|her|their) shoes)`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:are|r) (?:you|u) (?:even |actually )?listening|(?:is )?(?:anyone|anybody) (?:even |actually )?listening|(?:stop|don'?t) tell(?:ing)? me to calm down|(?:doing|do|did) (?:this|it) on purpose|(?:does|do) (?:anyone|anybody) (?:even |actually )?work (?:there|over there|here)|what (?:exactly )?(?:are|do) you (?:lot |people )?(?:doing|do) all day|is this (?:some kind of |a )?(?:a )?joke|(?:you people|you lot) think you can|answer (?:the|my) (?:question|questions)|(?:not|never) (?:a|another) (?:script|ticket number)`,
    ),
    REPEATED,
    MARKS,
  ],
  ms: [
    rule(
      'physical_threat',
      0.9,
      `(?:simbah|siram|curah|tuang|jirus)(?: [a-z]+){0,2}? (?:minyak|petrol|bensin)[^.!?]{0,60}?bakar`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:kita|jom|mari) (?:serbu|serang|pecah masuk|geruduk|belasah|bakar)|pecah(?:kan)? semua (?:tingkap|cermin|kaca|barang|mesin|pintu)|(?:aku|saya|kami) (?:belanja|bayar|sponsor|tanggung) (?:minyak|petrol)`,
    ),
    rule(
      'insult',
      0.85,
      `(?:korang|kau|awak|kamu|engkau|dasar|sekumpulan|kumpulan|memang|semua|macam) (?:ni |tu |semua |memang |sama |ini |je |sekumpulan )*(?:${MS_NOUNS})|(?:${MS_NOUNS}) (?:ke apa|ke tak|punya (?:ejen|staf|orang|syarikat|kerani))`,
    ),
    rule('insult', 0.8, `(?:tu|ni|itu|ini) (?:${MS_NOUNS})(?= ?[.!?,]|$| awak| kau| korang| pun| semua)`),
    rule('insult', 0.7, `yang tak (?:reti|pandai|tahu) (?:baca|mengira|eja)`),
    rule(
      'hostile',
      0.6,
      `(?:awak|kau|korang|kamu) dengar ke tak|(?:jangan|tak payah) suruh (?:saya|aku) (?:bertenang|tenang|sabar)|(?:memang |sengaja )sengaja|sengaja (?:kan|lambatkan|buat)|(?:ada orang|ada sesiapa) (?:buat )?kerja ke (?:tak|idak)|(?:korang|kamu) (?:buat )?kerja ke (?:tak|idak)|lawak apa (?:ni|ini)|korang ingat boleh|jawab soalan saya`,
    ),
    REPEATED,
    MARKS,
  ],
  id: [
    rule(
      'physical_threat',
      0.9,
      `(?:siram|guyur|sirem|tuang)(?: [a-z]+){0,2}? (?:bensin|minyak)[^.!?]{0,60}?bakar|(?:tonjok|tinju|hajar|gampar|tampar|pukul|bogem) muka`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:kita|ayo|yuk) (?:serbu|geruduk|serang|grebek|datengin|bakar)|(?:hancurin|hancurkan|rusakin|pecahin|pecahkan|obrak-abrik) semua|bensin (?:gue|saya|aku|gw) yang (?:bayar|tanggung)|(?:gue|saya|aku|gw) (?:bayarin|traktir|tanggung) bensin`,
    ),
    rule(
      'insult',
      0.85,
      `(?:kamu|kalian|lo|lu|anda|dasar|emang|pada|semua|gerombolan|sekumpulan|mbak ini|mas ini) (?:ini |itu |semua |emang |memang |sama |aja |pada )*(?:${ID_NOUNS})|(?:${ID_NOUNS}) (?:ya|apa)[?]`,
    ),
    rule(
      'insult',
      0.8,
      `(?:itu|ini) (?:${ID_NOUNS})(?= ?[.!?,]|$| kamu| kalian| juga| semua)|orang paling (?:nggak|gak|tidak) berguna`,
    ),
    rule('insult', 0.7, `yang (?:nggak|gak|tidak|ga) (?:bisa|becus) (?:baca|ngitung|nulis)`),
    rule(
      'hostile',
      0.6,
      `(?:dengerin|denger|mendengar) (?:nggak|gak|ga|tidak) sih|jangan suruh (?:saya|aku|gue) (?:tenang|sabar)|(?:kalian|kamu|lo) sengaja|sengaja (?:kan|dilama|diperlama)|kerja (?:nggak|gak|ga|tidak) sih|ini bercanda (?:ya|kan)|(?:kalian|kamu|lo) pikir bisa|jawab pertanyaan saya|capek saya dengernya`,
    ),
    REPEATED,
    MARKS,
  ],
  nb: [
    rule(
      'physical_threat',
      0.9,
      `sett(?:e|er)? fyr på|knus(?:e|er)? trynet|bank(?:e|er)? [a-zæøå]+ (?:deres |din |hans )?gul og blå|brekk(?:e|er)? (?:armen|beina|nesa|nakken|fingrene|kjeven) (?:din|di|dine|deres|hans|hennes)|stikk(?:e|er)? kniven i`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:knuse|knuser|knus) (?:hver eneste|alle) (?:rute|ruter|ruta|vindu|vinduer|vinduene)|(?:vi|gutta) (?:drar|går|kjører|stikker)[^.!?]{0,60}?(?:raserer|knuser|river ned|tenner på)|(?:jeg|æ|eg) (?:spanderer|betaler|tar med) (?:bensinen|bensin)|raser(?:e|er) (?:hele|alt)`,
    ),
    rule(
      'insult',
      0.85,
      `(?:du er|dere er|dokker e|dere e|du e|er (?:en|ei|noen|bare)|for en gjeng|en gjeng|din|dere|dokker|bare) (?:en |ei |et |noen |bare |no |bærre |jævla |lille |store |gjeng |sløve |patetiske )*(?:${NB_NOUNS})`,
    ),
    rule('insult', 0.7, `som ikke kan (?:lese|skrive|regne)`),
    rule(
      'hostile',
      0.6,
      `hører (?:du|dere) (?:i det hele tatt )?etter|(?:slutt å|ikke) be meg (?:om å )?roe meg|med vilje|hva driver dere (?:egentlig )?med|jobber (?:det )?(?:noen|dere) (?:der|i det hele tatt)|er dette en spøk|ka i all verden|dere tror dere (?:bare )?kan|svar på det jeg spør om|slutt med (?:de|disse) malene`,
    ),
    REPEATED,
    MARKS,
  ],
  tl: [
    rule(
      'physical_threat',
      0.9,
      `(?:babalian|babaliin|baliin|balian|bibaliin)(?: [a-z]+)? (?:kita|ka|kayo|ko)(?: [a-z]+)? ng (?:braso|buto|paa|kamay|leeg|tadyang)`,
    ),
    rule(
      'physical_threat',
      0.8,
      `sugurin natin|susugurin (?:namin|natin)|sirain (?:niyo|natin|nyo) (?:lahat|yung|ang)|sagot ko (?:ang |yung )?(?:gas|gasolina|pang-?gas)`,
    ),
    rule(
      'insult',
      0.85,
      `(?:mga|ka|kayo|ikaw|lahat kayo|pareho kayo|puro) (?:mga |lahat |talaga |na )*(?:${TL_NOUNS})|(?:${TL_NOUNS}) (?:ka|kayo) (?:ba|talaga)`,
    ),
    rule('insult', 0.7, `(?:hindi|di) marunong (?:magbasa|bumasa|magbilang)`),
    rule(
      'hostile',
      0.6,
      `nakikinig (?:ka|kayo) ba|(?:wag|huwag) (?:mo|niyo) akong (?:pakalmahin|sabihang kumalma)|sinasadya (?:niyo|mo|nyo)|nagtatrabaho (?:ba|pa ba) kayo|may nagtatrabaho ba|ano (?:'?to|ito),? joke|akala (?:niyo|nyo|mo) pwede|sagutin (?:mo|niyo) (?:ang|yung) tanong`,
    ),
    REPEATED,
    MARKS,
  ],
};
