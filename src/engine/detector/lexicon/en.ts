/**
 * English threats, insults, supervisor demands and hostility. Profanity comes from `obscenity`
 * (see ../profanity.ts). Subjects include "he"/"she"/"they": agents often report the
 * customer in the third person ("he said he'll be waiting for me").
 */
import type { Lexicon } from '../types.ts';
import { near } from './morph.ts';
import { alt, KEEP_NEGATED, rule } from './rule.ts';

const WILL = alt(
  "i'?m about to|i'?m bout to|im|ima|imma|i'?m gunna|gunna|i won'?t|i will not|i'?m not going to|i'?l|i will|i'?m going to|i'?m gona|i'?m gonna|he'?l|he will|he'?s going to|he'?d|she'?l|she will|she'?s going to|she'?d|they'?l|they will|they'?re going to|we'?l|we will|we'?re going to|i'?d|i am going to|i swear i'?l|gonna|going to",
);
const VICTIM = alt(
  'you|u|ya|ye|yous|me|him|her|them|us|everyone|everybody|all of you|someone|somebody|(?:your|ur|yer) (?!(?:service|company|app|website|site|system|policy|contract|subscription|account|order|refund|bill|records?|rules|reputation|ratings?|reviews?|targets?|sales|numbers|budget|prices|deal|offer|expectations|business|bonus|commission|day|week|weekend|plans|record)(?![a-z]))[a-z]+|my (?:colleague|coworker|staff|wife|husband|kids|family|friend|sister|brother|mum|mom|dad|son|daughter|neighbour)|the (?:agent|staff|manager|girl|guy|woman|man|lady|cashier|bloke|kid|receptionist)',
);
const HARM = alt(
  'kill|hurt|beat|punch|stab|shoot|strangle|slap|smash|murder|choke|kick|hit|bash|batter|knock|rape|deck|thump|knife|slash|headbutt|throttle|smack|whack|clobber|pummel|maim|torture|beat up|smash up',
);
/** Harm only when aimed at a person: "I'll cut you" is a threat, "I'll cut my losses" is not. */
const HARM_PERSON = alt(
  'end|wreck|break|cut|slit|glass|bottle|floor|lamp|twat|take out|rip|tear|snap|run over|run down|mow down|sort out',
);
const PERSON_ONLY = alt(
  'you|u|ya|ye|yous|him|her|them|everyone|everybody|all of you|the (?:agent|staff|manager|girl|guy|woman|man|lady|cashier|bloke|receptionist)|your (?:staff|agent|agents|manager|family|kids|wife|husband)',
);
const SWEAR = alt('fucking|fuckin|bloody|literally|actually|really|just|personally|seriously');
const PERSON = alt(
  'you|u|i|we|he|she|they|your (?:family|kids|wife|husband|mother|mum|mom|staff)|my (?:colleague|coworker)',
);
const PLACE = alt(
  'the (?:store|shop|office|branch|building|depot)|this (?:store|shop|office|branch)|your (?:store|shop|office|branch|car)',
);
const INSULT_WORD = alt(
  'twit|twits|dimwit|dimwits|nitwit|nitwits|cretin|cretins|buffoon|buffoons|dunce|dolt|oaf|plonker|pillock|numpties|muppets|simpleton|donkey|donkeys|airhead|bozo|dipshit|shithead|scumbag|scumbags|lowlife|lowlifes|degenerate|vermin|leech|leeches|snake|snakes|rat|rats|sheep|robot|robots|brain ?dead|braindead|thick|dense|dim|gormless|spineless|hopeless|idiot|idiots|moron|morons|imbecile|stupid|dumb|dumbass|retard|retarded|incompetent|clown|clowns|loser|losers|pig|cow|bitch|bastard|jerk|twat|cunt|dickhead|dick|prick|asshole|arsehole|scum|trash|garbage|worthless|pathetic|brainless|clueless|useless|liar|liars|crooks?|thief|thieves|joke|muppet|tosser|wanker|fool|fools|halfwit|numpty|piece of (?:shit|crap|garbage|trash|work)|waste of (?:space|oxygen|skin)|bimbo|slut|whore|monkey|animal|animals|parasite|parasites',
);
const INTENSIFIER = alt(
  'such|a|an|so|just|fucking|ignorant|little|pathetic|lying|thieving|smug|arrogant|rude|right|proper|bunch of|pack of|load of|lot of|band of|gang of|fuckin|bloody|absolute|complete|total|stupid|useless|utter|real|little|lazy|incompetent|brainless|dumb|all|nothing but|really|clearly|obviously|truly|completely|totally|absolutely|utterly|very|extremely|the most|the biggest',
);
const ADDRESS = alt(
  "listen|hey|oi|oy|ya|yous|you lot|you guys|you all|you'?re all|ur all|you are all|your (?:staff|agents|people|team|company) (?:are|is)|your (?:staff|agents|people|team)|you|you'?re|you are|ur|youre|u r|you people are|you lot are|your staff are|your agents are|he'?s|he is|she'?s|she is|they are|they'?re",
);
const SUPERIOR = alt(
  'supervisor|manager|boss|superior|team leader|team lead|head of [a-z]+|someone (?:senior|more senior|higher up|in charge|above you|competent|else)|somebody (?:senior|in charge|else)|a human|a real person',
);

