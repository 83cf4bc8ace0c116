/** Every row of every Holdline table as JSON: for privacy tests ("no clear reference anywhere") and support. */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './drizzle-store.ts';

// PGlite and node-postgres both answer execute() with { rows }; the shared Db type leaves it unknown.
const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> => ((await db.execute(query)) as { rows: T[] }).rows;

export async function dumpTables(db: Db): Promise<Record<string, unknown[]>> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = await rowsOf(db, sql`select * from ${sql.identifier(name)}`);
  return out;
}
