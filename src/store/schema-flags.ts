import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Customer flags (field guide §5). Only the keyed hash and a masked hint identify the customer;
 * rows are deleted when they expire (the runner purges them) or when a supervisor removes them.
 */
export const flags = pgTable(
  'flags',
  {
    id: text('id').primaryKey(),
    customerKey: text('customer_key').notNull(),
    hint: text('hint').notNull(),
    kind: text('kind').notNull(),
    teamId: text('team_id'),
    agentId: text('agent_id').notNull(),
    sessionId: text('session_id'),
    note: text('note'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [
    // Covers the start-of-session summary (key, unexpired, kind, when, team) so it is an index-only scan.
    index('flags_customer').on(t.customerKey, t.expiresAt, t.kind, t.createdAt, t.teamId),
    index('flags_expires').on(t.expiresAt),
  ],
);

/** Removals of flags: who, when, which flag, why. Kept after the flag is gone. */
export const flagAudit = pgTable('flag_audit', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  flagId: text('flag_id').notNull(),
  action: text('action').notNull(),
  kind: text('kind').notNull(),
  by: text('by').notNull(),
  reason: text('reason').notNull(),
  at: ts('at').notNull(),
});
