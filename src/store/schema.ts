import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Agents' own settings: personal limits and language. */
export const agents = pgTable('agents', {
  id: text('id').primaryKey(),
  teamId: text('team_id'),
  locale: text('locale'),
  limitMinutes: integer('limit_minutes'),
  limitHostility: integer('limit_hostility'),
  limitComplexity: integer('limit_complexity'),
  updatedAt: ts('updated_at').notNull(),
});

/** One row per contact. `state` is the engine's Session; the columns beside it are for queries. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id'),
    surface: text('surface').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    outcome: text('outcome'),
    customerKey: text('customer_key'),
    version: integer('version').notNull(),
    state: jsonb('state').notNull(),
    surfaceRef: jsonb('surface_ref'),
    startedAt: ts('started_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    closedAt: ts('closed_at'),
  },
  (t) => [
    index('sessions_agent_status').on(t.agentId, t.status),
    index('sessions_customer').on(t.customerKey),
    // The weekly digest reads a team's sessions by start (8 weeks for the scorecard and chart); the
    // supervisor's board reads a team's open sessions on every change (a small partial index).
    index('sessions_team_started').on(t.teamId, t.startedAt),
    index('sessions_team_open').on(t.teamId).where(sql`${t.status} = 'open'`),
  ],
);

/** The effect outbox: written in the same transaction as the session change, delivered after commit. */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    /** Insertion order: a session's effects are delivered in the order the engine produced them. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    sessionId: text('session_id').notNull(),
    surface: text('surface').notNull(),
    type: text('type').notNull(),
    effect: jsonb('effect').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    availableAt: ts('available_at').notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: ts('claimed_until'),
    createdAt: ts('created_at').notNull(),
    deliveredAt: ts('delivered_at'),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_pending').on(t.status, t.availableAt), index('outbox_session').on(t.sessionId)],
);

/** Durable timers (time limits now; re-notification and breaks later). Fired by the runner, also after a restart. */
export const timers = pgTable(
  'timers',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').notNull(),
    /** What firing does: 'time_check' (a session's time limit) or 'escalation' (re-notify / next level). */
    kind: text('kind').notNull().default('time_check'),
    /** What the timer is about beyond the session, e.g. { escalationId }. */
    payload: jsonb('payload'),
    status: text('status').notNull(),
    dueAt: ts('due_at').notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: ts('claimed_until'),
    createdAt: ts('created_at').notNull(),
    firedAt: ts('fired_at'),
  },
  (t) => [index('timers_pending').on(t.status, t.dueAt)],
);

/** Idempotency keys of handled requests (Slack retries, Discord duplicate deliveries, double clicks). */
export const processedRequests = pgTable('processed_requests', {
  key: text('key').primaryKey(),
  /** What the first request produced (a session id), so a repeat can answer with the same thing. */
  ref: text('ref').notNull(),
  createdAt: ts('created_at').notNull(),
});
export * from './schema-access.ts';
export * from './schema-checkins.ts';
export * from './schema-flags.ts';
export * from './schema-paging.ts';
export * from './schema-practice.ts';
export * from './schema-statements.ts';
