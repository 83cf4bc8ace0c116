/** StatementStore over Drizzle: the threat_statements table only (issue 20). */
import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { StatementRow, StatementStore, StatementThreat } from '../ports-statements.ts';
import type { Db } from './drizzle-store.ts';
import { threatStatements } from './schema.ts';

const at = (ms: number) => new Date(ms);

export class DrizzleStatementStore implements StatementStore {
  constructor(private readonly db: Db) {}

  async insertStatement(row: StatementRow): Promise<void> {
    await this.db
      .insert(threatStatements)
      .values({ ...row, createdAt: at(row.createdAt), expiresAt: at(row.expiresAt) });
  }

  async statementsOf(sessionId: string, now: number): Promise<StatementRow[]> {
    const rows = await this.db
      .select()
      .from(threatStatements)
      .where(and(eq(threatStatements.sessionId, sessionId), gt(threatStatements.expiresAt, at(now))))
      .orderBy(asc(threatStatements.createdAt));
    return rows.map((r) => ({
      ...r,
      threat: r.threat as StatementThreat,
      createdAt: r.createdAt.getTime(),
      expiresAt: r.expiresAt.getTime(),
    }));
  }

  async purgeExpiredStatements(now: number, limit: number): Promise<number> {
    const batch = this.db
      .select({ id: threatStatements.id })
      .from(threatStatements)
      .where(lte(threatStatements.expiresAt, at(now)))
      .limit(limit);
    const gone = await this.db
      .delete(threatStatements)
      .where(inArray(threatStatements.id, batch))
      .returning({ id: threatStatements.id });
    return gone.length;
  }
}
