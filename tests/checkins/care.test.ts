/** Check-ins, breaks and nudges through the real services, on PGlite (and PostgreSQL when configured). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkinSavedKey, text } from '../../src/engine/index.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import { anonymousCheckins, anonymousContributors } from '../../src/store/schema.ts';
import { backends } from '../helpers/store.ts';
import { wireCare } from './wire.ts';

const MINUTE = 60_000;

/** Every column of every row, read straight from the table (what a database administrator would see). */
const tableRows = (store: DrizzleStore, table: typeof anonymousCheckins | typeof anonymousContributors) =>
  (store as unknown as { db: Db }).db.select().from(table) as Promise<Record<string, unknown>[]>;

describe.each(backends)('check-ins and breaks ($name)', (backend) => {
  let store: DrizzleStore;
  let app: ReturnType<typeof wireCare>;
  beforeEach(async () => {
    store = await backend.open();
    app = wireCare(store);
  });
  afterEach(() => store.close());

  /** A closed session: hard when the agent paged a supervisor before closing. */
  async function contact(agentId: string, hard: boolean) {
    const s = await app.sessions.start({ agentId, surface: 'test', kind: 'hostile', channel: 'phone', locale: 'en' });
    if (!s.ok) throw new Error(s.error.code);
    if (hard)
      await app.sessions.apply({
        sessionId: s.value.session.id,
        actor: agentId,
        event: { type: 'escalate', reason: 'agent_request' },
      });
    const closed = await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: agentId,
      event: { type: 'close', outcome: 'resolved' },
    });
    if (!closed.ok) throw new Error(closed.error.code);
    return closed.value.session;
  }

  it('a low named check-in nudges the supervisor once, with the name; a private one never nudges', async () => {
    expect(
      (await app.care.checkin({ agentId: 'amira', surface: 'test', mood: 2, note: 'tired', visibility: 'named' })).ok,
    ).toBe(true);
    expect((await app.care.checkin({ agentId: 'amira', surface: 'test', mood: 1, visibility: 'private' })).ok).toBe(
      true,
    );
    await app.runner.tick();
    await app.runner.tick();
    const nudges = app.careDelivery.ofType('supervisorNudge');
    expect(nudges).toEqual([
      { type: 'supervisorNudge', to: ['sup'], reason: 'low_mood', teamId: 't1', agentId: 'amira', value: 2 },
    ]);
    expect(app.careDelivery.ofType('checkinPost')).toEqual([
      { type: 'checkinPost', channel: 'checkins', agentId: 'amira', mood: 2, note: 'tired' },
    ]);
    // The private one is in the agent's own history only.
    const mine = await app.care.history('amira');
    expect(mine.ok && mine.value.map((c) => [c.visibility, c.mood])).toEqual([
      ['named', 2],
      ['private', 1],
    ]);
    // The free-text note never reaches the logs.
    expect(JSON.stringify(app.log.lines)).not.toContain('tired');
  });

  it('refuses bad check-ins with a coded error', async () => {
    const bad = async (mood: unknown, visibility: unknown, note?: string) =>
      (await app.care.checkin({ agentId: 'a', surface: 'test', mood, visibility, note })).ok ? 'ok' : 'refused';
    expect(await bad(0, 'named')).toBe('refused');
    expect(await bad(6, 'named')).toBe('refused');
    expect(await bad(3, 'public')).toBe('refused');
    expect(await bad(3, 'named', 'x'.repeat(281))).toBe('refused');
    const r = await app.care.checkin({ agentId: 'a', surface: 'test', mood: 9, visibility: 'named' });
    expect(!r.ok && r.error.code).toBe('bad_mood');
  });

  it('without a check-in channel nothing is posted and the agent is told so; a low mood still nudges', async () => {
    const quiet = wireCare(store, { checkinChannel: null });
    const named = await quiet.care.checkin({ agentId: 'amira', surface: 'test', mood: 2, visibility: 'named' });
    const anon = await quiet.care.checkin({ agentId: 'ben', surface: 'test', mood: 4, visibility: 'anonymous' });
    expect(named).toEqual({ ok: true, value: { visibility: 'named', posted: false } });
    expect(anon).toEqual({ ok: true, value: { visibility: 'anonymous', posted: false } });
    expect(text('en', checkinSavedKey({ visibility: 'anonymous', posted: false }))).toContain('nothing was posted');
    await quiet.runner.tick();
    expect(quiet.careDelivery.ofType('checkinPost')).toEqual([]);
    expect(quiet.careDelivery.ofType('supervisorNudge')).toMatchObject([{ reason: 'low_mood', agentId: 'amira' }]);
    // Both still count in the week's digest.
    const digest = await quiet.care.digest('t1');
    expect(digest.ok && digest.value.namedMood.week).toEqual({ average: 2, count: 1 });
  });

  it('an anonymous check-in stores no user and no exact time; its nudge is team-level', async () => {
    const r = await app.care.checkin({
      agentId: 'amira',
      surface: 'test',
      mood: 1,
      note: 'bad day',
      visibility: 'anonymous',
    });
    expect(r.ok).toBe(true);
    const [row] = await tableRows(store, anonymousCheckins);
    expect(row).toEqual({ id: expect.any(String), teamId: 't1', week: '2026-W48', mood: 1 });
    expect(JSON.stringify(row)).not.toContain('amira');
    expect(JSON.stringify(row)).not.toContain('bad day');
    expect((await app.care.history('amira')).ok && (await app.care.history('amira'))).toMatchObject({ value: [] });
    await app.runner.tick();
    expect(app.careDelivery.ofType('checkinPost')).toEqual([
      { type: 'checkinPost', channel: 'checkins', agentId: null, mood: 1, note: 'bad day' },
    ]);
    expect(app.careDelivery.ofType('supervisorNudge')).toEqual([
      { type: 'supervisorNudge', to: ['sup'], reason: 'team_low_mood', teamId: 't1', agentId: null, value: 1 },
    ]);
    // Delivered queue rows are deleted: the post's exact time does not outlive its delivery.
    expect(await store.care.claimCareEffects('x', app.clock.now() + 1, 10, 1000)).toEqual([]);
    const contributors = await tableRows(store, anonymousContributors);
    expect(contributors).toHaveLength(1);
    expect(Object.keys(contributors[0] as object).sort()).toEqual(['teamId', 'token', 'week']);
  });

  it('a break reminds the agent when it is over, and tells the supervisor after a hard contact', async () => {
    await contact('amira', true);
    const r = await app.care.startBreak({ agentId: 'amira', surface: 'test', minutes: 10 });
    expect(r.ok && r.value.supervisorsTold).toBe(true);
    expect((await app.care.startBreak({ agentId: 'amira', surface: 'test', minutes: 61 })).ok).toBe(false);
    await app.runner.tick();
    expect(app.careDelivery.ofType('breakNotice')).toEqual([
      { type: 'breakNotice', to: ['sup'], agentId: 'amira', minutes: 10 },
    ]);
    expect(app.careDelivery.ofType('breakOver')).toEqual([]);
    app.clock.advance(9 * MINUTE);
    await app.runner.tick();
    expect(app.careDelivery.ofType('breakOver')).toEqual([]);
    app.clock.advance(MINUTE);
    await app.runner.tick();
    await app.runner.tick();
    expect(app.careDelivery.ofType('breakOver')).toEqual([{ type: 'breakOver', agentId: 'amira', minutes: 10 }]);
  });

  it('a break after an easy contact is not reported to anyone', async () => {
    await contact('amira', false);
    const r = await app.care.startBreak({ agentId: 'amira', surface: 'test', minutes: '5' });
    expect(r.ok && r.value.supervisorsTold).toBe(false);
  });

  it('three hard contacts in one shift nudge the supervisor once per shift', async () => {
    await contact('amira', true);
    await contact('amira', false);
    await contact('amira', true);
    await app.runner.tick();
    expect(app.careDelivery.ofType('supervisorNudge')).toEqual([]);
    await contact('amira', true);
    await app.runner.tick();
    await contact('amira', true);
    await app.runner.tick();
    expect(app.careDelivery.ofType('supervisorNudge')).toEqual([
      { type: 'supervisorNudge', to: ['sup'], reason: 'hard_contacts', teamId: 't1', agentId: 'amira', value: 3 },
    ]);
    // The next shift starts counting again.
    app.clock.advance(8 * 60 * MINUTE);
    await app.runner.tick();
    expect(app.careDelivery.ofType('supervisorNudge')).toHaveLength(1);
  });

  it('"talk to someone" pings the peer channel', async () => {
    const r = await app.care.talk({ agentId: 'amira', surface: 'test' });
    expect(r.ok && r.value.channel).toBe('buddies');
    await app.runner.tick();
    expect(app.careDelivery.ofType('peerPing')).toEqual([{ type: 'peerPing', channel: 'buddies', agentId: 'amira' }]);
  });

  it('a request key makes talk and break idempotent: one ping, one break, the first answer again', async () => {
    const talks = await Promise.all(
      [1, 2].map(() => app.care.talk({ agentId: 'amira', surface: 'test', requestKey: 'k1' })),
    );
    expect(talks.map((r) => r.ok && r.value.channel)).toEqual(['buddies', 'buddies']);
    const first = await app.care.startBreak({ agentId: 'amira', surface: 'test', minutes: 5, requestKey: 'k1' });
    app.clock.advance(MINUTE);
    const again = await app.care.startBreak({ agentId: 'amira', surface: 'test', minutes: 5, requestKey: 'k1' });
    expect(again).toEqual(first);
    app.clock.advance(5 * MINUTE);
    for (let i = 0; i < 3; i++) await app.runner.tick();
    expect(app.careDelivery.ofType('peerPing')).toHaveLength(1);
    expect(app.careDelivery.ofType('breakOver')).toHaveLength(1);
    // Another key is another request.
    await app.care.talk({ agentId: 'amira', surface: 'test', requestKey: 'k2' });
    await app.runner.tick();
    expect(app.careDelivery.ofType('peerPing')).toHaveLength(2);
  });

  it('"talk to someone" without a peer channel queues nothing: the answer alone tells the agent', async () => {
    const none = wireCare(store, { peerChannel: null });
    const r = await none.care.talk({ agentId: 'amira', surface: 'test' });
    expect(r).toEqual({ ok: true, value: { channel: null } });
    expect(await store.care.nextCareDueAt()).toBeNull();
    await none.runner.tick();
    expect(none.careDelivery.delivered).toEqual([]);
  });
});
