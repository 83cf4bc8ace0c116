/** Who did what (the audit log) and the database's own settings (the pepper's fingerprint). Issue 18. */
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per sensitive action: flag lookups, exports, removals, page acknowledgements and
 * take-overs, config reloads. Ids and counts only: never a note, a reference or a reason.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    /** The person (`slack:U1`, `console:amira`) or `system`. */
    actor: text('actor').notNull(),
    /** The operating-system user who ran a CLI command (the CLI's --by is checked, this is recorded too). */
    osUser: text('os_user'),
    action: text('action').notNull(),
    /** What it was about: a flag id, an escalation id, a team; never a customer reference. */
    subject: text('subject'),
    count: integer('count'),
    surface: text('surface'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_actor').on(t.actor, t.at)],
);

/** Key/value settings the database keeps about itself (e.g. `pepper_fingerprint`). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
