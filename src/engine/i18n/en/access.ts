/** English catalogue: who may do what (issue 18): refusals at the boundary, membership. */
export const access = {
  'audit.summary': 'Who looked up, exported or removed flags and answered pages, newest first.',
  'audit.usage': 'Usage: holdline audit [--days N] [--by <person>]',
  'audit.none': 'No audit records in the last {days} days (or fewer).',
  'error.page_elsewhere':
    'This page was not sent to the terminal. The terminal answers only its own pages, as a terminal supervisor (console:…); answer this one where it was sent.',
  'error.not_a_member':
    'Holdline is only for the people in the team file, and you are not in it yet. Ask {who} to add you.',
  'slack.care.not_yours':
    'These buttons belong to an offer made to someone else (or to an older offer). Your own check-in is always one /checkin away.',
  'discord.care.not_yours':
    'These buttons belong to an offer made to someone else (or to an older offer). Your own check-in is always one /checkin away.',
  'slack.workspace_not_allowed':
    'Holdline is not enabled for this Slack workspace. Ask your Holdline administrator to add it.',
} as const;
