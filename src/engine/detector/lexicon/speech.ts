/**
 * Round 9: how a customer's words are meant, per language (see ../speech.ts for how they are used).
 * Patterns in natural spelling, matched as whole words on normalised text. General vocabulary:
 * figures of speech, reporting verbs, time words, hedges; never whole sentences from a test set.
 *
 *   figurative  violent words used as figures of speech ("killing time", "I could murder a
 *               coffee", "dying of laughter", a line or a battery that "died"): blanked out
 *               before physical threats are sought.
 *   reported    a third party as the subject of a speech verb ("my neighbour says", "a man in
 *               the queue said", "sabi ng kapatid ko", "naboen min sa"): a threat after it is
 *               the customer telling what someone else said. It can be proposed, never paged.
 *   agent       words for the customer as the agent types them ("caller said: ..."): a quote
 *               after them is the customer's own words, not a report.
 *   past        the customer telling what they once did ("last year I threw a chair"): proposed.
 *   hedge       veiled, conditional-on-fate wording ("you never know", "baka", "kanskje"):
 *               proposed.
 *   first       first-person subjects and oaths ("I", "aku", "gue", "ako", "kita", "jeg", "I swear"):
 *               the page-at-once tier needs one in the threat's sentence.
 */
import type { Locale } from '../../types.ts';

export interface SpeechWords {
  readonly figurative: string;
  readonly reported: string;
  readonly agent: string;
  /** The agent telling the customer's words in the third person ("he said he'd…", "dia kata…", "han sa…"). */
  readonly agentReport: string;
  readonly past: string;
  readonly hedge: string;
  readonly first: string;
  /** A third party as subject ("my sister", "kakak saya", "ng ate ko", "søstera mi"): legal threats of theirs are not ours. */
  readonly third: string;
  /** The customer as subject (narrower than `first`: Tagalog "ko" after a kin word is "my"). */
  readonly subject: string;
  /** The agent or the company addressed ("you", "kalian", "dere", "this company"). */
  readonly second: string;
  /** Inheritance matters: a lawyer or a court mentioned for an estate is no threat. */
  readonly estate: string;
  /** Praise: asking for a manager's name to compliment the agent is no supervisor demand. */
  readonly praise: string;
}

const EN_KIN =
  'husband|wife|partner|boyfriend|girlfriend|son|daughter|kid|kids|child|brother|sister|mum|mom|mother|dad|father|uncle|aunt|cousin|nan|gran|grandad|neighbour|neighbor|friend|mate|flatmate|housemate|[0-9]+ year old';

/** Someone who is neither the customer nor staff, told of by the customer ("one of the other passengers"). */
const EN_STRANGER =
  'guys?|blokes?|men|man|wom[ae]n|lad(?:y|ies|s)?|fellas?|passengers?|customers?|drivers?|people|persons?|kids?|boys?|girls?|parents?|students?|patients?|players?|fans?|lads|neighbours?|neighbors?|residents?|tenants?|members?|shoppers?|travell?ers?';

/** Laughter and smileys: a threat-like phrase in a laughing message is a joke or a figure (hedged). */
export const LAUGHTER =
  /(?<![a-z])(?:ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|lol|lmao|rofl|wk(?:wk)+|kwk(?:kwk)*|jaja|xd)(?![a-z])|[\u{1F600}-\u{1F606}\u{1F923}\u{1F602}\u{1F60A}\u{1F60B}\u{1F61B}\u{1F61C}\u{1F61D}\u{1F642}\u{263A}]|:-?\)|:-?d(?![a-z])/u;

const TL_OTHER =
  'asawa|anak|kapatid|ate|kuya|nanay|tatay|kapitbahay|kaibigan|pinsan|tito|tita|lalaki|babae|tao|kaklase|classmate|kasama|kalaro|pasahero|ibang customer|isang customer|bata';

