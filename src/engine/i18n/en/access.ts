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
  'slack.guest_not_allowed':
    "Guest accounts can't use Holdline in this workspace. Ask your Slack workspace administrator for a full account, or your Holdline administrator to allow guests.",
  'discord.guild_not_allowed': 'Holdline is not enabled for this server. Ask your Holdline administrator to add it.',
  'discord.dm_not_member':
    "Holdline's commands work in a direct message only for members of the servers it serves, and I can't find you in one. Use the command in your team's server, or ask your Holdline administrator.",
  'pepper.summary': 'Rotate FLAG_PEPPER: re-key every stored customer key and contributor token (admins)',
  'pepper.usage':
    'Usage: holdline pepper rotate --from-env OLD_VAR --to-env NEW_VAR --by <admin> (both peppers are read from the environment variables you name, never typed on the command line)',
  'pepper.missing':
    'Set both peppers in the environment first: {from} (the current one) and {to} (the new one), each at least 16 characters.',
  'pepper.same': 'The old and the new pepper are the same; nothing to rotate.',
  'pepper.not_admin':
    "{by} may not rotate the pepper: it touches every team's data, so only an admin (admins: in the team file, or HOLDLINE_SUPERVISORS) may.",
  'pepper.wrong_from': 'The pepper in {from} is not the one this database uses; nothing was changed.',
  'pepper.rotated':
    'Done. Rows re-keyed: flags {flags}, sessions {sessions}, contributor tokens {contributors}. New fingerprint {fingerprint}. Start every instance with FLAG_PEPPER set to the value of {env}.',
  'pepper.no_fingerprint':
    'This database has not recorded its pepper yet, so the one in {from} cannot be checked. Start Holdline (or run any holdline flags command) once with the current FLAG_PEPPER, then rotate.',
} as const;
