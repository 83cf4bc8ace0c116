/**
 * Paging queries (escalations, their history, the delivery journal, time-to-acknowledge), kept apart
 * from drizzle-store.ts; DrizzleTx and DrizzleStore delegate here.
 */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Escalation, EscalationRecord } from '../engine/index.ts';
import type { DeliveryState, TeamPageStats, Unreachable, UnreachablePages } from '../ports.ts';
import * as schema from './schema.ts';

type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
const { deliveries, escalationEvents, escalations } = schema;
const at = (ms: number) => new Date(ms);

function row(e: Escalation, now: number) {
  return {
    id: e.id,
    sessionId: e.sessionId,
    agentId: e.agentId,
    teamId: e.policy.teamId,
    status: e.status,
    severity: e.severity,
    reason: e.reason.code,
    version: e.version,
    state: e,
    startedAt: at(e.startedAt),
    acknowledgedAt: e.acknowledgedAt === null ? null : at(e.acknowledgedAt),
    acknowledgedBy: e.acknowledgedBy,
    updatedAt: at(now),
  };
}

async function record(db: Db, e: Escalation, records: readonly EscalationRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.insert(escalationEvents).values(
    records.map((r) => ({
      escalationId: e.id,
      teamId: e.policy.teamId,
      type: r.type,
      level: r.level,
      round: r.round,
      by: r.by ?? null,
      at: at(r.at),
    })),
  );
}

export async function insertEscalation(db: Db, e: Escalation, now: number): Promise<void> {
  await db.insert(escalations).values(row(e, now)).onConflictDoNothing();
  await record(db, e, e.history);
}

export async function getEscalation(db: Db, id: string, forUpdate = false): Promise<Escalation | null> {
  const q = db.select({ state: escalations.state }).from(escalations).where(eq(escalations.id, id));
  const rows = forUpdate ? await q.for('update') : await q;
  return (rows[0]?.state as Escalation | undefined) ?? null;
}

/** A session's escalations, oldest first, locked for update (a repeated threat or a close changes them). */
export async function sessionEscalations(db: Db, sessionId: string): Promise<Escalation[]> {
  const rows = await db
    .select({ state: escalations.state })
    .from(escalations)
    .where(eq(escalations.sessionId, sessionId))
    .orderBy(escalations.startedAt, escalations.id)
    .for('update');
  return rows.map((r) => r.state as Escalation);
}

export async function findEscalationIds(db: Db, prefix: string, limit: number): Promise<string[]> {
  const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db
    .select({ id: escalations.id })
    .from(escalations)
    .where(like(escalations.id, `${escaped}%`))
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function updateEscalation(
  db: Db,
  e: Escalation,
  expectedVersion: number,
  records: readonly EscalationRecord[],
): Promise<boolean> {
  const { id, startedAt, ...changes } = row(e, records.at(-1)?.at ?? e.startedAt);
  const rows = await db
    .update(escalations)
    .set(changes)
    .where(and(eq(escalations.id, id), eq(escalations.version, expectedVersion)))
    .returning({ id: escalations.id });
  if (rows.length !== 1) return false;
  await record(db, e, records);
  return true;
}

export async function beginDelivery(db: Db, effectId: string, owner: string, now: number): Promise<DeliveryState> {
  const inserted = await db
    .insert(deliveries)
    .values({ effectId, status: 'sending', owner, startedAt: at(now) })
    .onConflictDoNothing()
    .returning({ id: deliveries.effectId });
  if (inserted.length === 1) return { state: 'new' };
  const [prior] = await db
    .update(deliveries)
    .set({ owner, attempts: sql`${deliveries.attempts} + 1` })
    .where(eq(deliveries.effectId, effectId))
    .returning({ status: deliveries.status, ref: deliveries.ref });
  return prior?.status === 'sent' ? { state: 'sent', ref: prior.ref } : { state: 'uncertain' };
}

export async function finishDelivery(db: Db, effectId: string, ref: string | null, now: number): Promise<void> {
  await db
    .update(deliveries)
    .set({ status: 'sent', ref, sentAt: at(now) })
    .where(eq(deliveries.effectId, effectId));
}

export async function deliveryRefs(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await db
    .select({ id: deliveries.effectId, ref: deliveries.ref })
    .from(deliveries)
    .where(and(inArray(deliveries.effectId, [...ids]), eq(deliveries.status, 'sent')));
  return Object.fromEntries(rows.filter((r) => r.ref !== null).map((r) => [r.id, r.ref as string]));
}

export async function pageStats(db: Db, since: number): Promise<TeamPageStats[]> {
  const ackMs = sql`extract(epoch from (${escalations.acknowledgedAt} - ${escalations.startedAt})) * 1000`;
  const rows = await db
    .select({
      teamId: escalations.teamId,
      escalations: sql<number>`count(*)::int`,
      acknowledged: sql<number>`count(${escalations.acknowledgedAt})::int`,
      exhausted: sql<number>`count(*) filter (where ${escalations.status} = 'exhausted')::int`,
      open: sql<number>`count(*) filter (where ${escalations.status} = 'paging')::int`,
      median: sql<number | null>`percentile_cont(0.5) within group (order by ${ackMs})`,
      p90: sql<number | null>`percentile_cont(0.9) within group (order by ${ackMs})`,
      max: sql<number | null>`max(${ackMs})`,
    })
    .from(escalations)
    .where(sql`${escalations.startedAt} >= ${at(since)}`)
    .groupBy(escalations.teamId)
    .orderBy(escalations.teamId);
  const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
  return rows.map((r) => ({
    teamId: r.teamId,
    escalations: Number(r.escalations),
    acknowledged: Number(r.acknowledged),
    exhausted: Number(r.exhausted),
    open: Number(r.open),
    medianAckMs: num(r.median),
    p90AckMs: num(r.p90),
    maxAckMs: num(r.max),
  }));
}

/** Recipients pages could not reach since `since`, per team, recipient and reason (from the journal's refs). */
export async function unreachableSince(db: Db, since: number): Promise<UnreachablePages[]> {
  const rows = await db
    .select({ ref: deliveries.ref, teamId: escalations.teamId })
    .from(deliveries)
    .leftJoin(escalations, sql`${escalations.id} = split_part(${deliveries.effectId}, ':', 1)`)
    .where(
      and(
        eq(deliveries.status, 'sent'),
        sql`${deliveries.sentAt} >= ${at(since)}`,
        like(deliveries.ref, '%"unreachable"%'),
      ),
    );
  const counts = new Map<string, UnreachablePages>();
  for (const r of rows)
    for (const u of unreachableIn(r.ref)) {
      const key = JSON.stringify([r.teamId, u.to, u.unreachable]);
      const prior = counts.get(key);
      counts.set(key, { teamId: r.teamId, to: u.to, reason: u.unreachable, pages: (prior?.pages ?? 0) + 1 });
    }
  return [...counts.values()].sort((a, b) => b.pages - a.pages || a.to.localeCompare(b.to));
}

/** The unreachable entries of a page's receipt ref (JSON list; entries with `unreachable` beside the refs). */
export function unreachableIn(ref: string | null | undefined): Unreachable[] {
  if (!ref) return [];
  try {
    const list: unknown = JSON.parse(ref);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (r): r is Unreachable =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as Unreachable).to === 'string' &&
        typeof (r as Unreachable).unreachable === 'string',
    );
  } catch {
    return [];
  }
}
