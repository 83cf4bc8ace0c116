/** Norwegian bokmål. Patterns are written in natural spelling; æ/ø/å are folded by normalisePattern. */
import type { Lexicon } from '../types.ts';
import { nbVerb, near } from './morph.ts';
import { alt, rule } from './rule.ts';

const YOU = alt('deg|dere|henne|ham|han|meg|oss|dem|de ansatte|kollegaen (?:din|min)');
const SUBJ = alt('jeg|vi|han|hun|de');
const WILL = alt('skal|kommer til å|vil|har tenkt å|tenker å|kan');
const HARM = alt(
  'tar|dreper|banker|slår|finner|knuser|skyter|drepe|banke|banke opp|slå|slå ned|knivstikke|stikke|skyte|kverke|knuse|ta|finne|skade|dra til|denge|jule opp|gi (?:deg|dere) juling|ødelegge',
);
const PERSON = alt('du|dere|jeg|vi|han|hun|de|familien din|barna dine|kona di|mannen din');
const INSULT = alt(
  'idiot|idioter|idioten|dust|dusten|tosk|tosken|tulling|tullinger|kødd|kødder|drittsekk|drittsekker|rasshøl|rasshøler|hestkuk|kuk|fitte|hore|luder|tufs|teit|dum|dumme|dumming|dumskalle|evneveik|evneveike|mongo|udugelig|udugelige|inkompetent|inkompetente|ubrukelig|ubrukelige|taper|tapere|svin|kjerring|hurpe|møkkamenneske|løgner|løgnere|svindlere?|pikkhode|fjols|nek|klovn|klovner|patetisk|hjernedød',
);
const BOSS = alt(
  'sjef|sjefen|sjefen din|din sjef|leder|lederen|lederen din|din leder|en leder|nærmeste leder|overordnet|overordnede|en overordnet|supervisor|manager|ansvarlig|den ansvarlige|noen over deg|noen høyere opp|noen andre|noen som kan noe',
);

/** Subjects and objects with dialect and chat spellings (eg/æ for jeg, dæ/dei for deg, dokker for dere). */
const I_ANY = alt('jeg|eg|je|vi|me|han|hun|ho|dem|de');
const YOU_ANY = alt('deg|dei|dej|dere|dokker|dykk|dåkker|henne|ho|ham|han|dem|meg|oss');
const MODAL = alt(
  'skal|ska|sku|skulle|kommer til å|kommer te å|kjem til å|kjem te å|kommer te|vil|ville|har tenkt å|tenker å|kan|må',
);
/** Harm verbs in every tense; "ta"/"finne" only inside the modal frame, since "ta meg av listen" is harmless. */
const HARM_ANY = `(?:${nbVerb('drep', 'bank', 'mørbank', 'grisebank', 'slå', 'sla', 'knus', 'skyt', 'stikk', 'kverk', 'knivstikk', 'deng', 'jul', 'skad', 'kvel', 'sparke', 'spark', 'lemlest', 'myrd', 'voldta', 'banke opp', 'slå ned', 'stikke ned', 'juling')}|slår|slo|skøt|stakk|drap|knuste|dreit)`;
/** "jeg tar deg på ordet", "jeg finner deg i systemet / på Facebook": not threats. */
const HARMLESS_AFTER =
  '(?! (?:på (?:ordet|facebook|nett|nettet|telefon|listen|insta|instagram|linkedin|snap|sms|e-post|epost|mail|råd)|i (?:systemet|registeret|listen|databasen|kartoteket|oversikten)|av listen|tilbake|med|inn))';
const BODY = alt(
  'trynet|trynet ditt|fjeset|kjeften|kjeft|hodet|huet|skallen|ansiktet|nesa|nesen|tennene|beina|bena|armene|kneskålene|ribbeina|bilen|ruta',
);
const BODY_OF = `${BODY} (?:din|ditt|dine|di|hans|hennes|dokkers|deres|til (?:deg|dæ|henne|ham))`;

