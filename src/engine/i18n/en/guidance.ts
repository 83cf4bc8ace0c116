/**
 * Guidance that fits the contact (issue 20): channel wording, the customer types, the "don't say"
 * half of each say-pair, the customer's language. Read by src/engine/guidance/.
 */
export const guidance = {
  'channel.sms': 'SMS',
  'channel.social': 'Social media',

  // Written channels (e-mail, letter, SMS, social media): reading and writing, never voice.
  'step.calm.g1_written': 'Read the whole message before you reply, and note every point it raises.',
  'step.calm.g3_written':
    'Write calmly and plainly, and read your reply once more before you send it. You are in control of your feelings, not them.',
  'step.calm.g4_written': 'Open your reply by restating the complaint in a sentence, so they know it was read.',
  'say.calm.listening_written':
    'Thank you for taking the time to tell us about this. I have read every point you made.',
  'say.calm.feeling_written': 'I can see from your message how frustrating this has been for you.',
  // Chat: typed, live.
  'step.calm.g3_chat':
    'Keep your messages short and unhurried, and never answer in capitals. You are in control of your feelings, not them.',
  'step.calm.g4_chat': 'When they stop typing, sum up what you read in one message, so they know it was read.',
  'say.calm.listening_chat': 'Take your time. I am reading everything you write.',
  // In person.
  'step.calm.g_in_person': 'Face them, keep a friendly eye contact and nod now and then to show you are following.',
  'say.threat_physical.hear': 'I hear you, and I am taking what you said seriously.',
  // A formal letter is answered with a meeting, not another letter.
  'step.ignore_written.g3_letter': 'A formal letter deserves more than another letter: offer to meet face to face.',
  'say.ignore_written.meet_letter':
    'I would like to meet you in person to go through this together. When would suit you?',

  // Phrases in the right place.
  'step.empathise.understand':
    'First show you understand: name the feeling you hear (frustration, disappointment, worry).',
  'step.empathise.apologise':
    'Then apologise for what they went through, sincerely. A rote apology makes things worse.',
  'say.boundary_hostile.pause':
    'I can hear this matters a lot to you. Let us take it one point at a time, so I can help you properly.',
  'say.end_conversation.insults':
    'As I said, I am ending this conversation now because of the insults. You are welcome to contact us again when we can talk calmly.',
  'say.end_conversation.tone':
    'As I said, I am ending this conversation now because of the tone it has taken. You are welcome to contact us again when we can talk calmly.',
  'choice.still_upset': 'They are still upset: let them finish first',

  // The "don't say" half of each pair (field guide §11).
  'step.lead.g_in_person': 'Face to face, put it right on the spot if you can: they are watching what you do.',
  'step.lead.g_written':
    'A short message can hide a serious problem: answer it as fully, and as soon, as you would a call.',
  'say.ctype.two_minutes': 'Please give me two minutes to finish this, and I will be right with you.',
  'dont.cant_be_bothered': 'I can’t be bothered.',
  'say.provide.feedback': 'Is there anything else we could do better for you?',
  'view.instead_of': 'instead of “{phrase}”',
  'dont.dont_know': 'I don’t know.',
  'dont.dont_care': 'I don’t care.',
  'dont.your_kind': 'We don’t like your kind here.',
  'dont.know_nothing': 'You don’t know anything.',
  'dont.dont_come_back': 'Don’t come back.',
  'dont.right_wrong': 'I’m right and you’re wrong.',
  'dont.hurry': 'Hurry up! / Wait.',

  // Customer types (Malay and Indonesian articles).
  'ctype.active_hater': 'Active hater',
  'ctype.extreme_critic': 'Extreme critic',
  'ctype.was_happy': 'Loyal customer, now upset',
  'ctype.still_happy': 'Happy customer with a complaint',
  'ctype.impatient': 'Impatient',
  'ctype.indecisive': 'Indecisive',
  'ctype.talkative': 'Talkative',
  'ctype.active_hater.g':
    'Whatever you do may not please them: do not feed it or defend yourself, just do your best work and do not let it drag you down.',
  'ctype.extreme_critic.g':
    'They will notice every fault. Listen with one ear open: act on what is true and let the rest go without arguing.',
  'ctype.was_happy.g':
    'A good customer thinking of leaving: listen fully, because winning them back is worth the effort.',
  'ctype.was_happy.recovery':
    'Run service recovery: fix the problem and add a gesture that shows they matter, then check they are happy.',
  'ctype.still_happy.g': 'Your best customers: a complaint from them is an opening to do better, not an attack.',
  'ctype.still_happy.visible': 'Act on it visibly and tell them what changed because they spoke up.',
  'ctype.impatient.g': 'Get to the point: say what you will do and how long it will take, and keep every update short.',
  'ctype.indecisive.g':
    'Offer two or three clear options, recommend one, and confirm their choice before you act on it.',
  'ctype.talkative.g': 'Let them make their main point, then steer back to the problem politely.',
  'ctype.talkative.name':
    'To bring them back, wait for a breath, use their name, thank them, and ask your next question.',
  'say.ctype.critic_point': 'You are right about …, and I will put that right now.',
  'say.ctype.loyal_recovery': 'You have been with us a long time, and I want to make this right for you: …',
  'say.ctype.thanks_feedback': 'Thank you for telling us. Because you did, we are changing …',
  'say.ctype.options': 'There are two ways we can do this: … or … Most customers in your situation choose …',
  'say.ctype.by_name': '…, thank you, that helps me a lot. So that I can fix this for you, may I ask …?',

  // The agent's own supervisor menu speaks in the first person; the page a supervisor reads does not.
  'reason.menu_agent_request': 'I have reached my limit',

  // Tagging the customer and their language (every surface).
  'view.customer_type': 'Customer: {type}',
  'view.customer_language': 'Customer’s language: {language}',
  'ctype.none': 'No type',
  'ctype.pick': 'What kind of customer is this?',
  'ctype.action': 'Customer type',
  'ctype.language_action': 'Customer’s language',
  'console.help_ctype': 'type = tag the customer type; clang <code> = the customer’s language for “You could say”.',
} as const;
