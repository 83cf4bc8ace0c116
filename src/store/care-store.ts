/** CareStore over Drizzle: check-ins, breaks (a durable timer) and the care outbox, claimed with SKIP LOCKED. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, min, or, sql } from 'drizzle-orm';
import type { CareEffect, Mood, PageAckRow, Session } from '../engine/index.ts';
import type { BreakRow, CareItem, CareStore, CareTx, CheckinRow, DigestCheckins, QueuedCare } from '../ports-care.ts';
import { type Db, WAKE_CHANNEL } from './drizzle-store.ts';
import { claimRequestKey } from './request-keys.ts';
import {
  anonymousCheckins,
  anonymousContributors,
  breaks,
  careNudges,
  careOutbox,
  checkins,
  escalations,
  sessions,
} from './schema.ts';

const at = (ms: number) => new Date(ms);

/** Digest claims share `care_nudges`: `digest:<team>:<ISO week>` (team ids hold no colon). */
const digestPrefix = (teamId: string) => `digest:${teamId}:`;

/** Sessions of a team; the default team also holds sessions without one. */
const ofTeam = (teamId: string) =>
  teamId === 'default' ? or(isNull(sessions.teamId), eq(sessions.teamId, teamId)) : eq(sessions.teamId, teamId);

/** The latest week among a team's digest claims (ISO week names sort as text; compared in JS, not by collation). */
async function latestDigest(db: Db, teamId: string): Promise<string | null> {
  const prefix = digestPrefix(teamId);
  const rows = await db
    .select({ key: careNudges.key })
    .from(careNudges)
    .where(sql`starts_with(${careNudges.key}, ${prefix})`);
  const weeks = rows.map((r) => r.key.slice(prefix.length)).sort();
  return weeks.at(-1) ?? null;
}

class DrizzleCareTx implements CareTx {
  constructor(
    private readonly db: Db,
    /** PostgreSQL: NOTIFY inside the transaction (delivered on commit), as a session's outbox row does. */
    private readonly notify: boolean,
  ) {}

  /** Other instances wake now for a care effect or a break, not at their next poll. */
  private async wake(): Promise<void> {
    if (this.notify) await this.db.execute(sql`select pg_notify(${WAKE_CHANNEL}, '')`);
  }

  async insertCheckin(r: CheckinRow): Promise<void> {
    await this.db.insert(checkins).values({ ...r, createdAt: at(r.createdAt) });
  }

  async insertAnonymousCheckin(r: { id: string; teamId: string; week: string; mood: Mood }): Promise<void> {
    await this.db.insert(anonymousCheckins).values(r);
  }

  async addAnonymousContributor(teamId: string, week: string, token: string): Promise<void> {
    await this.db.insert(anonymousContributors).values({ teamId, week, token }).onConflictDoNothing();
  }

  async enqueueCare(items: readonly QueuedCare[]): Promise<void> {
    if (items.length === 0) return;
    await this.db
      .insert(careOutbox)
      .values(
        items.map((i) => ({
          id: i.id,
          surface: i.surface,
          type: i.effect.type,
          effect: i.effect,
          status: 'pending',
          availableAt: at(i.availableAt),
        })),
      )
      .onConflictDoNothing();
    await this.wake();
  }

  async insertBreak(r: BreakRow, now: number): Promise<void> {
    await this.db
      .insert(breaks)
      .values({ ...r, endsAt: at(r.endsAt), status: 'pending', createdAt: at(now) })
      .onConflictDoNothing();
    await this.wake();
  }

  async completeBreak(id: string, now: number): Promise<void> {
    await this.db
      .update(breaks)
      .set({ status: 'done', firedAt: at(now), claimedUntil: null })
      .where(eq(breaks.id, id));
  }

  claimRequest(key: string, ref: string, now: number): Promise<string | null> {
    return claimRequestKey(this.db, key, ref, now);
  }

  async claimNudge(key: string, now: number): Promise<boolean> {
    const rows = await this.db
      .insert(careNudges)
      .values({ key, createdAt: at(now) })
      .onConflictDoNothing()
      .returning({ key: careNudges.key });
    return rows.length === 1;
  }

  async claimDigest(teamId: string, week: string, now: number): Promise<boolean> {
    const last = await latestDigest(this.db, teamId);
    if (last !== null && last >= week) return false;
    return this.claimNudge(`${digestPrefix(teamId)}${week}`, now);
  }
}

export class DrizzleCareStore implements CareStore {
  constructor(
    private readonly db: Db,
    /** PostgreSQL with LISTEN: care commits NOTIFY too. */
    private readonly notify = false,
  ) {}

