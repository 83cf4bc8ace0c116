/** English catalogue: paging supervisors (escalation policies, acknowledgements, the team file). */
export const paging = {
  'notice.page_exhausted':
    'Nobody has acknowledged your page yet and every level has been tried. Call your supervisor or team lead directly.',
  'notice.page_no_policy':
    'No supervisor is configured for your team in Holdline, so nobody could be paged. Call your supervisor or team lead directly.',
  'notice.page_failing':
    'Your page is not getting through to {surface} ({attempts} attempts so far). Holdline keeps trying; call your supervisor directly.',
  'notice.page_failed':
    'Holdline could not deliver your page to {surface} and has stopped trying. Call your supervisor directly now.',
  'page.renotify': 'Reminder {round}: still unacknowledged.',
  'page.level': 'Escalated to level {level}: the previous level did not acknowledge.',
  'page.level_renotify': 'Level {level}, reminder {round}: still unacknowledged.',
  'page.ack_hint': 'Acknowledge: ack {escalation} <your id>',
  'page.update_acknowledged': 'Acknowledged by {by}.',
  'page.update_taken_over': 'Taken over by {by}.',
  'page.update_exhausted': 'Nobody acknowledged this page; every level was tried. The agent has been told.',
  'error.not_a_supervisor': 'Only a supervisor named in this escalation policy may acknowledge or take over this page.',
  'error.escalation_not_found': 'No page matches "{detail}". Check the id shown on the page.',
  'error.escalation_ambiguous': 'More than one page starts with "{detail}". Type more of the id.',
  'ack.done': 'Acknowledged. {agent} has been told you are coming.',
  'ack.already': 'This page was already answered by {by}.',
  'console.ack_usage': 'Usage: ack <page id> <your supervisor id>, e.g. ack 3f2a console:sam',
} as const;
