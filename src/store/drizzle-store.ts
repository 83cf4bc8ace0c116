/**
 * The Store port over Drizzle. The same code runs on PGlite (embedded) and PostgreSQL; claims use
 * FOR UPDATE SKIP LOCKED so several instances on one PostgreSQL never take the same row.
 */
import { and, asc, desc, eq, inArray, isNull, lt, lte, min, ne, or, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Effect, Escalation, EscalationRecord, Locale, PriorFlags, Session } from '../engine/index.ts';
import type {
  AgentProfile,
  AuditEntry,
  DeliveryState,
  DueTimer,
  EffectClass,
  FlagAudit,
  FlagRecord,
  KeyState,
  Logger,
  OutboxItem,
  PurgeCounts,
  RekeyCounts,
  RekeyPlan,
  RetentionCutoffs,
  Store,
  StoreTx,
  TeamPageStats,
  TimerKind,
  UnreachablePages,
} from '../ports.ts';
import { auditSince, recordAudit } from './audit-queries.ts';
import { DrizzleBoardStore } from './board-store.ts';
import { DrizzleCareStore } from './care-store.ts';
import { dumpTables } from './dump.ts';
import * as flagSql from './flag-queries.ts';
import * as ops from './ops-queries.ts';
import * as paging from './paging-store.ts';
import { rekeyCustomerData } from './pepper-queries.ts';
import { DrizzlePracticeStore } from './practice-store.ts';
import { claimRequestKey } from './request-keys.ts';
import { purgeBefore } from './retention-queries.ts';
import * as schema from './schema.ts';
import { claimSetting, putSetting } from './settings-queries.ts';
import { DrizzleStatementStore } from './statement-store.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
const { agents, outbox, processedRequests, sessions, timers } = schema;
const at = (ms: number) => new Date(ms);

function sessionRow(s: Session, now: number) {
  return {
    id: s.id,
    agentId: s.agentId,
    teamId: s.teamId,
    surface: s.surface,
    kind: s.kind,
    status: s.status,
    outcome: s.outcome,
    customerKey: s.customer?.key ?? null,
    version: s.version,
    state: s,
    startedAt: at(s.startedAt),
    updatedAt: at(now),
    closedAt: s.closedAt === null ? null : at(s.closedAt),
  };
}

function toAgent(row: typeof agents.$inferSelect): AgentProfile {
  const { limitMinutes: minutes, limitHostility: hostility, limitComplexity: complexity } = row;
  return {
    agentId: row.id,
    teamId: row.teamId,
    locale: row.locale as Locale | null,
    limits: minutes !== null && hostility !== null && complexity !== null ? { minutes, hostility, complexity } : null,
  };
}

/** The NOTIFY channel other instances LISTEN on (PostgreSQL): "something is due now". */
export const WAKE_CHANNEL = 'holdline_due';

class DrizzleTx implements StoreTx {
  constructor(
    private readonly db: Db,
    /** PostgreSQL: NOTIFY inside the transaction, which PostgreSQL delivers only when it commits. */
    private readonly notify = false,
  ) {}

  recordAudit(entry: AuditEntry): Promise<void> {
    return recordAudit(this.db, entry);
  }

  private async wake(): Promise<void> {
    if (this.notify) await this.db.execute(sql`select pg_notify(${WAKE_CHANNEL}, '')`);
  }

  async getSession(id: string, opts?: { forUpdate?: boolean }): Promise<Session | null> {
    const q = this.db.select({ state: sessions.state }).from(sessions).where(eq(sessions.id, id));
    const rows = opts?.forUpdate ? await q.for('update') : await q;
    return (rows[0]?.state as Session | undefined) ?? null;
  }

  async findOpenSession(agentId: string): Promise<Session | null> {
    const rows = await this.db
      .select({ state: sessions.state })
      .from(sessions)
      .where(and(eq(sessions.agentId, agentId), eq(sessions.status, 'open')))
      .orderBy(desc(sessions.startedAt))
      .limit(1);
    return (rows[0]?.state as Session | undefined) ?? null;
  }

