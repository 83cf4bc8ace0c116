/** Tagalog, incl. Taglish and text-speak spellings (ko/ku, nyo/ninyo, sakin/sa akin, kita). */
import type { Lexicon } from '../types.ts';
import { near, tlVerb } from './morph.ts';
import { alt, rule } from './rule.ts';

const YOU = alt('kita|ka|kayo|ko kayo|namin kayo|ka namin|ko ikaw|ikaw|kayong lahat|ako|kami|siya|sya');
const INSULT = alt(
  'bobo|tanga|tangá|inutil|walang kwenta|walang kuwenta|walang silbi|walang utak|gago|gaga|tarantado|ulol|ulul|hayop|engot|tonto|mangmang|bwakanang|kupal|bastos|baliw|sinungaling|manloloko|magnanakaw|pangit|pabaya|tamad|abnoy|abnormal|bingi|bulag|peste|lintik|leche|punyeta|demonyo|pokpok',
);
const BOSS = alt(
  'manager|supervisor|amo|boss|head|superior|nakatataas|nakakataas|mas mataas|taga-pamahala|tagapamahala|in charge|ibang tao|ibang agent',
);

/** Harm verbs in every aspect and focus (patayin, papatayin, pinatay, pumatay, ...). */
const HARM_ANY = `(?:${[
  tlVerb('patay', 'in'),
  tlVerb('saksak', 'in'),
  tlVerb('sapak', 'in'),
  tlVerb('suntok', 'in', 'suntuk'),
  tlVerb('bugbog', 'in', 'bugbug'),
  tlVerb('sugod', 'in', 'sugur'),
  tlVerb('gulpi', 'hin'),
  tlVerb('upak', 'an'),
  tlVerb('tira', 'hin'),
  tlVerb('basag', 'in'),
  tlVerb('baril', 'in'),
  tlVerb('sampal', 'in'),
  tlVerb('hampas', 'in'),
  tlVerb('sipa', 'in'),
  tlVerb('tadyak', 'an'),
  tlVerb('saktan', 'in', 'sakt'),
  tlVerb('tamaan', 'in', 'tama'),
  tlVerb('resbak', 'an'),
  tlVerb('banat', 'an'),
  tlVerb('kalbo', 'hin'),
  tlVerb('sunog', 'in', 'sunug'),
  tlVerb('tusok', 'in', 'tusuk'),
  'sasaktan|saktan|sinaktan|manakit|mananakit|tatamaan|tinamaan|tamaan',
].join('|')})`;
/** Going after someone: only with a person as object, since "hahanapin ko ang order mo" is help. */
const CHASE = `(?:${[tlVerb('hanap', 'in'), tlVerb('punta', 'han'), tlVerb('abang', 'an'), tlVerb('sundan', 'in', 'sund'), tlVerb('puntirya', 'hin')].join('|')})`;
/** Whom harm is aimed at: a person, staff, or their face, head or house. */
const TARGET = alt(
  `kita|ka|kayo|ikaw|siya|sya|ako|kami|sila|kayong lahat|(?:yung|ung|ang|si|sa|yong|iyong) (?:cashier|kahera|agent|ahente|staff|empleyado|guard|gwardiya|tindera|tindero|manager|supervisor|babae|lalaki|cs|rider|teller|operator|kausap ko|nasa phone)|(?:mukha|ulo|bunganga|nguso|panga|tuhod|paa|kamay|bahay|sasakyan|kotse|motor|pamilya|anak) (?:mo|nyo|niyo|ninyo|niya|nya|nila)`,
);