export const en: Lexicon = {
  rules: [
    // Violent verb aimed at a person, with or without a modal ("have someone hurt me"). Recall
    // first: only "it/that/this" as subject ("it hurt me to hear that") is excluded.
    rule(
      'physical_threat',
      0.75,
      `(?<!(?:it|that|this|which|feelings|really) )(?:kill|hurt|stab|shoot|strangle|murder|choke|beat up|punch|rape) (?:you|u|ya|me|him|her|them|my (?:colleague|staff|wife|husband|kids|family)|your (?:staff|family|kids|wife|husband))`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:i'?m|i am|we'?re|he'?s|she'?s|they'?re|he is|she is|they are) coming (?:for|after) (?:you|u|her|him|them)(?! to )|(?:he|she|they) (?:said|says|told me) (?:he'?s|she'?s|they'?re|he was|she was|they were) coming (?:for|after) me|${WILL} (?:find|get|catch) (?:you|u|her|him|them)(?= ?[.!,]|$| and| when| outside| after| tonight| one day| wherever)|(?:find|catch|get|visit|see|hunt down) (?:you|u|her|him|them|me) (?:after work|after (?:your|her|his|my) shift|outside|tonight|when (?:you|she|he|i) leave)`,
    ),
    // Physical threats: explicit harm, stalking, waiting, veiled threats.
    rule(
      'physical_threat',
      0.95,
      `${WILL} (?:come (?:down )?(?:there )?and )?(?:${SWEAR} )?(?:${HARM} ${VICTIM}|${HARM_PERSON} ${PERSON_ONLY})`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:wants|want|going|threatened|threatening|threatens|promised) to (?:${SWEAR} )?${HARM} ${VICTIM}`,
    ),
    rule(
      'physical_threat',
      0.95,
      `(?:know|knows|knew|found out|find out|finding out|got|have) where ${PERSON} (?:live|lives|work|works|sleep|sleeps|park|parks)`,
    ),
    // Knowing where the shop is is a threat only beside another cue ("... and he'll be waiting").
    rule('physical_threat', 0.45, `(?:know|knows|knew) where ${PLACE} is`),
    rule(
      'physical_threat',
      0.9,
      `(?:be|am|is|are|'?m|'?s) waiting (?:for|on) (?:you|u|me|him|her|them)(?! to )(?! for )(?= outside| after| when| tonight| at| in the| by your|$| ?[.!,;])`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:wait|waiting) for (?:you|u|me|him|her) (?:outside|after (?:work|your shift|my shift|her shift|his shift)|in the (?:car park|parking lot|parking))`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:you'?l|you will|you'?re going to|you are going to|you gonna|he'?l|they'?l) (?:regret this|regret it|pay for this|pay for that|be sorry)`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:watch|watching) your back|sleep with one eye open|your days are numbered|(?:you'?re|you are|ur) (?:a )?dead (?:man|woman|meat)|(?:you'?re|you are) dead(?: meat)?(?= ?[.!]|$| when| if)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:burn|torch|blow up|bomb|shoot up) ${PLACE}(?: down)?|(?:burn|torch) (?:it|the place|this place) down`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:get|gets|getting) what'?s coming to (?:you|u|him|her|them)|(?:wait|be waiting|waiting|find you|see you|get you|catch you) (?:when|after|once) (?:you|u|she|he) (?:leave|leaves|finish|finishes|get off|gets off|clock off|walk out)|${WILL} (?:come|be coming) (?:down there|to the (?:store|office|branch)|for you|after you|round)(?: and| with| to)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:i'?l|he'?l|we'?l) make (?:you|u|her|him) (?:pay|suffer|bleed)|beat the (?:shit|crap|hell) out of|kick your (?:ass|arse|teeth)`,
    ),
    // Legal threats.
    rule(
      'legal_threat',
      0.9,
      `${WILL} (?:be )?(?:sue|suing|take (?:you|this|your company|you all|it|legal action|this further legally)|get (?:a|my) (?:lawyer|solicitor|attorney)|call my (?:lawyer|solicitor|attorney)|contact my (?:lawyer|solicitor|attorney)|press charges|file a (?:lawsuit|claim|police report)|report (?:you|this|your company|it) to)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `sue (?:you|u|your|this|the company|the lot|the pants)|see (?:you|u) in court|(?:take|taking|takes|drag|dragging|bring|bringing) (?:you|this|it|your company|them|us|the company) to court|(?:my|our|his|her|their) (?:(?:brother|sister|friend|mate|dad|mum|cousin|uncle|son|daughter)'?s? (?:is )?(?:a )?)?(?:lawyer|lawyers|solicitor|solicitors|attorney|attorneys|barrister|legal team)|(?:i'?ve|we'?ve|i have|we have|i'?ve got|we'?ve got) (?:got )?(?:a )?(?:good |strong |solid |watertight )?(?:legal )?case`,
    ),
    rule(
      'legal_threat',
      0.8,
      `legal action|lawsuit|class action|small claims|court (?:case|action)|trading standards|ombudsman|(?:call|calling|ring|contact|report (?:you|this|it) to) the (?:police|cops|regulator|fcc|ftc|bbb)|press charges`,
    ),
    // Supervisor demands.
    rule(
      'supervisor_request',
      0.9,
      `(?:speak|talk|speaking|talking|chat|put me through|asking for|asked for|ask for|demanding|demanded|demands|insisting on|insisted on) (?:(?:to|with) )?(?:(?:your|a|the|an|my|some) )?${SUPERIOR}`,
    ),
    rule(
      'supervisor_request',
      0.9,
      `(?:get|put|give|want|need|demand|fetch|bring|transfer me to|escalate (?:this|me|it) to|connect me (?:to|with)|where is|where'?s|call) (?:me )?(?:(?:your|a|the|my|an) )?${SUPERIOR}`,
    ),
    rule(
      'supervisor_request',
      0.8,
      `(?:supervisor|manager|boss)(?:,)? (?:now|please|right now|immediately)|who'?s (?:your|ur) (?:boss|manager|supervisor|superior|line manager|team leader)|who is (?:your|ur) (?:boss|manager|supervisor|superior|line manager|team leader)|who do (?:you|u) (?:answer|report) to|escalate (?:this|it|my complaint)|(?:anyone|someone|somebody) (?:above you|more senior|higher up|in charge)`,
    ),
    // Insults: directed at a person.
    rule('insult', 0.9, `${ADDRESS} (?:${INTENSIFIER} )*${INSULT_WORD}`),
    rule(
      'insult',
      0.9,
      `(?:called|calling|call|calls) (?:me|her|him|us|my colleague|the agent|everyone) (?:a |an |${INTENSIFIER} )*${INSULT_WORD}`,
    ),
    rule(
      'insult',
      0.8,
      `(?:stupid|dumb|useless|lazy|incompetent|fat|ugly) (?:cow|bitch|idiot|idiots|girl|woman|man|moron|pig|cunt|twat|bastard|clowns?|agent|people)|what an (?:idiot|imbecile|moron)|are you (?:deaf|stupid|thick|dumb|an idiot|a moron|retarded|braindead)|can you (?:even )?(?:read|think)\\?|(?:idiot|moron|imbecile)s?!`,
    ),
    // Hostility: angry or contemptuous, not aimed at a person.
    rule(
      'hostile',
      0.65,
      `(?:this|that|it|that'?s|it'?s|this is|that is|it is|what) (?:is )?(?:absolutely |totally |completely |so |fucking |just )?(?:ridiculous|absurd|a joke|a disgrace|disgraceful|pathetic|outrageous|insane|a farce|a scam|bullshit)`,
    ),
    rule(
      'hostile',
      0.7,
      `worst (?:service|company|customer service|support|experience|bank|airline|shop|store)|(?:useless|pathetic|incompetent|rubbish|crap|garbage|shit) (?:service|company|support|app|bank|shop|store|airline|team|staff|people)|waste of (?:my )?(?:time|money)`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:sick|fed up) (?:and tired )?(?:of|with) (?:you|this|your)|shut up|shut your (?:mouth|face)|how hard can it be|are you (?:kidding|joking|serious) me|don'?t you dare`,
    ),
    rule(
      'vulgarity',
      0.85,
      `wtf|stfu|ffs|omfg|fml|f[*]{2,}(?:ing|in|er)?|f[*]ck(?:ing|in)?|sh[*]t|s[*]{3}|b[*]tch|c[*]nt`,
    ),
    rule(
      'hostile',
      0.65,
      `(?:app|service|website|site|company|system|support|product|team|it|this|you lot) (?:is|was|are|were) (?:completely |totally |absolutely |so |utterly |just )?(?:useless|pathetic|rubbish|garbage|crap|shit|trash|a joke|a shambles|a disgrace|hopeless)`,
    ),

    // Round 4 (generalisation): threat grammar rather than listed sentences. A harm verb aimed at
    // a person or a body part, consequences announced to "you", weapons brought along, stalking
    // (knowing someone's car, hours, way home) and waiting for someone after work.
    rule(
      'physical_threat',
      0.9,
      `(?:put|putting|send|sending) (?:you|u|ya|her|him|them) (?:in|into|to) (?:(?:the|a) )?(?:hospital|a box|the ground|a wheelchair|intensive care|a coffin|the morgue|an early grave)|(?:rip|tear|knock|kick|bash|cave|smash|punch|beat|break|snap|slit|cut|stamp on) (?:${'your|ur|yer|her|his|their'}) (?:fucking |stupid |bloody |little )?(?:head|face|teeth|throat|neck|legs|arms|jaw|nose|skull|kneecaps|fingers|ribs|lights|block|brains|tongue)s?(?: (?:off|out|in))?`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:you|u|ya|she|he|they|someone|somebody|people|one of you|your staff|[a-z]+ (?:in|at) (?:that|this|your) (?:office|store|shop|branch))(?:'?l| will| are| is|'?s|'?re| r)? (?:going to |gonna |gona |about to |gunna )?(?:get|be|end up|wind up|getting|be getting) (?:hurt|stabbed|shot|smacked|slapped|punched|decked|glassed|battered|beaten|beaten up|killed|a beating|a slap|a smack|a punch|a hiding|a good hiding|a kicking|a knife|a bullet|what'?s coming|in hospital|in the hospital|in a box|in a wheelchair|dead|six feet under|your head kicked in|your face smashed)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:teach|show) (?:you|u|ya|her|him|them) a lesson|(?:track|hunt|find) (?:you|u|ya|her|him|them) down|pay (?:you|u|ya|her|him) a (?:little )?visit|sort (?:you|u|ya|her|him) out(?: properly| for good| myself)?|(?:do|deal with) (?:you|u|ya) in`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:bring|bringing|brought|got|have|carry|carrying|grab|grabbing|with|pull|pulling|use|using|fetch|take) (?:a |my |the |me )?(?:baseball |cricket |kitchen )?(?:knife|knives|gun|guns|machete|bat|crowbar|hammer|blade|shotgun|acid|petrol|axe)(?: (?:in|on|to|with|next|and|for|down|round|into)|$| ?[.!,])(?! (?:set|block|sharpener|drawer|order|i bought|i ordered|you sold|from you|arrived))`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:not|never|isn'?t|ain'?t) (?:afraid|scared) to use it|make sure (?:you|u|ya|she|he|they) (?:never|can'?t|won'?t|don'?t|cannot) (?:walk|work|see|talk|smile|sleep|eat)|(?:better|best) (?:pray|hope) (?:we|you|i|u) (?:never|don'?t) (?:meet|bump into|run into|see)|(?:pray|hope) (?:we|you|u) never (?:meet|bump into|run into|see)|won'?t (?:be able to )?walk (?:again|straight|for a week)`,
      KEEP_NEGATED,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:know|knows|knew|found out|worked out|seen|noticed|clocked) (?:what|which) (?:car|bus|train|time|route|door|house|flat) (?:you|u|ya|she|he|they|your staff)|(?:know|knows|knew|seen|found out) (?:when|what time) (?:you|u|she|he|they|your staff) (?:finish|finishes|leave|leaves|clock off|clocks off|get off|gets off|go home|goes home|walk home|walk to your car)|(?:know|knows|knew|got|have) (?:your|ur|her|his) (?:address|home address|car|reg|number plate|shift|shifts|schedule|rota|route|face|kids|surname)|(?:know|knows|knew|remember) what (?:you|u|she|he) look(?:s)? like`,
    ),
    rule(
      'physical_threat',
      0.85,
      `${near(`(?:${WILL}|i'?m|im|i am|he'?s|she'?s|they'?re|he is|she is|they are|i'?d) (?:be )?(?:waiting|wait|outside|out the front|out the back|there|by the|parked|hanging around|around)`, `(?:(?:when|after|once|as|till|until) (?:you|u|ya|she|he|her|his|your|ur|they) (?:finish|finishes|leave|leaves|clock|clocks|get off|gets off|walk out|shift|come out|close|lock up)|(?:your|ur|her|his) shift (?:ends|finishes|is over))`, 5)}`,
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:watch|mind) (?:yourself|urself|yourselves|your step|ur step|your back|ur back|how you go)|(?:be )?(?:careful|watch (?:yourself|urself|out)) (?:on (?:your|ur|the) way home|walking (?:home|back|to your car)|tonight|after work|when you (?:leave|finish|go home))|if i (?:ever )?(?:see|catch|find) (?:you|u|ya|her|him|them) (?:in the|in person|on the street|outside|again|round|around|after)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:run|knock|mow|beat|smash|kick) (?:you|u|ya|her|him|them|me) (?:over|down|out|up|in)(?! (?:of|on|a|the|for|to)(?: |$))|(?:(?:threaten|threatened|threatening|threatens|vowed|vows|promised|promises|swore|swears) (?:to|he would|she would|he'?d|she'?d|they'?d|he will|she will|he'?l|she'?l)|(?:said|says) (?:he would|she would|he'?d|she'?d|they'?d|he will|she will|he'?l|she'?l)) (?:come (?:down|back|round|in) and )?(?:${HARM}|run (?:her|him|me|you) over|put (?:her|him|me|you) in)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `see (?:you|u|ya|you all|you lot|yous|the lot of you|your company) in court|(?:you'?l|you will|you are going to|you'?re going to|you'?re gonna|expect to|prepare to|going to|gonna|about to|will|'?l) (?:be )?(?:hearing from|hear from) (?:my|our) (?:lawyer|lawyers|solicitor|solicitors|attorney|legal team|legal department)|(?:expect|prepare|ready) to be (?:sued|taken to court|hearing from)|(?:get|be|being|getting) sued|suing|letter before action|(?:take|taking|seek|seeking|get|getting) legal advice|let (?:the )?(?:courts?|a judge|the judge) decide|(?:file|filing|lodge|lodging|issue|issuing|make|making|submit|submitting|start|starting) (?:a )?(?:formal )?(?:claim|proceedings|court claim|legal claim|legal complaint)|legal (?:team|proceedings|department)|tribunal|(?:file|filing|filed|lodge|bring|press) (?:a )?(?:case|lawsuit|suit|charges|criminal complaint) against|(?:report|reporting|complain|complaining|escalate|escalating|take|taking) (?:this|you|it|your company)? ?(?:straight )?to (?:the )?(?:financial )?(?:ombudsman|regulator|trading standards|police|fca|ofcom|ofgem|consumer (?:council|tribunal|protection))`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `${near(`(?:speak|talk|speaking|talking|put me through|put me on|transfer|escalate|connect|get|give|let me (?:speak|talk)|want|need|demand|is there|can i (?:speak|talk|have)|where is|where'?s|bring|fetch|find|pass me)`, `(?:${SUPERIOR}|line manager|team leader|whoever (?:runs|is in charge|'?s in charge|is responsible|'?s responsible|is above you|makes the decisions)|someone (?:above|over) (?:your|ur) (?:pay ?grade|head)|someone who (?:can actually|actually|can) (?:make decisions|decide|do something|help|knows? what)|the person in charge|someone with (?:authority|a brain))`, 4)}`,
    ),
    rule(
      'insult',
      0.85,
      `(?:are|r) (?:you|u|ya|yous|you all|you people) (?:all |just |actually |really |being |fucking |bloody )?(?:thick|dense|dim|slow|simple|retarded|mental|deaf|blind|stupid|dumb|illiterate|braindead|brain ?dead|special|an idiot|a moron|a robot|having a laugh|taking the piss)|(?:as )?(?:useful|helpful|useless|thick|dumb|daft|stupid|dense|dim|sharp|bright) as (?:a|an|tits on a|two short planks|mince|pigshit|a brick) |thick as (?:two short planks|mince|pigshit|a brick|shit)|(?:bunch|pack|load|lot|band|gang|shower|herd) of (?:useless |incompetent |lying |brainless |absolute |fucking |bloody )*(?:idiots|morons|clowns|muppets|monkeys|imbeciles|cretins|losers|crooks|thieves|liars|numpties|donkeys|amateurs|wankers|tossers|jokers|dimwits|halfwits|sheep|parasites|incompetents|animals|pigs)|(?:brain ?dead|brainless|clueless|gormless|useless|incompetent|thick|lazy|stupid|ignorant) (?:muppet|idiot|cow|bitch|clown|moron|prat|twit|git|sod|bint|oaf|fool|agent|rep|staff|people|lot|twat|tosser)s?`,
    ),
    rule(
      'hostile',
      0.65,
      `(?:absolutely|utterly|totally|completely|so|just|truly|frankly) (?:disgusting|appalling|shocking|atrocious|abysmal|diabolical|shameful|outrageous|ridiculous|pathetic|unacceptable|disgraceful)|(?:disgusting|appalling|shocking|atrocious|abysmal|diabolical|shameful) (?:service|way|behaviour|treatment|company|attitude|customer service)|(?:a |an )?(?:complete|absolute|total|utter|complete and utter|bloody|fucking) (?:farce|joke|shambles|disgrace|shambles|circus|nightmare|scam|con|rip-?off|mess)|(?:do|does|can|can'?t) (?:you|u|anyone|any of you|you people) (?:even|actually|ever) (?:read|listen|do (?:your|ur) job|understand|know how)|do (?:you|u) (?:even )?know how to do (?:your|ur) job|unbelievable(?= ?[.!]|$)|unacceptable|disgraceful|a disgrace|shambolic|(?:what|such) a (?:shambles|farce|joke|circus|disgrace|con)|rip-?off merchants|daylight robbery`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:mates|lads|boys|people|friends|cousins|brothers|guys|blokes) (?:who|that)(?:'?d|'?l| would| will| can| could)? (?:really |happily |gladly |just )?(?:love to |like to |be happy to |want to )?(?:meet|visit|see|sort out|deal with|have a word with|pay a visit to|sort|find|wait for|look after) (?:you|u|ya|your [a-z]+|ur [a-z]+|the [a-z]+|that [a-z]+|him|her)`,
    ),
    rule(
      'physical_threat',
      0.45,
      `(?:i'?l|i will|i'?m going to|we'?l|we will) be (?:in|at|outside|by|round|waiting in|waiting at) (?:the )?(?:car park|parking lot|back door|staff entrance|back entrance|front door|your (?:office|shop|store|house|work|car))`,
    ),
    // Round 6: vocabulary breadth. Mild swearing obscenity leaves out (crap, bugger, effing; "bloody",
    // "damn" and "hell" are intensifiers here, not vulgarity), outrage words, more ways to ask for
    // someone senior or to name a court.
    rule(
      'vulgarity',
      0.8,
      `crap|crappy|crapping|bugger|buggered|sod off|sodding|effing|eff off|f-ing|f'?ing|f-ing|frigging|friggin|goddamn|goddamned|tosser|tossers|bellend|bellends|slag|shitty|shite|bollocks|arsehole|arse|pissed off|piss off|pisstake|piss-take`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:had it|fed up) (?:up to here|to the back teeth)|(?:i'?ve|i have) had (?:it|enough)|enough is enough|fed up (?:of|with)|sick (?:to death|and tired) of|beyond a joke|taking the (?:piss|mick|mickey)|an insult to|(?:a|an) (?:absolute |total |complete )?(?:rip-?off|scam|racket|con|insult|embarrassment)|daylight robbery|cowboy (?:outfit|company|service)|laughable|(?:shocking|appalling|atrocious|abysmal|diabolical|shameful|disgusting|outrageous|ridiculous|pathetic|farcical|scandalous|disgraceful|unacceptable)(?= ?[.!?,]|$| (?:service|company|behaviour|treatment|way|attitude|is|this|that|how|really))|(?:how|so) (?:rude|incompetent|useless|hopeless|pathetic|unprofessional)|unprofessional|incompetence|(?:no|zero) (?:respect|common sense|idea what)`,
    ),
    rule(
      'insult',
      0.85,
      `(?:you'?re|you are|ur|your staff are|you people are|you lot are|he'?s|she'?s|they'?re) (?:an?|the|such an?|a complete|an absolute|a total|a bunch of|a pack of)? ?(?:embarrassment|disgrace|failure|liability|laughing stock|amateur|amateurs|cowboys|jokers|clowns|waste of space|waste of skin|joke)|(?:as|so|that) (?:dim|thick|dumb|stupid|useless|incompetent|clueless|slow|dense) as (?:you|u|ya|her|him|them)|(?:brain|brains|memory|iq) of a (?:goldfish|gnat|rock|brick|potato|sheep)|can'?t even (?:spell|read|count|do (?:your|ur) job|understand)`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `${near(`(?:speak|talk|put|get|give|find|fetch|bring|connect|transfer|escalate|pass|want|need|demand|let me (?:speak|talk))`, `(?:(?:a |the |your |some )?senior (?:member of staff|manager|person|colleague|agent|staff member|staff|team member)|management|head office|your superiors?|someone (?:higher|senior|more senior|with authority|in authority)|the (?:person|people|one) in charge|whoever(?:'?s| is) (?:in charge|responsible|above you))`, 4)}|who(?:'?s| is) in charge(?: (?:here|there|of this))?\\?|(?:put|get) (?:them|him|her|whoever) on(?: the (?:line|phone))?`,
    ),
    rule(
      'legal_threat',
      0.85,
      `legal (?:representative|rep|counsel|adviser|advisor|advice|route|remedy)|(?:county|high|magistrates'?|district|civil|small claims) court|action fraud|(?:taking|take|bring|brought|bringing|escalating) (?:this|it|you|them|the matter|my case|the case) (?:to|before) (?:the |a )?(?:[a-z]+ )?(?:court|tribunal|judge|ombudsman)|(?:sue|suing) (?:the )?(?:pants|arse|ass) off|lawyer(?:ing)? up|(?:my|our) (?:legal|lawyers?'?) (?:people|guys|firm)`,
    ),
  ],
  context: {
    negators: ['not', 'never', 'no', 'nobody', 'dont', 'wont', 'cant', 'didnt', 'wouldnt', 'isnt', 'aint', 'nor'],
    conditionals: ['if', 'unless', 'or', 'otherwise', 'else', 'until'],
    keepers: ['but', 'yet'],
    reporters: [
      'agent',
      'colleague',
      'coworker',
      'co-worker',
      'rep',
      'representative',
      'staff',
      'advert',
      'ad',
      'film',
      'movie',
      'song',
      'show',
      'book',
      'website',
      'joke',
      'joking',
      'jokingly',
      'kidding',
      'sign',
      'slogan',
    ],
  },
  aliases: {
    u: 'you',
    ur: 'your',
    r: 'are',
    im: "i'm",
    ive: "i've",
    ppl: 'people',
    wat: 'what',
    imma: "i'm going to",
    ima: "i'm going to",
    cuz: 'because',
    coz: 'because',
    pls: 'please',
    plz: 'please',
    yall: 'you all',
    sup: 'supervisor',
    mgr: 'manager',
  },
  cues: {
    polite: `(?:^|^ )(?:can|could|would|will) (?:you|u|your|ur|someone|somebody|the)|please|pls|plz|kindly|(?:is it|would it be) (?:ok|okay|possible)`,
    violence: `kill|kills|killing|killed|murder|murdered|hurt|hurting|harm|injure|stab|stabbed|stabbing|knife|knifed|shoot|shot|gun|guns|strangle|strangled|choke|throttle|punch|punched|slap|slapped|smack|smacked|thump|batter|battered|beating|beat you|beat up|kick your|kicked in|headbutt|deck you|smash your|smashed in|bash your|break your|broken (?:jaw|nose|legs?|arms?|ribs|teeth|neck)|snap your|rip your|burn|burnt|burned|torch|petrol|acid|bomb|blow up|ambulance|hospital|a&e|intensive care|wheelchair|body bag|coffin|grave|funeral|bury|buried|bleed|bleeding|blood|bloody nose|black eye|bruises?|dentist|teeth|knuckles|fist|fists|baseball bat|bat|hammer|machete|crowbar|axe|brick|douse|drown|dead|die|dying|six feet under|accidents? happen|health insurance|security with (?:him|her|them)|not safe|looking over (?:his|her|your|their) shoulder`,
    target: `you|u|ya|ye|yous|your|ur|yer|yourself|urself|him|her|them|the (?:agent|staff|cashier|receptionist|engineer|driver|manager|worker|girl|guy|lady|bloke|lad|woman|man|counter girl|delivery driver|security guard|rep)|your (?:staff|agent|agents|manager|driver|engineer|delivery driver|colleague|colleagues|family|kids|wife|husband|car|house|shop|store|office)|that (?:agent|girl|guy|lady|bloke|lad|woman|man|cashier)`,
    menace: `outside|car park|parking lot|after work|after (?:your|his|her|ur) shift|when (?:you|u|she|he) (?:finish|leave|lock up|clock off|get off|close)|tonight|on (?:your|ur|the) way home|walking home|i know where|i know when|i know what|(?:my|a few|some) (?:mates|lads|boys|friends|cousins|brothers|people|guys) (?:who|that|will|'ll|would|'d)|(?:mates|lads|boys) who|careful|watch (?:your|ur) back|(?:mark|remember) my words|see how (?:brave|tough|smart|clever|funny|cocky)|this isn'?t over|you'?ll see(?= ?[.!]|$)|wait and see(?= ?[.!]|$)|pay you a visit|pay a visit|sort (?:you|u|him|her|them|your [a-z]+) out|deal with (?:you|u|him|her|them)|when i'?m done with|meet (?:your|ur|the|that|him|her)|come (?:down|round|over) there`,
    harmless: `killing (?:me|it)|killed it|kill (?:for|time)|killer (?:deal|price|app)|smashed it|smashing it|(?:my|his|her|our) (?:son|daughter|kid|kids|husband|wife|mum|mom|dad|brother|sister|friend|neighbour) (?:broke|burnt|hurt|is in hospital|was in hospital)|dying to|dead (?:on|easy|simple|slow|line|battery|phone|link)|battery (?:is |was )?dead|hospital (?:appointment|letter|visit|bill|parking)|knife (?:block|set|sharpener)|burn(?:t|ed)? (?:out|food|toast|dinner)|on fire (?:when|with)|blood (?:test|pressure|donation)|dentist appointment|health insurance (?:policy|claim|quote|renewal)`,
  },
};
