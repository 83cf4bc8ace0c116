/**
 * The weekly digest on a durable timer (once per team-week, across restarts and instances), page
 * acknowledgement times in it, the runner's wake-up, and digestFor for supervisors only.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { digestDueAt, latestDueWeek, nextDigestAt, parseDigestSchedule } from '../../src/app/digest-schedule.ts';
import { loadConfig } from '../../src/config.ts';
import type { Digest } from '../../src/engine/index.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import { openStore } from '../../src/store/open.ts';
import { escalations } from '../../src/store/schema.ts';
import { backends, ManualClock } from '../helpers/store.ts';
import { wireWeekly } from './weekly.ts';

const MIN = 60_000;
const DAY = 86_400_000;
/** Wednesday of 2026-W47 (16–22 Nov 2026). */
const WED_W47 = Date.UTC(2026, 10, 18, 10);
/** 2026-W47's digest with "mon 08:00" in UTC. */
const DUE_W47 = Date.UTC(2026, 10, 23, 8);

describe('digest schedule', () => {
  const at = (value: string, zone: string) => parseDigestSchedule(value, zone) ?? fail();
  const fail = (): never => {
    throw new Error('off');
  };
  it('is due at the schedule moment after the week ends, in the zone', () => {
    expect(digestDueAt('2026-W47', at('mon 08:00', 'UTC'))).toBe(DUE_W47);
    expect(digestDueAt('2026-W47', at('Mon 08:00', 'Europe/Oslo'))).toBe(Date.UTC(2026, 10, 23, 7));
    // New York's Sunday evening is already Monday in UTC, after the week's end.
    expect(digestDueAt('2026-W47', at('sun 20:00', 'America/New_York'))).toBe(Date.UTC(2026, 10, 23, 1));
    // Kiritimati (UTC+14) reaches Monday 08:00 before the UTC week is over: it waits for the end.
    expect(digestDueAt('2026-W47', at('mon 08:00', 'Pacific/Kiritimati'))).toBe(Date.UTC(2026, 10, 23));
    expect(digestDueAt('2026-W47', at('fri 17:30', 'UTC'))).toBe(Date.UTC(2026, 10, 27, 17, 30));
    expect(parseDigestSchedule('off', 'UTC')).toBeNull();
    expect(() => parseDigestSchedule('monday 8', 'UTC')).toThrow(/DIGEST_SCHEDULE/);
  });

  it('DIGEST_SCHEDULE is checked at start-up', () => {
    expect(loadConfig({}).DIGEST_SCHEDULE).toBe('mon 08:00');
    expect(loadConfig({ DIGEST_SCHEDULE: 'off' }).DIGEST_SCHEDULE).toBe('off');
    expect(() => loadConfig({ DIGEST_SCHEDULE: 'monday at 8' })).toThrow(/DIGEST_SCHEDULE: must be "off"/);
    expect(() => loadConfig({ DIGEST_SCHEDULE: 'mon 24:00' })).toThrow(/DIGEST_SCHEDULE/);
  });

  it('names the latest due week and the next due time', () => {
    const s = at('mon 08:00', 'UTC');
    expect(latestDueWeek(DUE_W47 - 1, s)).toBe('2026-W46');
    expect(latestDueWeek(DUE_W47, s)).toBe('2026-W47');
    expect(nextDigestAt(DUE_W47 - MIN, s)).toBe(DUE_W47);
    expect(nextDigestAt(DUE_W47, s)).toBe(DUE_W47 + 7 * DAY);
  });
});

