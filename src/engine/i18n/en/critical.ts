/** English catalogue: the critical moment (issue 14): repeated threats, emergency guidance, hand-overs, closed contacts. */
export const critical = {
  'notice.threat_repeated_paged':
    'The threat is recorded again, with its time, and your supervisor is paged again (critical).',
  'notice.threat_repeated_recorded': 'The threat is recorded again, with its time.',
  'page.threat_repeated': 'Threat repeated at {times}.',
  'outcome.ended_for_safety': 'Ended for safety',
  'detail.safety_only': 'ending for safety is for a contact with a physical threat.',
  'emergency.in_person':
    'If anyone is in immediate danger: move away from the customer to a safe place, then call {number}.',
  'emergency.phone': 'If anyone is in immediate danger: end the call safely, then call {number} and say what you know.',
  'emergency.remote': 'If anyone may be in immediate danger, call {number} and say what you know.',
  'emergency.default_number': 'your local emergency number',
  'step.end_conversation.g3_unflagged':
    'No customer reference was given, so nobody is flagged: note the contact in your usual system.',
  'notice.handed_over':
    '{by} is taking over this contact. Stay with the customer until they join you (on the phone: transfer the call to them); the session is closed as handed over.',
  'page.update_closed': 'The agent closed this contact at {time}. Nothing more to do.',
  'page.contact_closed': 'Contact closed at {time} by the agent; this physical threat still needs an answer.',
  'console.back': 'Back',
  'console.pick_number_or_back': 'Choose a number from 1 to {max}. 0 goes back.',
  'console.too_long_again':
    'That is too long ({length} characters; the most is {max}). Type it again, shorter; nothing else is lost.',
  'console.suggestion_keys': '[y = yes, k = change]',
  'console.page_tag': 'PAGE',
  'console.page_update_tag': 'PAGE UPDATE',
  'console.report_tag': 'REPORT',
  'notice.about_contact': '(about the {channel} contact started {time}{customer})',
} as const;
