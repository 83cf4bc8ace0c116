/**
 * Check-ins, breaks and the care outbox (decompression, issue 7). Anonymous check-ins live in their
 * own table with no agent column and no time finer than the ISO week (see docs/checkins.md).
 */
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Named and private check-ins: the agent's own history. `note` is the agent's own words, never logged. */
export const checkins = pgTable(
  'checkins',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id').notNull(),
    visibility: text('visibility').notNull(),
    mood: integer('mood').notNull(),
    note: text('note'),
    day: text('day').notNull(),
    week: text('week').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('checkins_team_week').on(t.teamId, t.week), index('checkins_agent').on(t.agentId, t.createdAt)],
);

/** Anonymous check-ins: team, ISO week and mood only. No agent, no timestamp, no note (it was only posted). */
export const anonymousCheckins = pgTable(
  'anonymous_checkins',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull(),
    week: text('week').notNull(),
    mood: integer('mood').notNull(),
  },
  (t) => [index('anonymous_checkins_team_week').on(t.teamId, t.week)],
);

/**
 * Who contributed anonymously in a team-week, as a keyed hash, written in a separate transaction from
 * the post and linking to no post: it only lets the digest count distinct people for the ≥3 rule.
 */
export const anonymousContributors = pgTable(
  'anonymous_contributors',
  {
    teamId: text('team_id').notNull(),
    week: text('week').notNull(),
    token: text('token').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.week, t.token] })],
);

/** Breaks the agent asked for: a durable timer, fired by the runner (also after a restart). */
export const breaks = pgTable(
  'breaks',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id').notNull(),
    surface: text('surface').notNull(),
    minutes: integer('minutes').notNull(),
    endsAt: ts('ends_at').notNull(),
    status: text('status').notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: ts('claimed_until'),
    createdAt: ts('created_at').notNull(),
    firedAt: ts('fired_at'),
  },
  (t) => [index('breaks_pending').on(t.status, t.endsAt)],
);

/**
 * Care effects waiting to be carried out (pings, posts, nudges, reminders). A queue, not a record:
 * a row is deleted once delivered, so an anonymous post's exact time does not outlive its delivery.
 * Deterministic ids make "once per check-in" and "once per shift" hold under retries and races.
 */
export const careOutbox = pgTable(
  'care_outbox',
  {
    id: text('id').primaryKey(),
    surface: text('surface').notNull(),
    type: text('type').notNull(),
    effect: jsonb('effect').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    availableAt: ts('available_at').notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: ts('claimed_until'),
    lastError: text('last_error'),
  },
  (t) => [index('care_outbox_pending').on(t.status, t.availableAt)],
);

/** Nudges already sent, by deterministic key (low:<checkin>, hard:<agent>:<shift>), so each is sent once. */
export const careNudges = pgTable('care_nudges', {
  key: text('key').primaryKey(),
  createdAt: ts('created_at').notNull(),
});
