/**
 * Threat statements (issue 20, "The record legal needs"): what a customer said when they threatened
 * legal action or violence, written by the agent on purpose. The words are sealed with AES-256-GCM under
 * STATEMENT_KEY before they reach this table (src/privacy/statement-cipher.ts); only the key's id and the
 * sealed text are stored. Kept for STATEMENT_RETENTION_DAYS (expires_at), purged by the retention job.
 */
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const threatStatements = pgTable(
  'threat_statements',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').notNull(),
    teamId: text('team_id'),
    agentId: text('agent_id').notNull(),
    /** 'legal' or 'physical': the threat the statement is about. */
    threat: text('threat').notNull(),
    /** Which key sealed it (a fingerprint, never the key): rotation reads old rows with the previous key. */
    keyId: text('key_id').notNull(),
    /** `v1.<iv>.<tag>.<ciphertext>` (base64url); the clear text is never stored. */
    sealed: text('sealed').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('threat_statements_session').on(t.sessionId), index('threat_statements_expires').on(t.expiresAt)],
);
