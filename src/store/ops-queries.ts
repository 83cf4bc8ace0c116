/**
 * What the ops listener reads from the database (src/ops/): a liveness query and the two counts behind
 * the outbox and session gauges. Both counts use the pending indexes or a small table; the ops module
 * caches them between scrapes, so a busy Prometheus cannot turn into database load.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './drizzle-store.ts';

export interface OpsCounts {
  /** Outbox rows waiting (pending) or given up (dead), by effect type; the care outbox under `care:<type>`. */
  readonly outbox: readonly { readonly kind: string; readonly status: 'pending' | 'dead'; readonly count: number }[];
  readonly openSessions: number;
}

const rowsOf = (r: unknown): Record<string, unknown>[] => (r as { rows: Record<string, unknown>[] }).rows;

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

export async function opsCounts(db: Db): Promise<OpsCounts> {
  const outbox = rowsOf(
    await db.execute(sql`
      select type as kind, status, count(*)::int as n from outbox where status in ('pending', 'dead') group by type, status
      union all
      select 'care:' || type, status, count(*)::int from care_outbox where status in ('pending', 'dead') group by type, status`),
  );
  const [open] = rowsOf(await db.execute(sql`select count(*)::int as n from sessions where status = 'open'`));
  return {
    outbox: outbox.map((r) => ({
      kind: String(r.kind),
      status: r.status === 'dead' ? 'dead' : 'pending',
      count: Number(r.n),
    })),
    openSessions: Number(open?.n ?? 0),
  };
}
