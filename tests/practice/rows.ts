/** Row counts of every table, to prove a practice run wrote nothing real (only practice_runs). */
import { sql } from 'drizzle-orm';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';

export async function rowCounts(store: DrizzleStore): Promise<Record<string, number>> {
  const db = (store as unknown as { db: Db }).db;
  const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;
  const tables = rowsOf(
    await db.execute(sql`select tablename as t from pg_tables where schemaname = current_schema() order by tablename`),
  ).map((r) => String(r.t));
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = rowsOf(await db.execute(sql.raw(`select count(*)::int as n from "${t}"`)));
    out[t] = Number(row?.n ?? 0);
  }
  return out;
}

/** The tables that hold any row. */
export const nonEmpty = (counts: Record<string, number>): string[] =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t]) => t)
    .sort();
