/**
 * Round 10 (issue #23): general frames for insults and hostility the blind set 8 showed missing,
 * appended to each language's rules in bundles.ts. Vocabulary and grammar only (no sentence from a
 * set): an insult noun said of the person addressed, of "you all" or of staff ("you're all
 * scammers", "korang semua penyamun", "dere er noen tullinger", "mga payaso kayo"), "…who can't
 * even read", an insult asked as a question ("bengap ke apa?", "tanga ka ba?"); hostility without
 * swearing: "are you even listening", "stop telling me to calm down", "you're doing this on
 * purpose", "does anyone there work", "is this a joke", "you people think you can…", a word or two
 * repeated as a sentence of its own for emphasis ("Five times. FIVE."), "???".
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
