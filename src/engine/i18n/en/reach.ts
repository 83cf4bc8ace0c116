/** English catalogue: who a page could not reach (per-recipient delivery, docs/paging.md). */
export const reach = {
  /** Who acknowledged, in an agent's notice, when they are on another chat service (never a raw id). */
  'notice.a_supervisor': 'A supervisor',
  'page.unreachable': 'Could not reach {who}: {why}.',
  'page.unreachable.dm_closed': 'DMs closed',
  'page.unreachable.not_found': 'account not found or deactivated',
  'page.unreachable.no_access': 'Holdline may not post there',
  'page.unreachable.no_channel': 'a group is only mentioned in a channel, and this page has none',
  'page.unreachable.failing': 'the chat service kept failing',
} as const;
