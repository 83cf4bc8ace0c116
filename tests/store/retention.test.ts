/**
 * Issue 18: retention for everything, with a simulated clock. Data made through the real app (sessions,
 * flags, check-ins, the outbox) plus paging and care-outbox rows written as the store writes them; one
 * purge deletes what is past each kind's retention and keeps what is recent, pending or anonymous.
 * The threat export filters by date, newest first, and never reaches past the sessions' retention.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS, RetentionService } from '../../src/app/retention.ts';
import type { Directory } from '../../src/ports.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import {
  anonymousCheckins,
  anonymousContributors,
  careOutbox,
  checkins,
  deliveries,
  escalationEvents,
  escalations,
  flagAudit,
  outbox,
  sessions,
} from '../../src/store/schema.ts';
import { wire } from '../helpers/app.ts';
import { backends, MemoryLog } from '../helpers/store.ts';

const DAY = 86_400_000;
const REF = '+47 912 34 567';
const boss: Directory = { teamOf: () => 'billing', isSupervisor: (p) => p === 'slack:BOSS' };
const startReq = { agentId: 'slack:U1', surface: 'test', kind: 'insult', channel: 'chat', locale: 'en' } as const;

describe.each(backends)('retention ($name)', (backend) => {
  let store: DrizzleStore;
  let db: Db;
  beforeEach(async () => {
    store = await backend.open();
    db = (store as unknown as { db: Db }).db;
  });
  afterEach(async () => {
    await store.close();
  });

  async function closedSession(app: ReturnType<typeof wire>, ref?: string) {
    const r = await app.sessions.start({ ...startReq, ...(ref ? { customerReference: ref } : {}) });
    if (!r.ok) throw new Error(r.error.code);
    const id = r.value.session.id;
    const closed = await app.sessions.apply({
      sessionId: id,
      actor: startReq.agentId,
      event: { type: 'close', outcome: 'resolved' },
    });
    if (!closed.ok) throw new Error(closed.error.code);
    await app.runner.tick();
    return id;
  }

  it('one purge deletes what is past its retention and keeps the recent, the pending and the anonymous', async () => {
    const app = wire(store, { directory: boss });
    const t0 = app.clock.now();
    // Old: a closed session with a flag (removed, so audited), check-ins of every kind, paging rows.
    const old = await closedSession(app, REF);
    const flagged = await app.sessions.start({ ...startReq, customerReference: REF });
    if (!flagged.ok) throw new Error(flagged.error.code);
    await app.sessions.apply({
      sessionId: flagged.value.session.id,
      actor: startReq.agentId,
      event: { type: 'flag', kind: 'vulgarity', note: 'old flag note' },
    });
    await app.sessions.apply({
      sessionId: flagged.value.session.id,
      actor: startReq.agentId,
      event: { type: 'close', outcome: 'resolved' },
    });
    const found = await app.flags.lookup('slack:BOSS', REF);
    const flag = found.ok ? found.value.flags[0] : undefined;
    expect((await app.flags.remove('slack:BOSS', flag?.id ?? '', 'duplicate')).ok).toBe(true);
    for (const visibility of ['named', 'private', 'anonymous'] as const)
      expect(
        (await app.care.checkin({ agentId: 'slack:U1', surface: 'test', mood: 2, note: 'old note', visibility })).ok,
      ).toBe(true);
    await app.runner.tick();
    const oldAt = new Date(t0);
    await db.insert(escalations).values([
      {
        id: 'esc-old',
        sessionId: 'gone',
        agentId: 'slack:U1',
        teamId: 'billing',
        status: 'acknowledged',
        severity: 'normal',
        reason: 'limit',
        version: 1,
        state: {},
        startedAt: oldAt,
        updatedAt: oldAt,
      },
      {
        id: 'esc-paging',
        sessionId: 'gone',
        agentId: 'slack:U1',
        teamId: 'billing',
        status: 'paging',
        severity: 'normal',
        reason: 'limit',
        version: 1,
        state: {},
        startedAt: oldAt,
        updatedAt: oldAt,
      },
    ]);
    await db
      .insert(escalationEvents)
      .values({ escalationId: 'esc-old', teamId: 'billing', type: 'paged', level: 0, round: 0, by: null, at: oldAt });
    await db
      .insert(deliveries)
      .values({ effectId: 'page-old', status: 'sent', owner: 'i1', startedAt: oldAt, sentAt: oldAt });
    // A check-in post given up: it still holds the note (the finding).
    await db.insert(careOutbox).values({
      id: 'post:anon-1',
      surface: 'test',
      type: 'checkinPost',
      effect: { note: 'old note' },
      status: 'dead',
      availableAt: oldAt,
    });

    // 400 days later: a new open session and a new check-in.
    app.clock.advance(400 * DAY);
    const fresh = await app.sessions.start({ ...startReq, agentId: 'slack:U2' });
    expect(fresh.ok).toBe(true);
    await app.care.checkin({ agentId: 'slack:U2', surface: 'test', mood: 4, visibility: 'private' });

    const log = new MemoryLog();
    const retention = new RetentionService({ store, clock: app.clock, log, days: DEFAULT_RETENTION_DAYS });
    const purged = await retention.purge();
    expect(purged.sessions).toBe(2);
    expect(purged.checkins).toBeGreaterThanOrEqual(2);

    const ids = async (t: typeof sessions | typeof checkins | typeof escalations) =>
      (await db.select().from(t)).map((r) => ('id' in r ? r.id : ''));
    expect(await ids(sessions)).toEqual([fresh.ok ? fresh.value.session.id : '']);
    expect(await ids(sessions)).not.toContain(old);
    expect((await db.select().from(checkins)).map((c) => c.agentId)).toEqual(['slack:U2']);
    expect(await db.select().from(anonymousCheckins)).toHaveLength(1); // the anonymous mood stays
    expect(await db.select().from(anonymousContributors)).toHaveLength(0); // who gave it does not
    expect(
      (await db.select().from(outbox)).every((r) => r.sessionId === (fresh.ok ? fresh.value.session.id : '')),
    ).toBe(true);
    expect(await ids(escalations)).toEqual(['esc-paging']); // still paging: kept
    expect(await db.select().from(escalationEvents)).toHaveLength(0);
    expect(await db.select().from(deliveries)).toHaveLength(0);
    expect(await db.select().from(careOutbox)).toHaveLength(0);
    // The removal's audit row (day 0) is within the audit retention (730 days): kept until then.
    expect(await db.select().from(flagAudit)).toHaveLength(1);
    app.clock.advance(400 * DAY);
    await retention.purge();
    expect(await db.select().from(flagAudit)).toHaveLength(0);
    expect(JSON.stringify(log.lines)).not.toContain('old note');
  });

  it('the threat export is newest first, filtered by date, and never older than the sessions’ retention', async () => {
    const app = wire(store, { directory: boss });
    const t0 = app.clock.now();
    const first = await closedSession(app, REF); // day 0
    app.clock.advance(300 * DAY);
    const second = await closedSession(app, REF); // day 300
    app.clock.advance(90 * DAY);
    const third = await closedSession(app, REF); // day 390
    app.clock.advance(10 * DAY); // now: day 400; retention 365 → day 35 is the oldest
    const all = await app.flags.exportRecord('slack:BOSS', REF);
    expect(all.ok && all.value.sessions.map((s) => s.id)).toEqual([third, second]);
    expect(all.ok && all.value.sessions.map((s) => s.id)).not.toContain(first);
    const later = await app.flags.exportRecord('slack:BOSS', REF, { from: t0 + 350 * DAY });
    expect(later.ok && later.value.sessions.map((s) => s.id)).toEqual([third]);
    const earlier = await app.flags.exportRecord('slack:BOSS', REF, { from: t0 - DAY, to: t0 + 301 * DAY });
    expect(earlier.ok && earlier.value.sessions.map((s) => s.id)).toEqual([second]);
  });
});
