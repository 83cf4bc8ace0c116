/**
 * English catalogue, customer flags (field guide §5): prior flags at a glance, the agent's flag
 * action, the supervisors' commands and their errors.
 */
export const flags = {
  'flags.kind.vulgarity': 'vulgar language',
  'flags.kind.insult': 'insults',
  'flags.kind.legal_threat': 'legal threat',
  'flags.kind.physical_threat': 'physical threat',
  'flags.kind.hostility': 'hostility',

  // Prior flags on the first step of the next contact: counts and kinds, never notes.
  'flags.prior': 'Heads up: earlier flags on this customer ({total} in all): {kinds}.',
  'flags.prior_kind': '{kind} ×{count} (last {date}, {team})',
  'flags.team': 'team {team}',
  'flags.no_team': 'no team',

  // The agent's flag action
  'flags.action': 'Flag the customer',
  'flags.pick_kind': 'Flag the customer for what?',
  'flags.note_prompt': 'A short note for supervisors (at most 280 characters), or Enter to skip',
  'flags.already': 'The customer is already flagged for {kind} in this session.',

  // Supervisors' commands (holdline flags …)
  'flags.usage':
    'Usage: holdline flags lookup <reference> --by <person> | remove <flag-id> --reason "…" --by <person> | export <reference> --by <person> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  'flags.summary': 'Flags: lookup, remove or export a customer’s flags (supervisors only)',
  'flags.none': 'No unexpired flags for {hint}.',
  'flags.lookup_header': 'Unexpired flags for {hint}: {count}',
  'flags.lookup_line': '{id}  {kind}  {date}  by {agent} ({team}), session {session}, expires {expires}',
  'flags.lookup_note': '    note: {note}',
  'flags.removed': 'Flag {id} removed. The removal and its reason are kept in the audit log.',
  'flags.purged': 'Expired flags purged: {count}.',

  // Errors (coded, see src/app/errors.ts)
  'error.no_customer':
    'This session has no customer reference, so there is nobody to flag. Start the next session with one.',
  'error.not_supervisor':
    'Only a supervisor can look up, remove or export customer flags. Ask your supervisor if you need this.',
  'error.flag_not_found': 'There is no flag with that id (it may have expired or been removed).',
  'error.reason_required': 'Give a reason for removing the flag (--reason "…"); it is kept in the audit log.',
  'error.bad_reference': 'That is not a customer reference. Give an e-mail address, a phone number or an account id.',
  'error.bad_flag_kind': 'Unknown flag kind. Use one of: {kinds}.',
} as const;
