/**
 * English threats, insults, supervisor demands and hostility. Profanity comes from `obscenity`
 * (see ../profanity.ts). Subjects include "he"/"she"/"they": agents often report the
 * customer in the third person ("he said he'll be waiting for me").
 */
import type { Lexicon } from '../types.ts';
import { alt, rule } from './rule.ts';

const WILL = alt(
  "i won'?t|i will not|i'?m not going to|i'?l|i will|i'?m going to|i'?m gona|i'?m gonna|he'?l|he will|he'?s going to|he'?d|she'?l|she will|she'?s going to|she'?d|they'?l|they will|they'?re going to|we'?l|we will|we'?re going to|i'?d|i am going to|i swear i'?l|gonna|going to",
);
const VICTIM = alt(
  'you|u|ya|me|him|her|them|us|everyone|everybody|all of you|someone|somebody|your [a-z]+|my [a-z]+|the (?:agent|staff|manager|girl|guy|woman|man|lady|cashier)',
);
const HARM = alt(
  'kill|hurt|beat|punch|stab|shoot|strangle|slap|smash|murder|choke|kick|hit|break|bash|batter|knock|rape|end|wreck',
);
const SWEAR = alt('fucking|fuckin|bloody|literally|actually|really|just|personally|seriously');
const PERSON = alt(
  'you|u|i|we|he|she|they|your (?:family|kids|wife|husband|mother|mum|mom|staff)|my (?:colleague|coworker)',
);
const PLACE = alt(
  'the (?:store|shop|office|branch|building|depot)|this (?:store|shop|office|branch)|your (?:store|shop|office|branch|car)',
);
const INSULT_WORD = alt(
  'idiot|idiots|moron|morons|imbecile|stupid|dumb|dumbass|retard|retarded|incompetent|clown|clowns|loser|losers|pig|cow|bitch|bastard|jerk|twat|cunt|dickhead|dick|prick|asshole|arsehole|scum|trash|garbage|worthless|pathetic|brainless|clueless|useless|liar|liars|crooks?|thief|thieves|joke|muppet|tosser|wanker|fool|fools|halfwit|numpty|piece of (?:shit|crap|garbage|trash|work)|waste of (?:space|oxygen|skin)|bimbo|slut|whore|monkey|animal|animals|parasite|parasites',
);
const INTENSIFIER = alt(
  'such|a|an|so|just|fucking|fuckin|bloody|absolute|complete|total|stupid|useless|utter|real|little|lazy|incompetent|brainless|dumb|all|nothing but|really|clearly|obviously|truly|completely|totally|absolutely|utterly|very|extremely|the most|the biggest',
);
const ADDRESS = alt(
  "you|you'?re|you are|ur|youre|u r|you people are|you lot are|your staff are|your agents are|he'?s|he is|she'?s|she is|they are|they'?re",
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
    rule('physical_threat', 0.95, `${WILL} (?:come (?:down )?(?:there )?and )?(?:${SWEAR} )?${HARM} ${VICTIM}`),
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
    rule('physical_threat', 0.75, `(?:know|knows|knew) where ${PLACE} is`),
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
      `sue (?:you|u|your|this|the company|the lot|the pants)|see (?:you|u) in court|(?:take|taking|takes|drag|dragging|bring|bringing) (?:you|this|it|your company|them|us|the company) to court|(?:my|our|his|her|their) (?:lawyer|lawyers|solicitor|solicitors|attorney|attorneys|legal team)`,
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
      `(?:supervisor|manager|boss)(?:,)? (?:now|please|right now|immediately)|escalate (?:this|it|my complaint)|(?:anyone|someone|somebody) (?:above you|more senior|higher up|in charge)`,
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
};