export const SPEECH: Readonly<Record<Locale, SpeechWords>> = {
  en: {
    figurative: `shoot (?:me|us|him|her|them) (?:an?|the|over) (?:[a-z]+ )?(?:email|e-mail|message|text|line|note|dm|reply|link|invoice|quote)|(?:watch yourself|watch your step|mind yourself|mind your step|be careful|careful)[^.!?]{0,60}?(?:icy|slippery|wet|ice|steep|uneven|flooded)|kill(?:ing|ed)? (?:time|an hour|a few minutes|the (?:line|call|connection|old line|power|engine|lights?|backlog|queue))|(?:could|would) (?:murder|kill) (?:a|an|for)|kill(?:ing)? for (?:a|an|some|my|your|that|this|the)|killing (?:your|their|its|our) own|killing (?:me|it|us)|killed it|dying (?:for|to|of)|died (?:laughing|of laughter|of embarrassment)|(?:line|call|phone|battery|screen|card machine|machine|terminal|laptop|router|connection|signal|number|car|engine) (?:went |has gone |is |was |just )?(?:dead|died)|(?:dead|died) (?:twice|again|on me|halfway)|blitz|smash(?:ed|ing)? it|bomb(?:ed)? (?:it|the exam)|murder(?:ing)? (?:a|an) (?:pizza|burger|curry|coffee|pint|drink)`,
    reported: `(?:my|our|his|her|their) (?:[a-z0-9']+ ){0,3}?(?:${EN_KIN})(?:'?s)? (?:[a-z']+ ){0,3}?(?:said|says|told|tells|keeps saying|kept saying|was saying|is saying|reckons|threatened|threatens|swore|swears|texted|wrote|yelled|shouted|screamed)|(?:someone|somebody|some (?:guy|bloke|man|woman|lady|lad|fella)|a (?:guy|bloke|man|woman|lady|lad|fella)|(?:one of (?:the|those|these|them|our|my)|another|an ?other|some other|a few|two|some) (?:[a-z']+ )?(?:${EN_STRANGER}))(?! on the (?:phone|line|chat))(?: [a-z']+){0,8}? (?:said|says|told|tells|keeps saying|is saying|was saying|reckons|threatened|threatens|shouted|yelled)`,
    agentReport: `(?:he|she|they|the customer|the caller|customer|cust|caller|the client|the guy on the (?:phone|line|chat))(?: [a-z']+){0,2}? (?:said|says|stated|states|told|tells|threatened|threatens|swore|swears|shouted|yelled|screamed)|(?:he|she|they)(?:'l| will| would|'d|'s going to| is going to| are going to|'re going to)`,
    agent: `caller|customer|cust|client|the guy on the (?:phone|line)`,
    past: `last (?:year|month|week|time|summer|winter)|(?:years?|months?|weeks?) ago|used to|(?:i|we) (?:once|already|previously) |(?:i|we) (?:threw|smashed|flipped|overturned|kicked in|punched|broke)|i'?ve (?:thrown|smashed|flipped|punched|broken)`,
    hedge: `(?:better|best) hope|who knows|you never know|just saying|things happen|karma|one of these days|for (?:the|my|your) (?:papers|paperwork|receipt|documents|forms?|signature)`,
    first: `i|i'm|i'l|i'd|i've|me|we|we'l|we're|imma|ima|gonna|i swear|swear to god|watch me|try me`,
    third: `(?:my|our) (?:[a-z0-9']+ ){0,2}?(?:${EN_KIN})(?:'?s)?|(?:his|her|their) (?:${EN_KIN})`,
    subject: `i|i'm|i'l|i'd|i've|we|we'l|we're|us`,
    second: `you|u|ya|your|ur|yous|this company|your company`,
    estate: `probate|estate|inheritance|late (?:father|dad|mother|mum|husband|wife)|passed away|deceased|will and testament`,
    praise: `brilliant|amazing|fantastic|wonderful|so helpful|really helpful|deserve(?:s)? (?:a raise|a pay rise|a bonus|a promotion|praise|credit)|praise|compliment|commend|great job|well done`,
  },
  ms: {
    figurative: `(?:hati-hati|hati hati|jaga-jaga|awas)[^.!?]{0,60}?(?:licin|basah|curam|berlubang|banjir)|bunuh (?:masa|waktu|bisnes|bisnis|perniagaan)|bunuh untuk|sanggup bunuh untuk|(?:lapar|penat|letih|sakit|takut|gelak|ketawa|malu|bosan|sejuk|panas) (?:nak |sampai |separuh |setengah )?mati|mati (?:ketawa|gelak|kutu|akal|bosan)|mati-mati(?:an)?|separuh mati|setengah mati|(?:line|talian|telefon|bateri|lampu|elektrik|api|enjin|kereta|nombor|mesin|laptop|skrin|wifi|internet|signal|henfon|fon|tv|aircon|kipas|paip|air)(?: [a-z]+){0,4}? (?:dah |telah |pun |tiba-tiba |terus |masih )?mati|mati (?:tiba-tiba|terus|lepas|sejak|dari)|membunuh(?=,|$| tapi)|matikan (?:line|talian|telefon|lampu|enjin|api)`,
    reported: `(?:(?:abang|kakak|adik|anak|suami|isteri|bini|laki|mak|ayah|bapa|kawan|jiran|pakcik|makcik|sepupu|tunang|bos|housemate|member)(?: [a-z0-9]+){0,3}? (?:saya|aku|sy|ak|kami|ko|kau)|ada (?:orang|pakcik|makcik|lelaki|perempuan|budak|mamat|minah|sorang|seorang|seseorang|customer|pelanggan lain)|orang (?:kat|di|dalam|belakang)|(?:jiran|abang|kakak|adik|anak|suami|isteri|bini|laki|mak|ayah|bapa|kawan)(?: [a-z0-9-]+){0,2} tu)(?: [a-z0-9-]+){0,8}? (?:kata|cakap|bagitahu|beritahu|ugut|kata dia|cakap dia|menjerit|jerit|terjerit|memekik|pekik|tengking|menengking|teriak|bertempik)`,
    agentReport: `(?:dia|pelanggan|customer|pemanggil)(?: [a-z]+){0,2}? (?:kata|cakap|ugut|mengugut|bagitahu)`,
    agent: `pemanggil|pelanggan|customer|caller`,
    past: `tahun lepas|bulan lepas|minggu lepas|dulu|dah pernah|pernah|dulu-dulu`,
    hedge: `mana (?:la |lah )?(?:tau|tahu)|manalah tahu|entah|mungkin|satu hari nanti|suatu hari|tunggu je la apa jadi|karma|untuk (?:ambil|tandatangan|dokumen|borang)`,
    first: `aku|saya|sy|ak|gua|kami|kitorang|sumpah|ku`,
    third: `(?:abang|kakak|adik|anak|suami|isteri|bini|laki|mak|ayah|bapa|kawan|jiran|pakcik|makcik|sepupu|tunang|bos|housemate|rumate)(?: [a-z0-9]+){0,2}? (?:saya|aku|sy|ak|kami)`,
    subject: `(?<!(?:abang|kakak|adik|anak|suami|isteri|bini|laki|mak|ayah|bapa|kawan|jiran|pakcik|makcik|sepupu|tunang|bos|housemate|rumate)(?: [a-z]+){0,2} )(?:aku|saya|sy|kami|kitorang|kita)`,
    second: `kau|engkau|awak|korang|kamu|kalian|anda|you|syarikat (?:ni|ini|awak|korang|kau)|bank (?:ni|korang)`,
    estate: `arwah|allahyarham|pusaka|harta pusaka|wasiat|faraid`,
    praise: `puji|pujian|patut dapat (?:bonus|naik gaji|pujian)|layanan (?:awak|anda) (?:sangat )?(?:baik|bagus|terbaik)|terbaik`,
  },
  id: {
    figurative: `(?:hati-hati|hati hati|awas)[^.!?]{0,60}?(?:licin|basah|curam|berlubang|banjir)|bunuh (?:waktu|masa|bisnis|usaha)|bunuh (?:orang )?demi|rela bunuh|(?:capek|capai|lapar|takut|ketawa|malu|bosan|dingin|panas|pegel|ngantuk) (?:setengah |sampai |mau )?mati|mati (?:ketawa|gaya|lampu|kutu|bosan)|mati-matian|setengah mati|(?:listrik|lampu|hp|baterai|telepon|teleponnya|nomor|mesin|mesinnya|laptop|layar|wifi|internet|sinyal|mobil|motor|tv|ac|kipas|air|jalur|line)(?: [a-z]+){0,4}? (?:udah |sudah |tiba-tiba |terus |masih |lagi )?mati|mati (?:tiba-tiba|terus|total|dari|sejak|lagi)|dimatikan|matiin (?:lampu|hp|tv|ac)`,
    reported: `(?:(?:suami|istri|anak|kakak|adik|abang|ayah|bapak|ibu|mama|papa|teman|temen|tetangga|sepupu|pacar|bos|om|tante)(?: [a-z0-9]+){0,3}? (?:saya|aku|gue|gw)|ada (?:orang|bapak-bapak|ibu-ibu|mas-mas|cowok|cewek|bapak|ibu|pria|laki-laki|perempuan|seseorang|pelanggan lain|customer lain)|orang (?:di|yang)|(?:tetangga|suami|istri|anak|kakak|adik|abang|ayah|bapak|ibu|teman|temen)(?:n?ya)?)(?: [a-z0-9-]+){0,8}? (?:bilang|ngomong|kata|katanya|bilangnya|ngancam|mengancam|teriak|berteriak|teriak-teriak|neriakin|meneriakkan|marah-marah)`,
    agentReport: `(?:dia|pelanggan|penelepon|customer)(?: [a-z]+){0,2}? (?:bilang|ngomong|ngancam|ngancem|mengancam|kata)|katanya`,
    agent: `penelepon|pelanggan|customer|caller`,
    past: `dulu|pernah|tahun lalu|tahun kemarin|bulan lalu|minggu lalu`,
    hedge: `siapa (?:tau|tahu)|mungkin|bisa aja|suatu hari|suatu saat|kena batunya|karma|untuk (?:ambil|tanda tangan|dokumen|berkas)`,
    first: `saya|aku|gue|gw|gua|kami|sumpah`,
    third: `(?:suami|istri|anak|kakak|adik|abang|ayah|bapak|ibu|mama|papa|teman|temen|tetangga|sepupu|pacar|bos|om|tante)(?: [a-z0-9]+){0,2}? (?:saya|aku|gue|gw)`,
    subject: `(?<!(?:suami|istri|anak|kakak|adik|abang|ayah|bapak|ibu|mama|papa|teman|temen|tetangga|sepupu|pacar|bos|om|tante)(?: [a-z]+){0,2} )(?:saya|aku|gue|gw|gua|kami|kita)`,
    second: `kamu|kalian|anda|lo|lu|elo|situ|perusahaan (?:ini|kalian|anda)`,
    estate: `almarhum|almarhumah|warisan|ahli waris|wasiat`,
    praise: `pujian|puji|pantes dapet|pantas dapat|bagus banget|ramah banget|terbaik|membantu banget`,
  },
  tl: {
    figurative: `(?:ingat|mag-?ingat|dahan-dahan)[^.!?]{0,60}?(?:madulas|basa|matarik|baha)|(?:pumapatay|pumatay|papatay|pinapatay|patay)(?:in)? (?:lang )?(?:ng |sa )?oras|pinapatay (?:niyo|nyo|mo) (?:ang |yung )?sarili|papatay (?:daw )?(?:siya |ako )?para sa|(?:namatay|pinatay|pumatay|patay|mamamatay) (?:na )?(?:ako |kami |ka |kayo )?sa (?:ka)?(?:tawa|hiya|kakatawa|kilig)|patay na patay|mamatay sa (?:tawa|hiya)|patayan (?:yung |ang )?(?:sale|presyo|bentahan)|pinapatay (?:ako|kami) ng (?:traffic|trapik|init|gutom|pila|trabaho|lamig)|patay (?:na |agad )?(?:yung |ang )?(?:ilaw|linya|battery|baterya|cellphone|phone|number|tv|makina|aircon|signal|wifi|internet)|(?:ilaw|linya|battery|baterya|cellphone|phone|number|numero|tv|makina|aircon|signal|wifi|internet|tawag)(?: [a-z-]+){0,4}? (?:ay )?(?:patay|namatay|nag-?off)|namatay (?:yung |ang )?(?:tawag|linya|ilaw|phone|battery)|patayin (?:muna )?(?:yung |ang )?(?:lumang )?(?:linya|ilaw|tv|aircon|makina|backlog)`,
    reported: `(?:sabi|sinabi|kwento|kuwento) (?:daw |raw )?(?:ng|ni|nung) (?:${TL_OTHER})(?! sa (?:phone|telepono|linya|chat))|may (?:lalaki|babae|tao|mama|ale|kuya|ate|isang|customer|pasahero|bata)(?: [a-z-]+){0,6}? (?:sabi|nagsabi|sinabi|sumisigaw|sumigaw|nagsisigaw|nagbanta|nagbabanta|nagsasabi)|(?:asawa|anak|kapatid|kapitbahay|kaibigan) ko(?: [a-z-]+){0,3}? (?:sabi|nagsabi|sinabi)`,
    agentReport: `sabi (?:niya|nila|ng customer|ng caller|nung customer)|sinabi (?:niya|nila)|sinabihan|sinabing|nagbanta`,
    agent: `caller|customer|kustomer|tumawag`,
    past: `dati|noon|nakaraang (?:taon|buwan|linggo)|last year|minsan na|nagawa ko na`,
    hedge: `baka|malay mo|balang araw|karma|makikita mo rin|para sa (?:mga )?(?:papeles|resibo|dokumento|form|pirma|bayad)`,
    first: `ako|ko|kita|kami|namin|akin|sakin|sa akin|sumpa|promise|sinusumpa`,
    third: `(?:ng|ni|si|ang) (?:ate|kuya|kapatid|asawa|nanay|tatay|anak|pinsan|kaibigan|kapitbahay|tito|tita|boss) ko|(?:ate|kuya|kapatid|asawa|nanay|tatay|anak|pinsan|kaibigan|kapitbahay) ko`,
    subject: `ako|kami|namin|kita|(?<!(?:ate|kuya|kapatid|asawa|nanay|tatay|anak|pinsan|kaibigan|kapitbahay|tito|tita) )ko`,
    second: `ka|kayo|mo|niyo|nyo|ninyo|inyo|ikaw|kumpanya (?:niyo|nyo|ninyo)`,
    estate: `yumao|yumaong|namatay kong|mana|estate|probate`,
    praise: `i-?commend|deserve mo|papuri|purihin|ang galing mo|napakabait`,
  },
  nb: {
    figurative: `(?:pass på|se opp|vær forsiktig|forsiktig)[^.!?]{0,60}?(?:glatt|isete|holka|våt|bratt)|sl(?:å|år) (?:sammen|følge|opp i)|sl(?:å|år|o|ått) ihjel (?:tid|tida|tiden)|(?:kunne|kan) (?:drept|drepe) for|tar livet av (?:deres|din|sin|vår) egen|d(?:ø|øde|ør|ødd) (?:av|av ren) (?:latter|skam|kjedsomhet)|(?:linja|linjen|telefonen|batteriet|mobilen|nummeret|terminalen|kortterminalen|maskinen|pc-en|ruteren|bilen|lyset|strømmen|skjermen)(?: [a-zæøå]+){0,4}? (?:ble |er |var |har )?(?:død|dødt|døde|dødd)|drepe (?:den |det )?(?:gamle |gammel )?(?:linja|linjen|forbindelsen|prosessen)|knuse (?:køen|rekorden|konkurrentene)`,
    reported: `(?:[a-zæøå]+(?:en|a|et) (?:min|mi|mitt|mine|vår|vårt)|[a-zæøå]+ (?:min|mi|mitt|mine) på [0-9]+|en (?:fyr|mann|kar|dame|kunde|gutt|jente|passasjer|pasient|annen kunde)|ei (?:dame|jente)|noen|naboen|en i (?:klassen|køen|butikken|gata))(?: [a-zæøå0-9]+){0,8}? (?:sa|sier|sei|fortalte|forteller|truet|truer|skrev|skreiv|ropte|roper|skrek|skreik|brølte|kjefta|hadde sagt)`,
    agentReport: `(?:han|hun|de|kunden|innringeren)(?: [a-zæøå]+){0,2}? (?:sa|sier|truet|truer|skulle|skal)`,
    agent: `innringer(?:en)?|kunden|caller`,
    past: `i fjor|forrige (?:uke|måned|år|gang)|for (?:et|ett|to|tre|noen) år siden|tidligere har|har (?:en gang )?(?:velta|veltet|knust|slått|kasta|kastet)`,
    hedge: `kanskje|håpe|en vakker dag|en dag|hvem vet|man vet aldri|får som fortjent|når det er min tur|for (?:papirene|kvitteringen|signaturen)`,
    first: `jeg|æ|eg|vi|meg|sverger|bare se|^ ?skal`,
    third: `(?:mannen|kona|sønnen|dattera|datteren|broren|søstera|søsteren|faren|moren|mora|naboen|kameraten|venninna|svogeren|fetteren|onkelen|tanta) (?:min|mi|mitt)|(?:min|mi) (?:mann|kone|sønn|datter|bror|søster|far|mor|nabo|venn|venninne)`,
    subject: `jeg|æ|eg|vi|oss`,
    second: `du|deg|dere|deres|dokker|din|di|ditt|selskapet (?:deres|ditt)`,
    estate: `dødsbo(?:et)?|avdøde|arv(?:en)?|skifte(?:t)?`,
    praise: `skryt|ros|fortjener (?:lønnsøkning|bonus|ros|skryt)|kjempeflink|så hjelpsom`,
  },
};