  async insertSession(session: Session): Promise<void> {
    await this.db.insert(sessions).values(sessionRow(session, session.startedAt));
  }

  async updateSession(session: Session, expectedVersion: number): Promise<boolean> {
    const { id, startedAt, ...changes } = sessionRow(session, session.timeline.at(-1)?.at ?? session.startedAt);
    const rows = await this.db
      .update(sessions)
      .set(changes)
      .where(and(eq(sessions.id, id), eq(sessions.version, expectedVersion)))
      .returning({ id: sessions.id });
    return rows.length === 1;
  }

  async enqueue(items: readonly { effect: Effect; surface: string }[], now: number): Promise<void> {
    if (items.length === 0) return;
    const rows = items.map(({ effect, surface }) => ({
      id: effect.id,
      sessionId: effect.sessionId,
      surface,
      type: effect.type,
      effect,
      status: 'pending',
      availableAt: at(now),
      createdAt: at(now),
    }));
    await this.db.insert(outbox).values(rows).onConflictDoNothing();
    await this.wake();
  }

  async scheduleTimer(timer: DueTimer, now: number): Promise<void> {
    await this.db
      .insert(timers)
      .values({
        id: timer.id,
        sessionId: timer.sessionId,
        kind: timer.kind ?? 'time_check',
        payload: timer.escalationId === undefined ? null : { escalationId: timer.escalationId },
        status: 'pending',
        dueAt: at(timer.dueAt),
        createdAt: at(now),
      })
      .onConflictDoNothing();
    if (timer.dueAt <= now) await this.wake();
  }

  claimRequest(key: string, ref: string, now: number): Promise<string | null> {
    return claimRequestKey(this.db, key, ref, now);
  }

  async getAgent(agentId: string): Promise<AgentProfile | null> {
    const rows = await this.db.select().from(agents).where(eq(agents.id, agentId));
    return rows[0] ? toAgent(rows[0]) : null;
  }

  async saveAgent(p: AgentProfile, now: number): Promise<void> {
    const values = {
      teamId: p.teamId,
      locale: p.locale,
      limitMinutes: p.limits?.minutes ?? null,
      limitHostility: p.limits?.hostility ?? null,
      limitComplexity: p.limits?.complexity ?? null,
      updatedAt: at(now),
    };
    await this.db
      .insert(agents)
      .values({ id: p.agentId, ...values })
      .onConflictDoUpdate({ target: agents.id, set: values });
  }

  insertFlag(flag: FlagRecord): Promise<void> {
    return flagSql.insertFlag(this.db, flag);
  }

  flagSummary(customerKey: string, now: number): Promise<PriorFlags | null> {
    return flagSql.flagSummary(this.db, customerKey, now);
  }

  insertEscalation(e: Escalation, now: number): Promise<void> {
    return paging.insertEscalation(this.db, e, now);
  }

  getEscalation(id: string, opts?: { forUpdate?: boolean }): Promise<Escalation | null> {
    return paging.getEscalation(this.db, id, opts?.forUpdate);
  }

  findEscalationIds(prefix: string, limit: number): Promise<string[]> {
    return paging.findEscalationIds(this.db, prefix, limit);
  }

  sessionEscalations(sessionId: string): Promise<Escalation[]> {
    return paging.sessionEscalations(this.db, sessionId);
  }

  updateEscalation(e: Escalation, expectedVersion: number, records: readonly EscalationRecord[]): Promise<boolean> {
    return paging.updateEscalation(this.db, e, expectedVersion, records);
  }
}