export const tl: Lexicon = {
  rules: [
    rule(
      'physical_threat',
      0.95,
      `(?:papatayin|sasaktan|bubugbugin|babarilin|sasaksakin|sasapakin|susuntukin|sasampalin|gugulpihin|uupakan|tutuluyan|babasagin ang mukha) (?:${YOU}|ko (?:kayo|ka|siya|sya|kita)|niya (?:ako|kami|ka|kayo)|nya (?:ako|kami|ka|kayo)|ka)`,
    ),
    rule(
      'physical_threat',
      0.95,
      `alam (?:ko|niya|nya|namin|na niya) (?:na |rin |din |)(?:kung |)(?:saan|san) (?:ka|kayo|ako|siya|sya|kami) (?:nakatira|nakatira|umuuwi|nagtatrabaho|nagwowork|tumitira)|alam (?:ko|niya|nya) (?:ang |yung |)bahay (?:mo|nyo|ninyo|ko|namin)`,
    ),
    rule(
      'physical_threat',
      0.45,
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

    // Round 4 (generalisation): harm verb in any aspect aimed at a person within a few words
    // ("papatayin daw niya yung cashier"); chasing someone down ("hahanapin kita"); reporting to
    // an authority with the causative ipa-/ipapa- ("ipapa-DTI ko kayo").
    rule('physical_threat', 0.9, near(HARM_ANY, TARGET, 3)),
    rule(
      'physical_threat',
      0.85,
      `${CHASE} (?:(?:ko|kita|niya|nya|namin|daw|raw|talaga|na|lang) ){0,3}(?:kita|ka|kayo|ikaw|siya|sya|ako|kami)(?! (?:ng|nang) (?:solusyon|sagot|paraan|refund|order))`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:bantayan|ingatan|bantay|ingat|alagaan) (?:mo |nyo )?(?:ang |yung )?likod (?:mo|nyo)|(?:ingat|mag-ingat|magingat|humanda|abangan|tandaan) (?:ka|kayo|mo|nyo)(?: (?:sa|pag|kapag|paglabas|pag-uwi|pauwi|mamaya|talaga|ha))?|(?:dala|magdadala|dadalhin|may dala) (?:ako |kami |siya )?(?:ng |ang )?(?:baril|kutsilyo|patalim|itak|bolo|balisong|panaksak)`,
    ),
    // Weak cues: "babalikan kita" is also "I'll get back to you"; "makikita mo" is "you'll see".
    // Each is a threat only beside another cue (the old rule keeps "babalikan kita mamaya").
    rule(
      'physical_threat',
      0.45,
      `babalikan (?:(?:ko|niya|nya|namin|daw|raw) )?(?:kita|ka|kayo|ako)|makikita (?:mo|nyo)(?= ?[.!,]|$)|tingnan (?:natin|mo lang)|hintayin mo(?: lang)?`,
    ),
    rule(
      'legal_threat',
      0.85,
      `(?:ipa|ipapa|ipinapa|ipina|papa|magpapa)-?(?:dti|pulis|barangay|tulfo|nbi|kulong|demanda|ombudsman|korte|blotter|presinto)|(?:file|mag-file|magfile|magfa-file|magfafile|nag-file) (?:ako |kami |siya )?(?:ng |a )?(?:case|kaso|complaint sa (?:dti|pulis|barangay|nbi))|(?:kaso|demanda|reklamo) (?:sa|laban sa) (?:inyo|iyo|kompanya|company|dti|pulis)`,
    ),
    // Tagalog links an adjective to its noun with -ng/na ("walang kwentang kausap"), and names the
    // person after the insult ("inutil yung agent").
    rule(
      'insult',
      0.85,
      `(?:${INSULT})(?:ng)? (?:talaga |naman |ba |lang |pa |yata |na )*(?:yung|ung|ang|si|itong|yang|iyang|mong|nyong|kayong|kang|na) (?:agent|ahente|staff|empleyado|cashier|kahera|guard|manager|supervisor|cs|tao|kausap|rider|tindera|tindero|teller|operator|babae|lalaki)|wala(?:ng| na) (?:kwenta|kuwenta|silbi|utak|modo|pakinabang)(?:ng)? (?:(?:mo|nyo|kang|kayong|yung|ang) )?(?:agent|ahente|staff|empleyado|tao|kausap|cashier|kahera|manager|supervisor|cs)|wala (?:kang|kayong|siyang|kayo|ka) (?:kwenta|kuwenta|silbi|utak|alam|modo|pakinabang)(?:ng)?`,
    ),
    // Round 6: outrage words, "ipakausap", insult nouns aimed at staff.
    rule(
      'hostile',
      0.6,
      `sawang-sawa|sawang sawa|sawa na (?:ako|kami)|nakakasawa|nakakagigil|nakakairita|kainis|kakainis|palusot|puro (?:palusot|dahilan|excuse)|grabe (?:kayo|naman kayo|talaga kayo)|walang (?:respeto|modo|hiya) (?:kayo|ka|ang)|kapal ng mukha`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `(?:ipakausap|ipa-kausap|ipaka-usap|papuntahin|tawagin|tawag|ipasa|ilipat|gusto kong (?:kausapin|makausap)|kakausapin|makakausap) (?:mo |nyo |ko )?(?:ako |kami )?(?:sa |ang |yung |si |ng )?(?:${BOSS}|nakakataas|nakatataas|mas nakakataas|mas mataas|boss (?:mo|nyo)|amo (?:mo|nyo))`,
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
  aliases: {
    q: 'ko',
    aq: 'ako',
    lng: 'lang',
    tlga: 'talaga',
    tlg: 'talaga',
    kc: 'kasi',
    ksi: 'kasi',
    d2: 'dito',
    dto: 'dito',
    dyan: 'diyan',
    jan: 'diyan',
    nyu: 'nyo',
    niyo: 'nyo',
    ninyo: 'nyo',
    sayo: 'sa iyo',
    sau: 'sa iyo',
    sakin: 'sa akin',
    saken: 'sa akin',
    skin: 'sa akin',
    wla: 'wala',
    nmn: 'naman',
    bkt: 'bakit',
    ung: 'yung',
    yong: 'yung',
    iyong: 'yung',
    hnd: 'hindi',
    hndi: 'hindi',
    hinde: 'hindi',
    tanginamo: 'tangina mo',
    putanginamo: 'putangina mo',
    mgr: 'manager',
    sup: 'supervisor',
  },
  cues: {
    polite: `paki[a-z-]*|pakiusap|pwede (?:po|bang|ba)|puwede (?:po|bang|ba)|sana po`,
    violence: `patay(?:in)?|papatayin|pinatay|saksak|sasaksakin|sinaksak|sapak|sasapakin|suntok|susuntukin|bugbog|bubugbugin|binugbog|gulpi|gugulpihin|upak|uupakan|baril|babarilin|binaril|kutsilyo|patalim|itak|sunog|susunugin|nasunog|sinunog|basag|babasagin|durog|dudurugin|dinurog|ospital|naospital|dugo|duguan|salvage|ipapa-?salvage|resbak|tigok|tepok|bangas|sampal|sasampalin|tadyak|sipa|lumpo|pasa|bali|sakit (?:ng katawan)`,
    target: `ka|kita|kayo|ikaw|mo|nyo|niyo|ninyo|siya|sya|yung (?:cashier|kahera|agent|ahente|staff|empleyado|guard|gwardiya|tindera|tindero|manager|supervisor|rider|teller)|(?:mukha|ulo|bunganga|nguso|panga|bahay|sasakyan|kotse|motor|pamilya|anak|likod) (?:mo|nyo|niyo|ninyo|niya)`,
    menace: `sa labas|paglabas|pag-uwi|pauwi|mamaya|bukas|alam ko|mga tropa|tropa ko|mga kaibigan(?: ko)?|kaibigan akong|mga bata ko|humanda|tandaan mo|ingat|bantayan|abangan|magugulat|makikita (?:mo|niyo|nyo)(?= ?[.!]|$| kung)|pag nagkita tayo|pagkita natin|wag kang magugulat`,
    harmless: `(?:anak|kapatid|asawa|nanay|tatay) ko (?:naospital|nasa ospital|nabali|napaso)|patay na (?:yung |ang )?(?:cellphone|phone|baterya|ilaw|tv|makina)|nabasag (?:yung |ang )?(?:baso|plato|screen)|papatayin ko (?:muna |na )?(?:yung |ang )?(?:tv|ilaw|makina|aircon|linya|call|cellphone)`,
  },
};
