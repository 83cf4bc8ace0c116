/**
 * Two instances (two pools, two runners/dispatchers with different owners) on one PostgreSQL schema,
 * 200 escalations, every page delivered by exactly one of them. Skipped without TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { openStore } from '../../src/store/open.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

const url = process.env.TEST_DATABASE_URL;
const MIN = 60_000;
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: ['test:sup1'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['test:pages'],
  security: [],
  legal: [],
};

describe.skipIf(!url)('two instances on one PostgreSQL', () => {
  const schema = `holdline_two_${randomBytes(5).toString('hex')}`;
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

  it('LISTEN/NOTIFY wakes the other instance when one commits', async () => {
    let woke = 0;
    const stop = await b.listen?.(() => woke++, { info() {}, warn() {}, error() {}, debug() {} });
    const before = woke;
    const app = wire(a, { owner: 'n' });
    await app.sessions.start({
      agentId: 'test:notify',
      surface: 'test',
      kind: 'hostile',
      channel: 'phone',
      locale: 'en',
    });
    for (let i = 0; i < 100 && woke === before; i++) await new Promise((r) => setTimeout(r, 20));
    await stop?.();
    expect(woke).toBeGreaterThan(before);
  });

  it('200 escalations: zero duplicate and zero lost pages', { timeout: 300_000 }, async () => {
    const clock = new ManualClock();
    const one = wire(a, { owner: 'a', clock, policies: new EditablePolicies(POLICY) });
    const two = wire(b, { owner: 'b', clock, policies: new EditablePolicies(POLICY) });
    const escalate = async (app: typeof one, i: number) => {
      const s = await app.sessions.start({
        agentId: `test:ag${i}`,
        surface: 'test',
        kind: 'hostile',
        channel: 'phone',
        locale: 'en',
      });
      if (!s.ok) throw new Error(s.error.code);
      const r = await app.sessions.apply({
        sessionId: s.value.session.id,
        actor: null,
        event: { type: 'escalate', reason: 'agent_request' },
      });
      if (!r.ok) throw new Error(r.error.code);
    };
    const both = async () => {
      for (let i = 0; i < 3; i++) await Promise.all([one.runner.tick(), two.runner.tick()]);
    };
    // Created by both instances while both deliver.
    for (let i = 0; i < 200; i += 20) {
      await Promise.all(Array.from({ length: 10 }, (_, k) => escalate(k % 2 ? one : two, i + k)));
      await Promise.all([
        one.runner.tick(),
        two.runner.tick(),
        ...Array.from({ length: 10 }, (_, k) => escalate(k % 2 ? two : one, i + 10 + k)),
      ]);
    }
    await both();
    clock.advance(5 * MIN); // re-notifications
    await both();
    clock.advance(5 * MIN); // exhausted: page updates
    await both();
    const ids = [...one.delivery.pages(), ...two.delivery.pages()].map((p) => p.item.id);
    const distinct = new Set(ids);
    const duplicates = ids.length - distinct.size;
    const lost = 200 * 3 - distinct.size;
    console.log(
      `two instances: ${ids.length} page deliveries (a ${one.delivery.pages().length}, b ${two.delivery.pages().length}), duplicates ${duplicates}, lost ${lost}`,
    );
    expect(duplicates).toBe(0);
    expect(lost).toBe(0);
    expect(one.delivery.pages().length).toBeGreaterThan(0);
    expect(two.delivery.pages().length).toBeGreaterThan(0);
    expect(await a.claimEffects('check', clock.now() + MIN, 100, 1000)).toEqual([]);
  });
});