export class DrizzleStore implements Store {
  private readonly reader: DrizzleTx;
  listen?: (onWake: () => void, log: Logger) => Promise<() => Promise<void>>;
  /** Check-ins, breaks and the care outbox (issue 7), on the same connection. */
  readonly care: DrizzleCareStore;
  /** The supervisor's view and the agent's own trend (issue 21), read-only. */
  readonly board: DrizzleBoardStore;
  /** Practice runs (issue 22): scores only. */
  readonly practice: DrizzlePracticeStore;
  /** Sealed threat statements (issue 20). */
  readonly statements: DrizzleStatementStore;
  constructor(
    private readonly db: Db,
    private readonly onClose: () => Promise<void>,
    /** PostgreSQL: how to LISTEN for other instances' commits (NOTIFY is sent when this is set). */
    listen?: (onWake: () => void, log: Logger) => Promise<() => Promise<void>>,
  ) {
    this.reader = new DrizzleTx(db);
    if (listen) this.listen = listen;
    this.care = new DrizzleCareStore(db, listen !== undefined);
    this.board = new DrizzleBoardStore(db);
    this.practice = new DrizzlePracticeStore(db);
    this.statements = new DrizzleStatementStore(db);
  }

  async tx<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    // After a database restart the pool can still hold a connection whose termination notice it has
    // not read yet: BEGIN is the first thing to fail on it. Nothing ran, so the transaction is tried
    // again on a fresh connection (twice at most). A failure after BEGIN is never retried here: the
    // outcome of a COMMIT that lost its connection is unknown.
    for (let attempt = 0; ; attempt++) {
      let began = false;
      try {
        return await this.db.transaction((tx) => {
          began = true;
          return fn(new DrizzleTx(tx as unknown as Db, this.listen !== undefined));
        });
      } catch (err) {
        if (began || attempt >= 2 || !connectionLost(err)) throw err;
      }
    }
  }

  getEscalation(id: string): Promise<Escalation | null> {
    return paging.getEscalation(this.db, id);
  }

  beginDelivery(effectId: string, owner: string, now: number): Promise<DeliveryState> {
    return paging.beginDelivery(this.db, effectId, owner, now);
  }

  finishDelivery(effectId: string, ref: string | null, now: number): Promise<void> {
    return paging.finishDelivery(this.db, effectId, ref, now);
  }

  deliveryRefs(effectIds: readonly string[]): Promise<Record<string, string>> {
    return paging.deliveryRefs(this.db, effectIds);
  }

  pageStats(since: number): Promise<TeamPageStats[]> {
    return paging.pageStats(this.db, since);
  }

  unreachableSince(since: number): Promise<UnreachablePages[]> {
    return paging.unreachableSince(this.db, since);
  }

  getSession(id: string): Promise<Session | null> {
    return this.reader.getSession(id);
  }

  getAgent(agentId: string): Promise<AgentProfile | null> {
    return this.reader.getAgent(agentId);
  }

  async recentSessions(agentId: string, limit: number): Promise<Session[]> {
    const rows = await this.db
      .select({ state: sessions.state })
      .from(sessions)
      .where(eq(sessions.agentId, agentId))
      .orderBy(desc(sessions.startedAt))
      .limit(limit);
    return rows.map((r) => r.state as Session);
  }

  async getSurfaceRef(sessionId: string): Promise<unknown> {
    const rows = await this.db.select({ ref: sessions.surfaceRef }).from(sessions).where(eq(sessions.id, sessionId));
    return rows[0]?.ref ?? null;
  }

  async setSurfaceRef(sessionId: string, ref: unknown): Promise<void> {
    await this.db.update(sessions).set({ surfaceRef: ref }).where(eq(sessions.id, sessionId));
  }

  claimEffects(owner: string, now: number, limit: number, leaseMs: number, only?: EffectClass): Promise<OutboxItem[]> {
    return this.db.transaction(async (tx) => {
      const free = or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, at(now)));
      const kind = only === 'pages' ? eq(outbox.type, 'page') : only === 'others' ? ne(outbox.type, 'page') : undefined;
      const rows = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.availableAt, at(now)), free, kind))
        .orderBy(asc(outbox.seq))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return [];
      await tx
        .update(outbox)
        .set({ claimedBy: owner, claimedUntil: at(now + leaseMs), attempts: sql`${outbox.attempts} + 1` })
        .where(
          inArray(
            outbox.id,
            rows.map((r) => r.id),
          ),
        );
      return rows.map((r) => ({
        id: r.id,
        sessionId: r.sessionId,
        surface: r.surface,
        effect: r.effect as Effect,
        attempts: r.attempts + 1,
        createdAt: r.createdAt.getTime(),
      }));
    });
  }

  /**
   * Releases every claim (outbox, timers, care outbox, breaks). Only for a database no other process can
   * hold (the embedded one, under its folder lock): any claim in it belongs to a process that is gone.
   */
  async releaseClaims(): Promise<number> {
    let n = 0;
    for (const t of ['outbox', 'timers', 'care_outbox', 'breaks'] as const) {
      const r = (await this.db.execute(
        sql`UPDATE ${sql.identifier(t)} SET claimed_until = NULL WHERE status = 'pending' AND claimed_until IS NOT NULL`,
      )) as { affectedRows?: number; rowCount?: number };
      n += Number(r.affectedRows ?? r.rowCount ?? 0);
    }
    return n;
  }

  async renewClaim(id: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    const rows = await this.db
      .update(outbox)
      .set({ claimedUntil: at(now + leaseMs) })
      .where(and(eq(outbox.id, id), eq(outbox.status, 'pending'), eq(outbox.claimedBy, owner)))
      .returning({ id: outbox.id });
    return rows.length === 1;
  }

  async completeEffect(id: string, now: number, owner?: string): Promise<void> {
    await this.db
      .update(outbox)
      .set({ status: 'done', deliveredAt: at(now), claimedUntil: null, lastError: null })
      .where(and(eq(outbox.id, id), owner === undefined ? undefined : eq(outbox.claimedBy, owner)));
  }

  async failEffect(id: string, error: string, retryAt: number | null, now: number, owner?: string): Promise<void> {
    await this.db
      .update(outbox)
      .set(
        retryAt === null
          ? { status: 'dead', lastError: error, claimedUntil: null, deliveredAt: null, availableAt: at(now) }
          : { lastError: error, claimedUntil: null, availableAt: at(retryAt) },
      )
      .where(and(eq(outbox.id, id), owner === undefined ? undefined : eq(outbox.claimedBy, owner)));
  }

  claimDueTimers(owner: string, now: number, limit: number, leaseMs: number): Promise<DueTimer[]> {
    return this.db.transaction(async (tx) => {
      const free = or(isNull(timers.claimedUntil), lt(timers.claimedUntil, at(now)));
      const rows = await tx
        .select()
        .from(timers)
        .where(and(eq(timers.status, 'pending'), lte(timers.dueAt, at(now)), free))
        .orderBy(asc(timers.dueAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return [];
      await tx
        .update(timers)
        .set({ claimedBy: owner, claimedUntil: at(now + leaseMs) })
        .where(
          inArray(
            timers.id,
            rows.map((r) => r.id),
          ),
        );
      return rows.map((r) => {
        const escalationId = (r.payload as { escalationId?: string } | null)?.escalationId;
        return {
          id: r.id,
          sessionId: r.sessionId,
          dueAt: r.dueAt.getTime(),
          kind: r.kind as TimerKind,
          ...(escalationId === undefined ? {} : { escalationId }),
        };
      });
    });
  }

  async completeTimer(id: string, now: number): Promise<void> {
    await this.db
      .update(timers)
      .set({ status: 'done', firedAt: at(now), claimedUntil: null })
      .where(eq(timers.id, id));
  }

  async purgeRequestKeys(before: number): Promise<number> {
    const rows = await this.db
      .delete(processedRequests)
      .where(lt(processedRequests.createdAt, at(before)))
      .returning({ key: processedRequests.key });
    return rows.length;
  }

  async nextDueAt(): Promise<number | null> {
    const [o] = await this.db
      .select({ t: min(outbox.availableAt) })
      .from(outbox)
      .where(eq(outbox.status, 'pending'));
    const [t] = await this.db
      .select({ t: min(timers.dueAt) })
      .from(timers)
      .where(eq(timers.status, 'pending'));
    const times = [o?.t, t?.t].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
    return times.length === 0 ? null : Math.min(...times);
  }

  insertFlag(flag: FlagRecord): Promise<void> {
    return flagSql.insertFlag(this.db, flag);
  }

  flagSummary(customerKey: string, now: number): Promise<PriorFlags | null> {
    return flagSql.flagSummary(this.db, customerKey, now);
  }

  flagsFor(customerKey: string, now: number, limit: number, teams?: readonly string[]): Promise<FlagRecord[]> {
    return flagSql.flagsFor(this.db, customerKey, now, limit, teams);
  }

  removeFlag(flagId: string, audit: FlagAudit, now: number, teams?: readonly string[]): Promise<FlagRecord | null> {
    return flagSql.removeFlag(this.db, flagId, audit, now, teams);
  }

  purgeExpiredFlags(now: number, limit: number): Promise<number> {
    return flagSql.purgeExpiredFlags(this.db, now, limit);
  }

  sessionsForCustomer(
    customerKey: string,
    range: { from: number; to: number },
    limit: number,
    teams?: readonly string[],
  ): Promise<Session[]> {
    return flagSql.sessionsForCustomer(this.db, customerKey, range, limit, teams);
  }

  recordAudit(entry: AuditEntry): Promise<void> {
    return recordAudit(this.db, entry);
  }

  auditSince(since: number, actor: string | null, limit: number): Promise<AuditEntry[]> {
    return auditSince(this.db, since, actor, limit);
  }

  /** Stores `value` under `key` unless one is there; returns the stored value (the pepper's fingerprint). */
  claimSetting(key: string, value: string, now: number): Promise<string> {
    return claimSetting(this.db, key, value, now);
  }

  putSetting(key: string, value: string, now: number): Promise<void> {
    return putSetting(this.db, key, value, now);
  }

  /** Re-keys stored customer keys and contributor tokens in one transaction (pepper-queries.ts). */
  rekeyCustomerData(
    keys: readonly string[],
    plan: (state: KeyState) => RekeyPlan | null,
    now: number,
  ): Promise<RekeyCounts | null> {
    return rekeyCustomerData(this.db, keys, plan, now);
  }

  purgeBefore(cutoffs: RetentionCutoffs, limit: number): Promise<PurgeCounts> {
    return purgeBefore(this.db, cutoffs, limit);
  }

  /** All rows of all tables (tests assert nothing private is stored). */
  dump(): Promise<Record<string, unknown[]>> {
    return dumpTables(this.db);
  }

  /** Readiness (/readyz): the database answers a query. */
  ping(): Promise<void> {
    return ops.ping(this.db);
  }

  /** The outbox and open-session gauges of /metrics (two cheap counts). */
  opsCounts(): Promise<ops.OpsCounts> {
    return ops.opsCounts(this.db);
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

/** A connection that went away (server shutdown or restart, a reset socket): not a fault of the work. */
function connectionLost(err: unknown, depth = 0): boolean {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (e === null || typeof e !== 'object' || depth > 4) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (['57P01', '57P02', '57P03', 'ECONNRESET', 'EPIPE'].includes(code) || code.startsWith('08')) return true;
  if (typeof e.message === 'string' && /^Connection terminated/.test(e.message)) return true;
  return e.cause !== undefined && e.cause !== err && connectionLost(e.cause, depth + 1);
}
