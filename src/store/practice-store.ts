/** PracticeStore over Drizzle: the practice_runs table only (issue 22). */
import { and, count, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import type { PracticeRunRow, PracticeStore } from '../ports-practice.ts';
import type { Db } from './drizzle-store.ts';
import { practiceRuns } from './schema.ts';

export class DrizzlePracticeStore implements PracticeStore {
  constructor(private readonly db: Db) {}

  async insertPracticeRun(row: PracticeRunRow): Promise<void> {
    await this.db
      .insert(practiceRuns)
      .values({ ...row, createdAt: new Date(row.createdAt) })
      .onConflictDoNothing();
  }

  async practiceRunsOf(agentId: string, limit: number): Promise<PracticeRunRow[]> {
    const rows = await this.db
      .select()
      .from(practiceRuns)
      .where(eq(practiceRuns.agentId, agentId))
      .orderBy(desc(practiceRuns.createdAt))
      .limit(limit);
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.getTime() }));
  }

  async countTeamPractice(teamId: string | null, from: number, to: number): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(practiceRuns)
      .where(
        and(
          teamId === null ? isNull(practiceRuns.teamId) : eq(practiceRuns.teamId, teamId),
          gte(practiceRuns.createdAt, new Date(from)),
          lt(practiceRuns.createdAt, new Date(to)),
        ),
      );
    return Number(row?.n ?? 0);
  }
}