describe.each(backends)('weekly digest ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  const escalationOf = async (sessionId: string) => {
    const db = (store as unknown as { db: Db }).db;
    const [row] = await db.select({ id: escalations.id }).from(escalations).where(eq(escalations.sessionId, sessionId));
    if (row === undefined) throw new Error('no escalation');
    return row.id;
  };

  /** A seeded week: four contacts of team frontline, three paged (acknowledged after 30 s, taken over after 90 s, never). */
  async function seedWeek(app: ReturnType<typeof wireWeekly>, clock: ManualClock) {
    const contact = async (page: 'ack' | 'take' | 'never' | null, waitMs = 0) => {
      const s = await app.sessions.start({
        agentId: 'console:amira',
        surface: 'test',
        kind: 'hostile',
        channel: 'phone',
        locale: 'en',
        teamId: 'frontline',
      });
      if (!s.ok) throw new Error(s.error.code);
      const sessionId = s.value.session.id;
      if (page !== null) {
        const r = await app.sessions.apply({
          sessionId,
          actor: 'console:amira',
          event: { type: 'escalate', reason: 'agent_request' },
        });
        if (!r.ok) throw new Error(r.error.code);
        clock.advance(waitMs);
        if (page !== 'never') {
          const a = await app.escalations.answer({
            escalation: await escalationOf(sessionId),
            by: 'test:sup1',
            takeOver: page === 'take',
          });
          expect(a.ok).toBe(true);
        }
      }
      await app.sessions.apply({ sessionId, actor: 'console:amira', event: { type: 'close', outcome: 'resolved' } });
      clock.advance(MIN);
    };
    await contact('ack', 30_000);
    await contact('take', 90_000);
    await contact('never', 10_000);
    await contact(null);
  }

  const checkin = async (app: ReturnType<typeof wireWeekly>, agentId = 'console:amira') => {
    const r = await app.care.checkin({ agentId, surface: 'console', mood: 4, visibility: 'named' });
    expect(r.ok).toBe(true);
  };

  it('fills page acknowledgement times from the week’s escalations', async () => {
    const clock = new ManualClock(WED_W47);
    const app = wireWeekly(store, { clock });
    await seedWeek(app, clock);
    // Another week's page does not count.
    clock.t = Date.UTC(2026, 10, 25, 10);
    await seedWeekOnePage(app);
    const r = await app.care.digest('frontline', '2026-W47');
    expect(r.ok && r.value.pages).toEqual({ count: 3, acknowledged: 2, medianAckMs: 60_000 });
    expect(r.ok && r.value.contacts).toBe(4);
    const other = await app.care.digest('backoffice', '2026-W47');
    expect(other.ok && other.value.pages).toBeNull();
  });

  async function seedWeekOnePage(app: ReturnType<typeof wireWeekly>) {
    const s = await app.sessions.start({
      agentId: 'console:amira',
      surface: 'test',
      kind: 'hostile',
      channel: 'phone',
      locale: 'en',
      teamId: 'frontline',
    });
    if (!s.ok) throw new Error(s.error.code);
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: 'console:amira',
      event: { type: 'escalate', reason: 'agent_request' },
    });
  }

  it('posts the week’s digest once per surface after the due time, not again on a later tick or after a restart', async () => {
    const clock = new ManualClock(WED_W47);
    const app = wireWeekly(store, { clock });
    // The first tick finds 2026-W46 due but empty (a new install): claimed, nothing sent.
    await app.runner.tick();
    expect(app.digestPosts()).toEqual([]);
    expect(await store.care.lastDigestWeek('frontline')).toBe('2026-W46');
    const w47 = () => app.digestPosts().filter((p) => p.digest.week === '2026-W47');
    await seedWeek(app, clock);
    clock.t = DUE_W47 - MIN;
    await app.runner.tick();
    expect(w47()).toEqual([]);
    clock.advance(2 * MIN);
    await app.runner.tick();
    const posts = w47();
    // Grouped by surface: first-level people (the Slack user group left out) and HOLDLINE_SUPERVISORS.
    const frontline = posts.filter((p) => p.digest.teamId === 'frontline');
    expect(frontline.map((p) => [p.surface, p.to]).sort()).toEqual([
      ['console', ['console:sam']],
      ['discord', ['discord:999']],
      ['slack', ['slack:U0SAM']],
    ]);
    const digest = frontline[0]?.digest as Digest;
    expect(digest).toMatchObject({ week: '2026-W47', contacts: 4 });
    expect(digest.pages).toEqual({ count: 3, acknowledged: 2, medianAckMs: 60_000 });
    // Teams with nothing that week (backoffice, default) are not sent an empty digest.
    expect(posts).toHaveLength(3);

    clock.advance(10 * MIN);
    await app.runner.tick();
    expect(w47()).toHaveLength(3);

    // A restart: a new runner over the same store.
    const again = wireWeekly(store, { clock, owner: 'instance-b' });
    await again.runner.tick();
    clock.advance(DAY);
    await again.runner.tick();
    expect(again.digestPosts()).toEqual([]);
  });

  it('posts a missed digest at the next tick, only the latest due week, never an older one', async () => {
    const clock = new ManualClock(WED_W47);
    const app = wireWeekly(store, { clock });
    // A named check-in in W47 to W50: each week has something to tell.
    for (let w = 0; w < 4; w++) {
      clock.t = WED_W47 + w * 7 * DAY;
      await checkin(app);
    }
    clock.t = WED_W47;
    await app.runner.tick();
    // Down over Monday: the first tick after is on Thursday.
    clock.t = Date.UTC(2026, 10, 26, 15);
    await app.runner.tick();
    const weeks = () => [...new Set(app.digestPosts().map((p) => p.digest.week))];
    expect(weeks()).toEqual(['2026-W47']);
    // Down three weeks: only the latest due week goes out, not the ones missed in between.
    clock.t = Date.UTC(2026, 11, 17, 15); // Thursday of W51
    await app.runner.tick();
    expect(weeks()).toEqual(['2026-W47', '2026-W50']);
    // The clock going back (or a later schedule) never posts an older week than the last one.
    const back = wireWeekly(store, { clock: new ManualClock(Date.UTC(2026, 11, 8, 15)), owner: 'instance-b' });
    await back.runner.tick();
    expect(back.digestPosts()).toEqual([]);
    expect(await store.care.lastDigestWeek('frontline')).toBe('2026-W50');
  });

  it('claimDigest: once per team-week, even claimed at the same moment; never an older week', async () => {
    const claim = (team: string, week: string) => store.care.careTx((tx) => tx.claimDigest(team, week, 0));
    const raced = await Promise.all([1, 2, 3, 4].map(() => claim('frontline', '2026-W47')));
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await claim('frontline', '2026-W47')).toBe(false);
    expect(await claim('frontline', '2026-W46')).toBe(false);
    expect(await claim('front', '2026-W46')).toBe(true); // another team: its own claims
    expect(await claim('frontline', '2026-W48')).toBe(true);
    expect(await store.care.lastDigestWeek('frontline')).toBe('2026-W48');
    expect(await store.care.lastDigestWeek('front')).toBe('2026-W46');
  });

  it('two runners (two owners) over the same store post it once', async () => {
    const clock = new ManualClock(WED_W47);
    const a = wireWeekly(store, { clock, owner: 'instance-a' });
    const b = wireWeekly(store, { clock, owner: 'instance-b' });
    await checkin(a);
    await checkin(a, 'console:olav');
    clock.t = DUE_W47 + MIN;
    await Promise.all([a.runner.tick(), b.runner.tick(), a.runner.tick(), b.runner.tick()]);
    await Promise.all([a.runner.tick(), b.runner.tick()]);
    const all = [...a.digestPosts(), ...b.digestPosts()].map((p) => `${p.digest.teamId}/${p.surface}`);
    expect(all.sort()).toEqual([
      'backoffice/console',
      'backoffice/discord',
      'frontline/console',
      'frontline/discord',
      'frontline/slack',
    ]);
  });

  it('posts nothing with the schedule off', async () => {
    const clock = new ManualClock(WED_W47);
    const app = wireWeekly(store, { clock, schedule: 'off' });
    await checkin(app);
    clock.t = DUE_W47 + DAY;
    await app.runner.tick();
    expect(app.digestPosts()).toEqual([]);
  });

  it('wakes the runner for the next digest and a break’s end', async () => {
    const clock = new ManualClock(DUE_W47 - 60 * MIN);
    const app = wireWeekly(store, { clock });
    await app.runner.tick();
    expect(await app.runner.nextDueAt()).toBe(DUE_W47);
    expect((await app.care.startBreak({ agentId: 'console:amira', surface: 'console', minutes: 15 })).ok).toBe(true);
    expect(await app.runner.nextDueAt()).toBe(clock.now() + 15 * MIN);
    clock.advance(15 * MIN);
    await app.runner.tick();
    expect(app.careDelivery.ofType('breakOver')).toHaveLength(1);
    expect(await app.runner.nextDueAt()).toBe(DUE_W47);
  });

  it('digestFor: the supervisor’s team; refused for an agent', async () => {
    const clock = new ManualClock(WED_W47);
    const app = wireWeekly(store, { clock });
    await seedWeek(app, clock);
    expect(await app.care.digestFor('console:amira', '2026-W47')).toEqual({
      ok: false,
      error: { code: 'not_supervisor' },
    });
    expect(await app.care.digestFor('slack:U0NOBODY')).toMatchObject({ ok: false, error: { code: 'not_supervisor' } });
    const sam = await app.care.digestFor('console:sam', '2026-W47');
    expect(sam.ok && sam.value).toMatchObject({ teamId: 'frontline', week: '2026-W47', contacts: 4 });
    // A second-level supervisor may read it too; so may HOLDLINE_SUPERVISORS (every team, file order first).
    expect((await app.care.digestFor('slack:U0BOSS', '2026-W47')).ok && true).toBe(true);
    const kari = await app.care.digestFor('console:kari', '2026-W47');
    expect(kari.ok && kari.value.teamId).toBe('backoffice');
    const listed = await app.care.digestFor('discord:999', '2026-W47');
    expect(listed.ok && listed.value.teamId).toBe('frontline');
    expect(await app.care.digestFor('console:sam', '2026-W99')).toMatchObject({ ok: false });
  });
});

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('weekly digest: two instances (two pools) on one PostgreSQL', () => {
  const schema = `holdline_digest_${randomBytes(5).toString('hex')}`;
  let a: DrizzleStore;
  let b: DrizzleStore;
  beforeAll(async () => {
    a = await openStore({ kind: 'postgres', url: url as string, schema, poolSize: 4 });
    b = await openStore({ kind: 'postgres', url: url as string, schema, poolSize: 4 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  });

  it('posts each team’s digest once between them, ticking at the same moment', async () => {
    const clock = new ManualClock(WED_W47);
    const one = wireWeekly(a, { clock, owner: 'instance-a' });
    const two = wireWeekly(b, { clock, owner: 'instance-b' });
    for (const agentId of ['console:amira', 'console:olav'])
      await one.care.checkin({ agentId, surface: 'console', mood: 3, visibility: 'named' });
    clock.t = DUE_W47 + MIN;
    for (let i = 0; i < 3; i++) await Promise.all([one.runner.tick(), two.runner.tick()]);
    const all = [...one.digestPosts(), ...two.digestPosts()].map((p) => `${p.digest.teamId}/${p.surface}`);
    expect(all.sort()).toEqual([
      'backoffice/console',
      'backoffice/discord',
      'frontline/console',
      'frontline/discord',
      'frontline/slack',
    ]);
  });
});

describe('weekly digest across a process restart (PGlite folder)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-digest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('down at the due time: posted at the first tick after the restart, and only once', {
    timeout: 180_000,
  }, async () => {
    const clock = new ManualClock(WED_W47);
    const first = await openStore({ kind: 'pglite', dataDir: dir });
    const before = wireWeekly(first, { clock });
    await before.care.checkin({ agentId: 'console:amira', surface: 'console', mood: 4, visibility: 'named' });
    await before.runner.tick();
    await first.close(); // stopped over the weekend and Monday morning

    clock.t = DUE_W47 + 3 * 60 * MIN;
    const second = await openStore({ kind: 'pglite', dataDir: dir });
    try {
      const after = wireWeekly(second, { clock, owner: 'instance-b' });
      await after.runner.tick();
      expect(
        after
          .digestPosts()
          .map((p) => `${p.digest.teamId}/${p.digest.week}/${p.surface}`)
          .sort(),
      ).toEqual(['frontline/2026-W47/console', 'frontline/2026-W47/discord', 'frontline/2026-W47/slack']);
      const again = wireWeekly(second, { clock, owner: 'instance-c' });
      await again.runner.tick();
      expect(again.digestPosts()).toEqual([]);
      expect(before.digestPosts()).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
