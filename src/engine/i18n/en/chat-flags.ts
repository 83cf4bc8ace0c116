/**
 * English catalogue: customer flags and the language choice in the chat adapters (`/flag`, `/language`
 * in Slack and Discord; issues #6 and #8). The supervisors' errors and the flag kinds are in flags.ts.
 */
export const chatFlags = {
  // /flag (agents)
  'chat.flag.usage':
    '*/flag <kind> [note]* flags the customer of your open session. Kinds: {kinds}. The note (at most {max} characters) is for supervisors only.\nSupervisors: */flag lookup <customer reference>* lists a customer’s flags with notes; */flag remove <flag id> <reason>* removes one.',
  'chat.flag.no_session':
    'You have no open session, so there is no customer to flag. Flag during the contact, before you close the session.',
  'chat.flag.done': 'The customer is flagged for {kind}. The next agent who handles them will be told.',
  'chat.flag.done_note': 'Your note is kept for supervisors only.',
  // /flag lookup and /flag remove (supervisors)
  'chat.flag.lookup_usage': 'Give the customer reference: /flag lookup <e-mail, phone or account id>.',
  'chat.flag.remove_usage':
    'Give the flag id and a reason: /flag remove <flag id> <reason>. The reason is kept in the audit log.',
  'chat.flag.lookup_header': 'Unexpired flags for {hint}: {count} ({kinds}).',
  'chat.flag.kind_count': '{kind} ×{count}',
  'chat.flag.lookup_line': '{kind} · {date} · {team} · id {id}',
  'chat.flag.lookup_note': 'Note: {note}',
  'chat.flag.more': 'Older flags not shown here: {count}.',

  // /language
  'chat.language.current':
    'Your language: {language} ({how}). Choices: {choices}. Type /language <code> to change it, /language auto to go back to automatic.',
  'chat.language.own': 'your own choice',
  'chat.language.automatic': 'automatic',

  // Discord command definitions (descriptions in the command picker, at most 100 characters)
  'discord.cmd.flag': 'Flag the customer of your open session; supervisors look up and remove flags',
  'discord.cmd.flag.add': 'Flag the customer of your open session',
  'discord.cmd.flag.kind': 'What did the customer do?',
  'discord.cmd.flag.note': 'A short note for supervisors only (optional)',
  'discord.cmd.flag.lookup': 'A customer’s flags with notes (supervisors only)',
  'discord.cmd.flag.customer': 'Customer reference (e-mail, phone or account id); never stored in clear',
  'discord.cmd.flag.remove': 'Remove a flag; the reason is kept in the audit log (supervisors only)',
  'discord.cmd.flag.id': 'The flag id, from /flag lookup',
  'discord.cmd.flag.reason': 'Why the flag is removed',
  'discord.cmd.language': 'Show or choose the language Holdline speaks to you',
  'discord.cmd.language.code': 'Your language, or automatic (your Discord language, else the team default)',
  'discord.cmd.language.auto': 'Automatic',
} as const;
