/** English catalogue, Slack adapter entries (slash commands, modals, App Home, escalation channel). */
export const slack = {
  'slack.usage':
    '*/complaint* opens a short form for a difficult contact (you can add the customer reference and what they said: `/complaint jane@example.com they keep swearing`).\n*/complaint <kind> [channel] [reference]* starts at once; kinds: {kinds}; channels: {channels}.\n*/complaint help* shows this text. */limits* sets your personal limits. The guidance arrives in your direct messages with Holdline.',
  'slack.unknown_subcommand': 'I do not know "{input}".',
  'slack.start.title': 'Difficult contact',
  'slack.start.submit': 'Start guidance',
  'slack.cancel': 'Cancel',
  'slack.start.kind': 'What is the customer doing?',
  'slack.start.channel': 'How are they in contact?',
  'slack.start.reference': 'Customer reference (e-mail, phone or account id)',
  'slack.start.reference_hint':
    'Optional. Holdline keeps only a keyed hash and a masked hint, never the reference itself.',
  'slack.start.said': 'What they said',
  'slack.start.said_hint': 'Optional. Used only for this step and never stored.',
  'slack.limits.submit': 'Save',
  'slack.limits.invalid': 'Enter a whole number from {min} to {max}.',
  'slack.select.supervisor': 'I need a supervisor…',
  'slack.select.close': 'Close with outcome…',
  'slack.select.complexity': 'Problem complexity…',
  'slack.unknown_action':
    'Holdline does not know that button (it may come from an older message). Use the buttons on your latest Holdline message, or type /complaint help.',
  'slack.bad_value': 'Holdline could not read that button. Use the buttons on your latest Holdline message.',
  'slack.escalation_unconfigured':
    'Holdline could not send this to a supervisor: no escalation channel is configured. Please tell your supervisor directly now.',
  'slack.page.acknowledge': 'Acknowledge',
  'slack.page.take_over': 'Take over',
  'slack.page.take_done': 'You have taken over. {agent} has been told.',
  'slack.home.title': 'Holdline',
  'slack.home.limits': '*Your personal limits*\n{limits}',
  'slack.home.open':
    '*Your open session*\n{header}, started {time}: {title}. The guidance is in your direct messages with Holdline.',
  'slack.home.none_open': '*No open session.* Type /complaint when a contact turns difficult.',
  'slack.home.recent': '*Recent sessions*',
  'slack.home.recent_item': '{time} · {header} · {outcome}',
  'slack.home.no_recent': 'No sessions yet.',
  'slack.home.still_open': 'open',
} as const;
