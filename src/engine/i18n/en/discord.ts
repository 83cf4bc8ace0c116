/** English catalogue: what the Discord adapter shows (slash commands, buttons, modal, DM pointers). */
export const discord = {
  // Slash command definitions (names are fixed; descriptions are shown in Discord's command picker)
  'discord.cmd.complaint': 'Get step-by-step guidance for a difficult contact',
  'discord.cmd.complaint.kind': 'What is the customer doing?',
  'discord.cmd.complaint.customer': 'Customer reference (e-mail, phone or account id); stored only as a keyed hash',
  'discord.cmd.complaint.channel': 'How is the customer in contact?',
  'discord.cmd.complaint.said': 'What they said (optional; checked for length, never stored)',
  'discord.cmd.limits': 'See and set your personal limits',
  'discord.cmd.holdline': 'Holdline',
  'discord.cmd.holdline.help': 'How Holdline works on Discord',

  // Replies
  'discord.started_dm': 'Your guidance is in your direct messages with me: {link}',
  'discord.resumed_dm': 'You already have an open session; it carries on in your direct messages: {link}',
  'discord.cannot_dm':
    'I cannot send you direct messages, and long contacts continue there. Allow direct messages from server members (Privacy settings), then try /complaint again.',
  'discord.bad_option': 'The option "{option}" is missing or not one of the offered values. Please pick from the list.',
  'discord.unknown_button':
    'I do not recognise that button. It may come from an older version of Holdline; use /complaint to start again.',
  'discord.unknown_command': 'I do not know that command. Type /holdline help to see what I can do.',
  'discord.malformed': 'That request arrived incomplete, so nothing was done. Please try again.',
  'discord.back': 'Back',
  'discord.pick_reason': 'Why do you need a supervisor?',
  'discord.pick_outcome': 'How did the contact end?',
  'discord.limits.problem': '{field}: enter a whole number from {min} to {max}.',
  'discord.limits.problems': 'Your limits were not saved:',
  'discord.limits.edit_again': 'Edit my limits',
  'discord.no_escalation_channel':
    'No escalation channel is configured for Discord, so this was NOT sent to anyone: {what}. Tell your supervisor directly.',
  // Pages to supervisors (adapters/discord/pages.ts, listeners/page-button.ts)
  'discord.page.ack': 'Acknowledge',
  'discord.page.take': 'Take over',
  'discord.page.outcome': 'Holdline page for {agent}',
  'discord.page.taken': 'You have taken over. {agent} has been told you are coming.',
  'discord.help':
    '/complaint starts guidance for a difficult contact: pick what the customer is doing, how they are in contact and their reference. The steps come to your direct messages, with buttons for each choice and for: customer worse or calmer, I need a supervisor, they threatened violence or legal action, and close. /limits sets your personal limits (time, hostility, complexity). Pages and threat reports go to your team’s escalation channel.',
} as const;