export const nb: Lexicon = {
  rules: [
    // Norwegian often uses the present for the future: "jeg dreper deg", "jeg finner deg".
    rule(
      'physical_threat',
      0.85,
      `(?:jeg|vi) (?:${HARM}|oppsøker|kommer etter) (?:deg|dere|henne|ham)${HARMLESS_AFTER}`,
    ),
    rule(
      'legal_threat',
      0.85,
      `(?:anmelder|politianmelder|saksøker) (?:dere|deg|firmaet|selskapet|dette)|(?:bli|blir|vil bli) (?:saksøkt|anmeldt|politianmeldt|stevnet)`,
    ),
    rule(
      'physical_threat',
      0.95,
      `${SUBJ} (?:${WILL}|sa (?:at )?(?:han|hun|de) skulle|sa (?:han|hun) ville) ${HARM} ${YOU}|(?:truet|truer|true|trussel om) (?:med )?å ${HARM} ${YOU}`,
    ),
    rule('physical_threat', 0.9, `(?:kommer og|skal komme og|kommer for å|kommer til å komme og) ${HARM} ${YOU}`),
    rule('physical_threat', 0.95, `vet (?:nå |godt |)hvor ${PERSON} (?:bor|jobber|arbeider|parkerer|sover)`),
    rule(
      'physical_threat',
      0.45,
      `vet (?:nå |godt |)hvor (?:butikken|kontoret|avdelingen|butikken deres|kontoret deres) (?:er|ligger)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:venter|vente|står og venter|skal vente|kommer til å vente) på (?:deg|dere|meg|henne|ham)(?! (?:til|i|med|på))(?: utenfor| etter jobb| etter skiftet| når| i kveld| på parkeringsplassen|$| ?[.!,])`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:du|dere|hun|han) (?:skal|kommer til å|vil) (?:angre|få angre|få svi|få betale|få unngjelde)|pass (?:deg|dere|ryggen din|på ryggen din)(?: ?[.!]|$| nå| for| bare)|du er (?:en )?død(?: mann| kvinne)?(?= ?[.!]|$| hvis| når)|dagene dine er talte`,
    ),
    rule('physical_threat', 0.9, `(?:brenne ned|sprenge|tenne på) (?:butikken|kontoret|filialen|hele stedet|stedet)`),
    rule(
      'legal_threat',
      0.9,
      `saksøk(?:e|er|te)|(?:stevne|stevner) (?:dere|deg|firmaet|selskapet|butikken|banken)|${WILL} (?:stevne|anmelde|politianmelde)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `(?:vi )?sees i retten|(?:ta|tar|bringe) (?:dette|saken|dere|deg) (?:til|inn for) (?:retten|forliksrådet|domstolen)|(?:min|vår) advokat|advokaten (?:min|vår)|(?:går|gå|drar|dra|gikk) (?:til|med dette til) (?:en |min |)advokat|(?:kontakte|kontaktet|ringe|ringt|snakke med|snakket med|koble inn|koblet inn|skaffe|skaffet) (?:en |min |)advokat|(?:politianmelde|anmelde) (?:dere|deg|firmaet|dette|saken|forholdet)|(?:melde|anmelde) (?:dere|deg|dette) til politiet|(?:søksmål|rettssak|forliksrådet|forbrukertilsynet|forbrukerrådet)`,
    ),
    rule(
      'supervisor_request',
      0.9,
      `(?:snakke|prate|snakker|få snakke|få prate) med ${BOSS}|(?:sett|sette|koble|få|sende|send) meg (?:over |videre |)(?:til|med) ${BOSS}|(?:hent|hente|ring|gi meg|vil ha|vil snakke med|krever å snakke med|hvor er) ${BOSS}`,
    ),
    rule(
      'insult',
      0.9,
      `(?:du|dere|han|hun|de) (?:er |e |ær )?(?:jo |bare |helt |en |ei |et |så |fullstendig |faens |jævla |forbanna |din |noen |totalt |skikkelig )*${INSULT}|din(?:e)? (?:jævla |faens |dumme |forbanna |lille |store |)${INSULT}|(?:kalte|kaller|kalle) (?:meg|henne|ham|oss|kollegaen min) (?:for |en |ei |et |)*(?:jævla |dum |dumme |)${INSULT}`,
    ),
    rule(
      'insult',
      0.8,
      `(?:dumme|idiotiske|inkompetente|late|ubrukelige) (?:kjerring|idiot|fitte|dame|mann|jente|folk|mennesker|svin)|er du (?:dum|teit|døv|idiot|helt dum|tungnem|evneveik)`,
    ),
    rule(
      'vulgarity',
      0.9,
      `faen|fanden|faens|(?<!til et )helvete|helvetes|jævla|jævlig|jævel|jævlar|jævler|dritt[a-zæøå]*|drit[a-zæøå]*|satan|satans|fitte[a-zæøå]*|kuk|pikk|hore|horunge|ræva|ræv|rævhøl|rasshøl|føkk|fuck|fucka|shit|pokker|pokkers|forbanna`,
    ),
    rule(
      'hostile',
      0.7,
      `(?:dårligste|verste|elendig|elendige|ræva|patetisk|håpløs|håpløse|ubrukelig|ubrukelige) (?:service|kundeservice|tjeneste|firma|selskap|behandling|app|bank|butikk|opplevelse|folk|system)(?:n|en|et|a|er)?|(?:dette|det) er (?:helt |så |jo |bare |fullstendig |totalt |jævlig |rett og slett )*(?:latterlig|håpløst|en skandale|skandaløst|patetisk|en vits|tull|sprøtt|helt sinnssykt|uhørt)|sløsing (?:med|av) tid|hold kjeft|holdt kjeft|hold munn`,
    ),

    // Round 4 (generalisation): harm verb in any tense aimed at a person or a body part, with
    // dialect spellings; V2 word order ("neste gang ... knuser jeg trynet ditt"); consequences
    // ("du kommer til å få juling"); stalking (knowing when someone leaves) and waiting outside.
    rule(
      'physical_threat',
      0.9,
      `(?<!(?:det|den|dette|som|appen|nettsiden|nettsida|systemet|køen|ventetiden|ventetida|jobben|regningen|prisen|prisene|stresset|hodepinen|ryggen) (?:deres |din |min |)?)${near(HARM_ANY, `(?:${YOU_ANY}|${BODY_OF})`, 2)}(?! (?:på ordet|i systemet|i registeret|i listen|i databasen|på telefon|inn på|opp på|av listen))`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:${I_ANY}) (?:${MODAL} )?(?:(?:komme|kommer|kjem) (?:innom |bort |ned |hjem til deg |dit )?og )?(?:ta|tar|tek|finne|finner|finn|oppsøke|oppsøker|ta igjen|tar igjen) (?:${YOU_ANY})${HARMLESS_AFTER}`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:du|dere|dokker|dø|han|hun|ho|dem) (?:${MODAL} )?(?:få|får|fa) (?:juling|bank|deng|en på trynet|en på kjeften|en kule|kniven|så (?:du|dere|dokker|han|hun) kjenner det|smake|svi)|(?:gi|gir) (?:deg|dæ|dere|dokker|henne|ham) (?:juling|bank|deng|en på trynet|en på kjeften)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `vet (?:nå |godt |)(?:når|hva tid|ka tid|hvilken bil|hva slags bil|hvor (?:bilen|huset|ungene|barna))(?: (?:din|ditt|dine|til deg))? (?:du|dere|dokker|dø|han|hun|ho)? ?(?:går|slutter|drar|er ferdig|kjører|parkerer|går av|kommer|sitter|henter|gjer|stenger|bor|jobber|er)`,
    ),
    rule(
      'physical_threat',
      0.85,
      near(
        `(?:vente|venter|vent|står|stå|ses|sees|treffes|møtes|ventar|passer på)`,
        `(?:(?:til|når|etter at) (?:du|dere|hun|han|ho) (?:er|var|blir) ferdig|etter (?:jobb|jobben|skiftet|stengetid|arbeidstid)|når (?:du|dere|dokker|hun|han|ho) (?:går|slutter|er ferdig|kommer ut|stenger)|på parkeringsplassen|bak butikken|i kveld|på vei hjem)`,
        4,
      ),
    ),
    rule(
      'physical_threat',
      0.8,
      `vent (?:du |dere |dokker )?(?:bare|berre) (?:til|te|så)|(?:drar|kommer|kjem|går|reiser|stikker|tar turen|oppsøker|dukker opp) (?:hjem til|hjem te|bort til|til huset til|hjemme hos) (?:deg|dere|henne|ham)|(?:pass|passe) (?:deg|dæ|dere|dokker) (?:når|på vei hjem|i kveld|etter jobb)|(?:har med|tar med|henter|med) (?:meg )?(?:en |et |ei )?(?:kniv|pistol|gevær|balltre|hagle|øks|kølle|jernrør|slagvåpen)(?! (?:som jeg kjøpte|jeg kjøpte|fra dere))`,
    ),
    // Waiting outside the shop is a threat only beside another cue: "jeg står utenfor butikken nå" is not.
    rule(
      'physical_threat',
      0.45,
      near(`(?:vente|venter|vent|står|stå|ses|sees|treffes|møtes)`, `(?:utenfor|utafor|utanfor)`, 3),
    ),
    rule(
      'supervisor_request',
      0.85,
      `${near(`(?:snakke|prate|snakker|få|sett|sette|sende|send|koble|gi|hent|hente|vil ha|krever|kan jeg få)`, `(?:${BOSS}|noen som (?:faktisk |virkelig |egentlig )?(?:bestemmer|kan gjøre noe|har myndighet|tar avgjørelser|vet noe|har peiling)|noen med (?:myndighet|ansvar)|sjefen deres|sjefen hennes|sjefen hans|den som bestemmer|han som bestemmer|hun som bestemmer|den som er ansvarlig|han som er ansvarlig|hun som er ansvarlig)`, 4)}`,
    ),
    rule(
      'insult',
      0.85,
      `(?:jævla|jævli|faens|forbanna|fordømte|helvetes|satans|dumme|din|dine|dokkers|dere er noen|dere er|du er|for en|for et|for ei) (?:jævla |faens |forbanna |dumme |late |)${INSULT}(?! (?:tjeneste|service|kundeservice|firma|selskap|app|bank|butikk|system|opplevelse|behandling|svar|løsning)(?:n|en|et|a|er)?(?: |$|[.!?,]))`,
    ),
    // Round 6: outrage words, "ha tak i" someone senior, comparisons as insults.
    rule(
      'hostile',
      0.6,
      `(?:fått|har fått) nok|nok er nok|(?:så|helt|drit|dritt) lei (?:av|meg av) (?:dere|deg|dette|unnskyldningene|servicen)|lei av (?:dere|deg|unnskyldningene|servicen|å bli)|frekt|frekkhet|uforskammet|uhørt|skandale|skandaløst|skammelig|latterlig|en vits|et sirkus|amatørmessig|respektløst|(?:skam|skamme) dere|tull og tøys|hån mot`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `(?:ha|få) tak (?:i|på) (?:${BOSS}|lederen din|sjefen din|en leder|noen (?:over deg|høyere opp|med ansvar|som bestemmer))|(?:hent|finn|skaff) (?:meg )?(?:${BOSS})`,
    ),
    rule(
      'insult',
      0.85,
      `(?:dum|dumme|teit|teite|treg|trege|udugelig|udugelige|inkompetent|inkompetente|sløv|sløve) (?:som|enn) (?:deg|dere|henne|ham|han|hun|den forrige|de forrige)|(?:du|dere|hun|han) er (?:en |ei |et )?(?:skam|vits|katastrofe|klovn|amatør|amatører) (?:for|som)|(?:en|ei|et) skam for`,
    ),
  ],
  context: {
    negators: ['ikke', 'ikkje', 'aldri', 'ingen', 'ingenting', 'never', 'not'],
    conditionals: ['hvis', 'viss', 'vis', 'dersom', 'ellers', 'mindre', 'if'],
    keepers: ['men', 'but', 'så'],
    reporters: [
      'agent',
      'agenten',
      'kollega',
      'kollegaen',
      'ansatt',
      'ansatte',
      'medarbeider',
      'reklame',
      'reklamen',
      'film',
      'filmen',
      'sang',
      'sangen',
      'spøk',
      'tull',
      'fleip',
      'tøys',
      'joke',
    ],
  },
  aliases: {
    eg: 'jeg',
    æ: 'jeg',
    je: 'jeg',
    dæ: 'deg',
    dæg: 'deg',
    dei: 'deg',
    dej: 'deg',
    mæ: 'meg',
    sæ: 'seg',
    dokker: 'dere',
    dykk: 'dere',
    dåkker: 'dere',
    ska: 'skal',
    kjem: 'kommer',
    kjæm: 'kommer',
    te: 'til',
    ka: 'hva',
    kva: 'hva',
    kor: 'hvor',
    ikkje: 'ikke',
    itj: 'ikke',
    ikkj: 'ikke',
    ho: 'hun',
    hu: 'hun',
    utafor: 'utenfor',
    utafør: 'utenfor',
    utanfor: 'utenfor',
    faan: 'faen',
    fanken: 'faen',
    jævli: 'jævla',
    snakka: 'snakket',
    prata: 'pratet',
    noko: 'noe',
    berre: 'bare',
    bærre: 'bare',
    heilt: 'helt',
    idiotar: 'idioter',
  },
  cues: {
    polite: `kan (?:du|dere|noen|sjåføren)|vær så snill|vennligst|kunne (?:du|dere)`,
    violence: `drep(?:e|er|te|t)?|dreper|myrde|bank(?:e|er|et)?|juling|slå|slår|slo|slag|knyttneve|knuse|knuser|skyt(?:e|er)|skudd|stikk(?:e|er)|kniv|knivstikk(?:e|er)|pistol|gevær|hagle|balltre|øks|kvele|kverke|skad(?:e|er)|brenn(?:e|er)|tenne på|bensin|syre|bombe|sykehus(?:et)?|legevakt(?:a|en)?|ambulanse|blod|blø|død|grav(?:en)?|begravelse|blåveis|tenner|trynet|kjeften|helvete for deg|livet (?:ditt|ditt) til et helvete|noe skjedde med`,
    target: `deg|du|dere|dokker|ditt|din|dine|henne|ham|han|hun|kollegaen (?:din|deres)|ekspeditøren|kassadama|sjåføren|montøren|bilen din|huset ditt|familien din|barna dine|kona di|mannen din`,
    menace: `(?:til|når|etter at) (?:du|dere|hun|han|ho) (?:er|var|blir) ferdig|utenfor|utafor|etter jobb(?:en)?|etter skiftet|etter stengetid|i kveld|på vei hjem|hjem til|jeg vet (?:hvor|når|hva|hvilken)|vet hvor (?:du|dere|han|hun)|kompiser|kamerater|gutta|folk som|noen som|pass deg|pass på|du får se(?= ?[.!]|$| hva)|vi får se(?= ?[.!]|$)|få se hvor|hilse på|synd om|nå har du|skal få`,
    harmless: `(?:sønnen|dattera|datteren|mannen|kona|broren|søsteren|faren|moren) (?:min|mitt) (?:brakk|ble skadet|er på sykehus|lå på sykehus)|(?:appen|nettsida|nettsiden|systemet|køen|ventetida) (?:deres )?dreper meg|knust da den kom|var knust|pakken (?:ble|var) knust|død (?:link|lenke)|batteriet er dødt|står utenfor butikken`,
  },
};
