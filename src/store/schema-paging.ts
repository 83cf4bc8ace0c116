/** Paging: escalations (with their frozen policy), their history, and the delivery journal. */
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row per escalation. `state` is the engine's Escalation, policy snapshot included. */
export const escalations = pgTable(
  'escalations',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').notNull(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id'),
    status: text('status').notNull(),
    severity: text('severity').notNull(),
    reason: text('reason').notNull(),
    version: integer('version').notNull(),
    state: jsonb('state').notNull(),
    startedAt: ts('started_at').notNull(),
    acknowledgedAt: ts('acknowledged_at'),
    acknowledgedBy: text('acknowledged_by'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('escalations_session').on(t.sessionId), index('escalations_team').on(t.teamId, t.startedAt)],
);

/** Every page, re-notification, escalation, acknowledgement and exhaustion, with its time. */
export const escalationEvents = pgTable(
  'escalation_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    escalationId: text('escalation_id').notNull(),
    teamId: text('team_id'),
    type: text('type').notNull(),
    level: integer('level').notNull(),
    round: integer('round').notNull(),
    by: text('by'),
    at: ts('at').notNull(),
  },
  (t) => [index('escalation_events_escalation').on(t.escalationId)],
);

/**
 * The delivery journal, keyed by effect id: written (committed) before a page goes to the platform and
 * marked sent after. A row still 'sending' after a crash means "maybe sent": the adapter is asked.
 */
export const deliveries = pgTable('deliveries', {
  effectId: text('effect_id').primaryKey(),
  status: text('status').notNull(),
  owner: text('owner').notNull(),
  /** The platform's reference for what was sent (Slack ts, Discord message id), for later edits. */
  ref: text('ref'),
  attempts: integer('attempts').notNull().default(1),
  startedAt: ts('started_at').notNull(),
  sentAt: ts('sent_at'),
});
