/**
 * SQL for customer flags, shared by the transaction (insert, summary at session start) and the store
 * (supervisor lookups, removal with audit, retention purge).
 */
import { and, desc, eq, gt, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { FlagKind, PriorFlags, Session } from '../engine/index.ts';
import type { FlagAudit, FlagRecord } from '../ports.ts';
import type { Db } from './drizzle-store.ts';
import { flagAudit, flags, sessions } from './schema.ts';

const at = (ms: number) => new Date(ms);

/** Rows of these teams only (`teams` given: a team-scoped supervisor); an empty list matches nothing. */
const inTeams = (column: typeof flags.teamId | typeof sessions.teamId, teams: readonly string[] | undefined) =>
  teams === undefined ? undefined : teams.length === 0 ? sql`false` : inArray(column, [...teams]);

function toFlag(r: typeof flags.$inferSelect): FlagRecord {
  return {
    id: r.id,
    customerKey: r.customerKey,
    hint: r.hint,
    kind: r.kind as FlagKind,
    teamId: r.teamId,
    agentId: r.agentId,
    sessionId: r.sessionId,
    note: r.note,
    createdAt: r.createdAt.getTime(),
    expiresAt: r.expiresAt.getTime(),
  };
}

/** A failed query's message carries its parameters (the note); rethrow without them, keeping the code. */
function withoutParams(err: unknown): Error {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return Object.assign(new Error('writing a customer flag failed'), typeof code === 'string' ? { code } : {});
}

export async function insertFlag(db: Db, f: FlagRecord): Promise<void> {
  try {
    await db
      .insert(flags)
      .values({ ...f, createdAt: at(f.createdAt), expiresAt: at(f.expiresAt) })
      .onConflictDoNothing();
  } catch (err) {
    throw withoutParams(err);
  }
}

export async function flagSummary(db: Db, customerKey: string, now: number): Promise<PriorFlags | null> {
  // One grouped query (at most one row per kind), answered from the covering index.
  const rows = await db
    .select({
      kind: flags.kind,
      count: sql<number>`count(*)::int`,
      lastAt: sql<Date>`max(${flags.createdAt})`.mapWith(flags.createdAt),
      lastTeamId: sql<string | null>`(array_agg(${flags.teamId} order by ${flags.createdAt} desc))[1]`,
    })
    .from(flags)
    .where(and(eq(flags.customerKey, customerKey), gt(flags.expiresAt, at(now))))
    .groupBy(flags.kind);
  if (rows.length === 0) return null;
  const kinds = rows
    .map((r) => ({
      kind: r.kind as FlagKind,
      count: Number(r.count),
      lastAt: r.lastAt.getTime(),
      lastTeamId: r.lastTeamId,
    }))
    .sort((a, b) => b.lastAt - a.lastAt);
  return { total: kinds.reduce((n, k) => n + k.count, 0), kinds };
}

export async function flagsFor(
  db: Db,
  customerKey: string,
  now: number,
  limit: number,
  teams?: readonly string[],
): Promise<FlagRecord[]> {
  const rows = await db
    .select()
    .from(flags)
    .where(and(eq(flags.customerKey, customerKey), gt(flags.expiresAt, at(now)), inTeams(flags.teamId, teams)))
    .orderBy(desc(flags.createdAt))
    .limit(limit);
  return rows.map(toFlag);
}

export function removeFlag(
  db: Db,
  flagId: string,
  audit: FlagAudit,
  now: number,
  teams?: readonly string[],
): Promise<FlagRecord | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(flags)
      .where(and(eq(flags.id, flagId), gt(flags.expiresAt, at(now)), inTeams(flags.teamId, teams)))
      .returning();
    if (row === undefined) return null;
    await tx.insert(flagAudit).values({ ...audit, kind: row.kind, at: at(audit.at) });
    return toFlag(row);
  });
}

export async function purgeExpiredFlags(db: Db, now: number, limit: number): Promise<number> {
  // Bounded batches keep each purge short; the runner comes back on its next tick for the rest.
  const due = db
    .select({ id: flags.id })
    .from(flags)
    .where(lte(flags.expiresAt, at(now)))
    .limit(limit);
  const rows = await db.delete(flags).where(inArray(flags.id, due)).returning({ id: flags.id });
  return rows.length;
}

export async function sessionsForCustomer(
  db: Db,
  customerKey: string,
  range: { from: number; to: number },
  limit: number,
  teams?: readonly string[],
): Promise<Session[]> {
  const rows = await db
    .select({ state: sessions.state })
    .from(sessions)
    .where(
      and(
        eq(sessions.customerKey, customerKey),
        gte(sessions.startedAt, at(range.from)),
        lt(sessions.startedAt, at(range.to)),
        inTeams(sessions.teamId, teams),
      ),
    )
    .orderBy(desc(sessions.startedAt))
    .limit(limit);
  return rows.map((r) => r.state as Session);
}
