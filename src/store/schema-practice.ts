/**
 * Practice runs (issue 22): the only thing practice mode stores. No transcript, no page, no flag: the
 * score, what was practised and by whom, so an agent sees their own history and a supervisor a count.
 */
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const practiceRuns = pgTable(
  'practice_runs',
  {
    /** Derived from the agent and the run, so a repeated click on the last move stores it once. */
    id: text('id').primaryKey(),
    agentId: text('agent_id').notNull(),
    teamId: text('team_id'),
    kind: text('kind').notNull(),
    scenario: text('scenario').notNull(),
    locale: text('locale').notNull(),
    seed: integer('seed').notNull(),
    score: integer('score').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('practice_runs_agent').on(t.agentId, t.createdAt),
    index('practice_runs_team').on(t.teamId, t.createdAt),
  ],
);