  careTx<T>(fn: (tx: CareTx) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new DrizzleCareTx(tx as unknown as Db, this.notify)));
  }

  claimDueBreaks(owner: string, now: number, limit: number, leaseMs: number): Promise<BreakRow[]> {
    return this.db.transaction(async (tx) => {
      const free = or(isNull(breaks.claimedUntil), lt(breaks.claimedUntil, at(now)));
      const rows = await tx
        .select()
        .from(breaks)
        .where(and(eq(breaks.status, 'pending'), lte(breaks.endsAt, at(now)), free))
        .orderBy(asc(breaks.endsAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      await tx
        .update(breaks)
        .set({ claimedBy: owner, claimedUntil: at(now + leaseMs) })
        .where(inArray(breaks.id, ids));
      return rows.map((r) => ({ ...r, endsAt: r.endsAt.getTime() }));
    });
  }

  claimCareEffects(owner: string, now: number, limit: number, leaseMs: number): Promise<CareItem[]> {
    return this.db.transaction(async (tx) => {
      const free = or(isNull(careOutbox.claimedUntil), lt(careOutbox.claimedUntil, at(now)));
      const rows = await tx
        .select()
        .from(careOutbox)
        .where(and(eq(careOutbox.status, 'pending'), lte(careOutbox.availableAt, at(now)), free))
        .orderBy(asc(careOutbox.availableAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      await tx
        .update(careOutbox)
        .set({ claimedBy: owner, claimedUntil: at(now + leaseMs), attempts: sql`${careOutbox.attempts} + 1` })
        .where(inArray(careOutbox.id, ids));
      return rows.map((r) => ({
        id: r.id,
        surface: r.surface,
        effect: r.effect as CareEffect,
        attempts: r.attempts + 1,
      }));
    });
  }

  async completeCareEffect(id: string): Promise<void> {
    await this.db.delete(careOutbox).where(eq(careOutbox.id, id));
  }

  async failCareEffect(id: string, error: string, retryAt: number | null, now: number): Promise<void> {
    await this.db
      .update(careOutbox)
      .set(
        retryAt === null
          ? { status: 'dead', lastError: error, claimedUntil: null, availableAt: at(now) }
          : { lastError: error, claimedUntil: null, availableAt: at(retryAt) },
      )
      .where(eq(careOutbox.id, id));
  }

  async sessionsClosedBetween(from: number, to: number): Promise<Session[]> {
    const rows = await this.db
      .select({ state: sessions.state })
      .from(sessions)
      .where(and(eq(sessions.status, 'closed'), gte(sessions.closedAt, at(from)), lt(sessions.closedAt, at(to))));
    return rows.map((r) => r.state as Session);
  }

  async sessionsStartedBetween(teamId: string, from: number, to: number): Promise<Session[]> {
    const rows = await this.db
      .select({ state: sessions.state })
      .from(sessions)
      .where(and(ofTeam(teamId), gte(sessions.startedAt, at(from)), lt(sessions.startedAt, at(to))));
    return rows.map((r) => r.state as Session);
  }

  async checkinsForDigest(teamId: string, week: string): Promise<DigestCheckins> {
    const named = await this.db
      .select({ day: checkins.day, mood: checkins.mood })
      .from(checkins)
      .where(and(eq(checkins.teamId, teamId), eq(checkins.week, week), eq(checkins.visibility, 'named')));
    const anonymous = await this.db
      .select({ mood: anonymousCheckins.mood })
      .from(anonymousCheckins)
      .where(and(eq(anonymousCheckins.teamId, teamId), eq(anonymousCheckins.week, week)));
    const [c] = await this.db
      .select({ n: count() })
      .from(anonymousContributors)
      .where(and(eq(anonymousContributors.teamId, teamId), eq(anonymousContributors.week, week)));
    return { named, anonymous, anonymousContributors: Number(c?.n ?? 0) };
  }

  async myCheckins(agentId: string, limit: number): Promise<CheckinRow[]> {
    const rows = await this.db
      .select()
      .from(checkins)
      .where(eq(checkins.agentId, agentId))
      .orderBy(desc(checkins.createdAt))
      .limit(limit);
    return rows.map((r) => ({
      ...r,
      visibility: r.visibility as CheckinRow['visibility'],
      mood: r.mood as Mood,
      createdAt: r.createdAt.getTime(),
    }));
  }

  lastDigestWeek(teamId: string): Promise<string | null> {
    return latestDigest(this.db, teamId);
  }

  async pageAcks(teamId: string, from: number, to: number): Promise<PageAckRow[]> {
    const rows = await this.db
      .select({
        pagedAt: escalations.startedAt,
        acknowledgedAt: escalations.acknowledgedAt,
        agentId: escalations.agentId,
      })
      .from(escalations)
      .innerJoin(sessions, eq(sessions.id, escalations.sessionId))
      .where(and(ofTeam(teamId), gte(sessions.startedAt, at(from)), lt(sessions.startedAt, at(to))))
      .orderBy(asc(escalations.startedAt));
    return rows.map((r) => ({
      pagedAt: r.pagedAt.getTime(),
      acknowledgedAt: r.acknowledgedAt?.getTime() ?? null,
      agentId: r.agentId,
    }));
  }

  async nextCareDueAt(): Promise<number | null> {
    const [b] = await this.db
      .select({ t: min(breaks.endsAt) })
      .from(breaks)
      .where(eq(breaks.status, 'pending'));
    const [o] = await this.db
      .select({ t: min(careOutbox.availableAt) })
      .from(careOutbox)
      .where(eq(careOutbox.status, 'pending'));
    const times = [b?.t, o?.t].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
    return times.length === 0 ? null : Math.min(...times);
  }
}
