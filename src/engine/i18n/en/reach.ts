/** English catalogue: who a page could not reach (per-recipient delivery, docs/paging.md). */
export const reach = {
  /** Who acknowledged, in an agent's notice, when they are on another chat service (never a raw id). */
  'notice.a_supervisor': 'A supervisor',
  'slack.dm_unwritable_here':
    'I could not write to our direct messages in Slack, so your guidance is here instead (only you can see it). Its buttons work here. If this keeps happening, ask your Slack admin whether Holdline may send you direct messages.',
  'discord.dm_closed_here':
    'I cannot send you direct messages, so your guidance is here instead (only you can see it). To get it in your DMs next time: open this server’s menu → Privacy Settings and turn on Direct Messages.',
  'page.unreachable': 'Could not reach {who}: {why}.',
  'page.unreachable.dm_closed': 'DMs closed',
  'page.unreachable.not_found': 'account not found or deactivated',
  'page.unreachable.no_access': 'Holdline may not post there',
  'page.unreachable.no_channel': 'a group is only mentioned in a channel, and this page has none',
  'page.unreachable.failing': 'the chat service kept failing',
} as const;
