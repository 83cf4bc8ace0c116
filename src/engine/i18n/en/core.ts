/**
 * English catalogue, core entries (engine, playbooks, terminal). The other locales use the same keys
 * and fall back to English until translated.
 * Interpolation: `{name}`.
 */
export const core = {
  // Incident kinds and channels
  'kind.vulgarity': 'Vulgar language',
  'kind.insult': 'Insults',
  'kind.legal_threat': 'Legal threat',
  'kind.physical_threat': 'Physical threat',
  'kind.supervisor_request': 'Wants someone senior',
  'kind.hostile': 'Angry or abusive',
  'channel.phone': 'Phone',
  'channel.chat': 'Chat',
  'channel.email': 'E-mail',
  'channel.letter': 'Letter',
  'channel.in_person': 'In person',
  'outcome.resolved': 'Resolved',
  'outcome.escalated': 'Escalated to a supervisor',
  'outcome.ended_after_warning': 'Ended after a warning',
  'outcome.ignored_written': 'Abuse left unanswered (written)',
  'outcome.handed_over': 'Handed over to a colleague',

  // Calm first (field guide §1)
  'step.calm.title': 'Let them vent first',
  'step.calm.g1': 'Listen to the whole complaint. Do not interrupt, not even to correct them.',
  'step.calm.g2': 'Let the anger run its course; it fades faster when nobody pushes back.',
  'step.calm.g3': 'Keep your own voice slow and low. You are in control of your feelings, not them.',
  'step.calm.g4': 'When they pause, repeat back what you heard, so they know they were heard.',
  'say.calm.listening': 'Please go on, I am listening.',
  'say.calm.repeat': 'Let me check I have understood you correctly: … Is that right?',
  'say.calm.feeling': 'I can hear how frustrating this has been for you.',

  // Boundaries (field guide §5, §6)
  'step.boundary_vulgar.title': 'Set the boundary, politely and firmly',
  'step.boundary_vulgar.g1': 'The problem lies with the words the customer chose, not with you.',
  'step.boundary_vulgar.g2': 'Ask them to stop the language at once. Never answer rudeness with rudeness.',
  'step.boundary_vulgar.g3': 'This is warning {warnings}. Keep helping if they stop.',
  'say.boundary_vulgar.stop':
    'I want to help you with this, and I can do that best if we keep the language respectful. Please stop swearing.',
  'say.boundary_vulgar.continue':
    'I understand you are upset. I will keep helping as long as we can talk without that language.',
  'step.boundary_insult.title': 'Ask them to stop the insults',
  'step.boundary_insult.g1': 'It is not personal: they are angry with the company you represent, not with you.',
  'step.boundary_insult.g2':
    'Politely and firmly ask them to stop the abuse. Never reply with an insult or with anger.',
  'step.boundary_insult.g3': 'This is warning {warnings}. Keep helping if they stop.',
  'say.boundary_insult.stop':
    'I want to sort this out for you, but I cannot carry on while I am being insulted. Please stop.',
  'say.boundary_insult.focus': 'I understand you are angry with us. Let us focus on fixing the problem together.',
  'step.boundary_hostile.title': 'Ask for a calmer tone',
  'step.boundary_hostile.g1': 'Stay assertive, never aggressive. Slow down and pause before you answer.',
  'step.boundary_hostile.g2': 'Ask them, politely and firmly, to keep the conversation respectful.',
  'step.boundary_hostile.g3': 'This is warning {warnings}. Keep helping if they calm down.',
  'say.boundary_hostile.respect':
    'I really do want to help. Could we keep this calm so I can concentrate on your problem?',
  'say.ctype.hurry': 'Sorry to rush you; others are waiting too. Could you give me two minutes to check this?',
  'step.last_warning.title': 'The last-resort line',
  'step.last_warning.g1': 'Tell the customer plainly that the conversation will end if this tone continues.',
  'step.last_warning.g2': 'Say it once, calmly, as information rather than a threat.',
  'say.last_warning.line': 'If this continues in this tone, I will have to end our conversation.',
  'step.end_conversation.title': 'Tell them, then end the conversation',
  'step.end_conversation.g1': 'Tell the customer that you are ending the conversation now, and why.',
  'step.end_conversation.g2': 'Then end it calmly, without adding anything else.',
  'step.end_conversation.g3': 'The customer is flagged so whoever takes their next contact is prepared.',
  'say.end_conversation.line':
    'As I said, I am ending this conversation now because of the language used. You are welcome to contact us again when we can talk calmly.',
  'step.ignore_written.title': 'Written contact: you may leave the abuse unanswered',
  'step.ignore_written.g1': 'In a letter or an e-mail you do not have to answer vulgar or insulting words.',
  'step.ignore_written.g2': 'Reply only to the substance of the complaint, in your usual courteous tone.',
  'step.ignore_written.g3': 'If the complaint is serious, offer to talk it through rather than trading more messages.',
  'say.ignore_written.open': 'Thank you for writing to us. I have looked into each point you raised.',
  'say.ignore_written.meet': 'Would it help to talk this through? I can call you at a time that suits you.',

  // HELP (field guide §2) and confident communication (§11, §12)
  'step.empathise.title': 'Empathise and apologise, and mean it',
  'say.empathise.sorry': 'I would be frustrated too, and I am sorry this happened.',
  'say.empathise.point': 'You have a point, and I apologise for the trouble it has caused.',
  'say.ctype.waiting': 'Sorry to keep you waiting. How can I help?',
  'step.lead.title': 'Lead them to a resolution',
  'step.lead.g1': 'Ask what would put it right for them.',
  'step.lead.g2': 'If they ask for something you cannot give, say what you can do instead.',
  'step.lead.g3': 'Take charge: say what will be done, when, and by whom.',
  'say.lead.ask': 'What can I do to put this right for you?',
  'say.lead.instead_dont_know': 'Could you hold for a minute? I will do my best to find out.',
  'say.lead.restate': 'So, to confirm: … will be done by …, and … will take care of it. Is that right?',
  'step.alternative.title': 'Offer what you can do',
  'step.alternative.g1': 'Be honest that the request cannot be met, and offer the nearest thing you can.',
  'step.alternative.g2': 'If you were wrong, apologise graciously. If you were right, do not rub it in.',
  'say.alternative.cannot': 'I cannot do that, but what I can do is this: …',
  'say.alternative.instead_kind': 'That request is hard for us to meet, but here is what we can do.',
  'say.alternative.misunderstanding': 'I think there may be a misunderstanding: what we offer is …',
  'say.alternative.instead_wrong': 'You have a point. Still, I am afraid we cannot do that, because …',
  'step.provide.title': 'Do what you promised',
  'step.provide.g1': 'Carry out what you committed to, or hand it to the person who will, by name.',
  'step.provide.g2': 'Tell them when to expect it, and follow up when it is done.',
  'say.provide.next': 'Here is what happens next: … by … I will let you know when it is done.',
  'say.senior.instead_dont_come_back': 'I am sorry you feel that way about our service. Please let me help you.',

  // Escalation (field guide §4)
  'step.senior.title': 'They want someone senior: that is fine',
  'step.senior.g1': 'Escalating is not failing; good service is a team effort.',
  'step.senior.g2': 'Your supervisor has been paged. Tell the customer what happens next.',
  'step.senior.g3': 'Keep listening while you wait, and note the details so they need not repeat them.',
  'say.senior.bring':
    'I understand. I am bringing in my supervisor now. While we wait, may I note the details so you do not have to repeat them?',
  'step.handover.title': 'Hand over to someone more experienced',
  'step.handover.g1': 'Someone else knows this kind of case better. Bringing them in is the professional choice.',
  'step.handover.g2': 'Brief your colleague so the customer does not have to start again.',
  'say.handover.colleague': 'I am bringing in a colleague who knows this area best, so you get the right answer.',

  // Threats (field guide §7)
  'step.threat_legal.title': 'A legal threat: record it, report it, carry on',
  'step.threat_legal.g1': 'Do not take it personally. What the customer does next is not in your control.',
  'step.threat_legal.g2': 'It has been reported to the legal team with the time. Keep a note of exactly what was said.',
  'step.threat_legal.g3': 'Keep listening patiently and keep trying to solve the problem.',
  'say.threat_legal.right':
    'I understand you are considering that, and it is your right. In the meantime I would still like to help put this right.',
  'step.threat_physical.title': 'A physical threat: your safety first',
  'step.threat_physical.g1': 'Security and your supervisor have been alerted as critical.',
  'step.threat_physical.g2': 'Face to face and feeling unsafe? Move away from the customer and wait for security.',
  'step.threat_physical.g3': 'Do not argue or challenge. If it is safe, keep calm and keep listening.',
  'step.threat_physical.g4': 'Note exactly what was said and when. The record is kept for the legal team.',
  'say.threat_physical.calm': 'I want to help you, and we both need to stay calm for me to do that.',
  'step.end_safely.title': 'End the contact safely',
  'step.end_safely.g1': 'Tell the customer that you are ending the conversation now.',
  'step.end_safely.g2': 'Then end it. Face to face, leave the area and wait with a colleague.',
  'say.end_safely.line': 'I am ending this conversation now. Our security team has been informed.',

  // Choices
  'choice.calmed': 'They have calmed down',
  'choice.keeps_swearing': 'They keep swearing',
  'choice.keeps_insulting': 'They keep insulting me',
  'choice.getting_abusive': 'They are getting abusive',
  'choice.written_ignore': 'It is written: leave the abuse unanswered',
  'choice.stopped': 'They stopped',
  'choice.carried_on': 'They carried on',
  'choice.someone_else': 'Someone more experienced should take this',
  'choice.told_and_ended': 'I told them and ended the conversation',
  'choice.apologised': 'They apologised: carry on helping',
  'choice.replied_substance': 'Replied to the substance; abuse left unanswered',
  'choice.needs_work': 'The problem itself needs working on',
  'choice.to_resolution': 'Move on to a resolution',
  'choice.agreed': 'We agreed what to do',
  'choice.impossible_request': 'They want something we cannot do',
  'choice.beyond_me': 'This is beyond what I can decide',
  'choice.accepted': 'They accepted',
  'choice.insist_senior': 'They insist on someone senior',
  'choice.resolved': 'Resolved',
  'choice.not_satisfied': 'Still not satisfied: wants someone senior',
  'choice.supervisor_took_over': 'The supervisor took over',
  'choice.accepted_my_help': 'They accepted my help after all',
  'choice.colleague_took_over': 'A colleague took over',
  'choice.carried_on_myself': 'I carried on myself',
  'choice.security_took_over': 'Security or my supervisor took over',
  'choice.calmed_carry_on': 'They calmed down: carry on',
  'choice.ending_contact': 'It continues: I am ending the contact',
  'choice.still_senior': 'They still want someone senior',
  'choice.let_me_help': 'They will let me help',

  // Always-available actions
  'action.worse': 'Customer getting worse',
  'action.better': 'Customer calmer',
  'action.supervisor': 'I need a supervisor',
  'action.close': 'Close',
  'action.threat_physical': 'They threatened violence',
  'action.threat_legal': 'They threatened legal action',
  'action.complexity': 'Problem complexity',
  'reason.customer_insists': 'The customer insists on someone senior',
  'reason.more_experienced': 'Someone else is more experienced with this',
  'reason.agent_request': 'The agent has reached their limit',
  'reason.physical_threat': 'A physical threat always pages at once',
  'reason.limit': 'Limit reached ({limit}): {value}, limit {max}',
  'limit.minutes': 'Time with this customer',
  'limit.hostility': 'Hostility',
  'limit.complexity': 'Complexity',

  // Meters and summaries
  'view.header': '{kind} · {channel}',
  'view.meters':
    'Hostility {hostility}/5 (your limit {hostilityMax}) · Complexity {complexity}/5 (limit {complexityMax}) · {minutes} min (limit {minutesMax}) · Warnings {warnings}',
  'view.say_instead': 'You could say',
  'view.closed': 'Session closed: {outcome}.',
  'view.suggestion': 'Suggested from what the customer said: {kind}. Confirm it, or pick the right kind.',
  'view.no_suggestion':
    'Nothing in what the customer said matched a kind; started as angry or abusive. Pick the right kind if it fits better.',
  'view.suggestion_threat':
    'Possibly a physical threat in what the customer said. Nobody has been alerted yet: if it is a threat, confirm it or use “{action}” to alert your supervisor and security.',
  'view.evidence': 'Why: {evidence}',
  'action.confirm_kind': 'Yes, that is right',
  'action.change_kind': 'Change the kind',

  // Notices to the agent
  'notice.paged': 'Your supervisor has been paged: {reason}.',
  'notice.paged_critical': 'CRITICAL: security and your supervisor have been alerted: {reason}.',
  'notice.threat_reported': 'Reported to {to} with the time and your session record.',
  'notice.flagged': 'The customer has been flagged ({kind}) so the next agent is prepared.',
  'notice.acknowledged': '{by} has acknowledged your page and is on the way.',
  'notice.already_paged': 'Your supervisor was already paged for this; the page stands.',
  'notice.decompress':
    'That was a hard contact. Before the next one: take three slow breaths, talk to someone if you can, and take a short break if you need it. Nothing here is compulsory.',
  'to.security': 'security',
  'to.legal': 'the legal team',

  // Pages and reports, as a supervisor / security / legal receives them
  'page.title': 'Holdline page: {agent} needs a supervisor',
  'page.title_critical': 'CRITICAL Holdline page: {agent} reports a physical threat',
  'page.body': '{kind} (contact: {channel}). {reason}. {minutes} min with the customer, hostility {hostility}/5.',
  'page.customer': 'Customer {hint}.',
  'report.title': 'Holdline threat report for {to}',
  'report.body':
    '{kind} reported by {agent} at {time} (session {session}, {channel}). The session timeline is kept as the record.',

  // Limits
  'limits.title': 'Your personal limits',
  'limits.current': 'Time with one customer: {minutes} min · Hostility: {hostility}/5 · Complexity: {complexity}/5',
  'limits.saved': 'Your limits are saved. They apply from your next contact.',
  'limits.minutes_prompt': 'Minutes with one customer before a supervisor steps in (1–480)',
  'limits.hostility_prompt': 'Highest customer hostility you will handle (1–5)',
  'limits.complexity_prompt': 'Highest problem complexity you will handle (1–5)',

  // Terminal adapter
  'console.welcome': 'Holdline, in the terminal. Agent: {agent}. Type ? at any time for help.',
  'console.resume': 'You have an open session from {time}. Carrying on with it.',
  'console.idle_prompt': 'Press Enter to start guidance for a difficult contact, l to set your limits, q to quit.',
  'console.pick_kind': 'What is the customer doing?',
  'console.pick_channel': 'How are they in contact?',
  'console.customer_prompt': 'Customer reference (e-mail, phone or account id), or Enter to skip',
  'console.said_prompt':
    'What did the customer say? (optional: read for threats and abuse, never stored; Enter to skip)',
  'console.suggested': 'suggested',
  'console.possible_threat':
    'Possibly a physical threat (nobody alerted yet). Enter confirms it: your supervisor and security are alerted.',
  'console.enter_accepts': 'Enter accepts the suggestion, or type a number',
  'console.pick_number': 'Choose a number from 1 to {max}.',
  'console.unknown': 'I did not understand "{input}". Type ? for the commands.',
  'console.help':
    'Numbers pick a choice. y = confirm the suggested kind, k = change the kind, w = customer worse, b = calmer, s = I need a supervisor, v = they threatened violence, g = they threatened legal action, c 1-5 = problem complexity, f = flag the customer, x = close, l = limits, q = quit (the session stays open).',
  'console.pick_reason': 'Why do you need a supervisor?',
  'console.pick_outcome': 'How did the contact end?',
  'console.goodbye': 'Goodbye.',
  'console.goodbye_open': 'Goodbye. Your open session is kept; start Holdline again to carry on.',

  // Errors the user sees (coded errors, see src/engine/errors.ts)
  'error.session_closed': 'This session is already closed. Start a new one with /complaint.',
  'error.unknown_choice': 'That choice is not part of this step. Pick one of the options shown.',
  'error.choice_unavailable': 'That option is not available right now. Pick one of the options shown.',
  'error.invalid_value': 'That value is out of range. {detail}',
  'error.outcome_not_allowed': 'That outcome does not fit this session: {detail}',
  'error.stale': 'This step has moved on since that button was shown. The current step is below.',
  'error.not_yours': 'This session belongs to another agent.',
  'error.not_found': 'That session no longer exists.',
  'error.text_too_long': 'That text is too long ({length} characters; the most is {max}). Please shorten it.',
  'error.store_unavailable':
    'Holdline cannot reach its database right now. Nothing you recorded is lost; please try again in a moment.',
  'error.internal': 'Something went wrong on our side. Nothing you recorded is lost; please try again.',
  'error.already_open': 'You already have an open session. Close it before starting a new one.',
} as const;
