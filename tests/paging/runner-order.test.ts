/**
 * Issue 15, the runner: pages go out first and nothing else in a pass can hold them up (a care query that
 * throws), and a commit that arrives while the runner is working out how long to sleep is not left waiting
 * for the next poll (10 minutes here).
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Runner } from '../../src/app/runner.ts';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { Store } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const agent = 'test:agent';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: ['test:sup1'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['test:pages'],
  security: [],
  legal: [],
};
const startReq = {
  agentId: agent,
  surface: 'test',
  kind: 'supervisor_request',
  channel: 'phone',
  locale: 'en',
} as const;

describe.each(backends)('runner order and wake-up on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('a care store that throws does not stop a due page: the page is delivered in the same pass', async () => {
    const app = wire(store, { policies: new EditablePolicies(POLICY) });
    await app.agents.setLimits(agent, { minutes: 480, hostility: 5, complexity: 5 });
    const s = await app.sessions.start(startReq);
    if (!s.ok) throw new Error('start failed');
    // The care side's tables are gone (a real store error from every care query).
    await (store as unknown as { db: { execute(q: unknown): Promise<unknown> } }).db.execute(
      sql`ALTER TABLE breaks RENAME TO breaks_gone`,
    );
    const r = await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: agent,
      event: { type: 'escalate', reason: 'customer_insists' },
    });
    expect(r.ok).toBe(true);
    await expect(app.runner.tick()).rejects.toThrow(/care/);
    expect(app.delivery.pages().map((p) => p.kind)).toEqual(['page']);
    // Session effects still went out too; only care failed.
    expect(app.delivery.types()).toContain('prompt');
    expect(app.log.lines.some((l) => l.level === 'error' && (l.obj as { part?: string }).part === 'care')).toBe(true);
  });

  it('a kick while the runner works out its sleep is not lost (poll interval 10 minutes)', async () => {
    let runner: Runner | null = null;
    const app = wire(store, { onCommitted: () => runner?.kick() });
    // The store as the runner sees it, with nextDueAt's answer held until the test lets it through.
    let enter: () => void = () => {};
    const entered = new Promise<void>((r) => {
      enter = r;
    });
    let release: () => void = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    let held = false;
    const gated: Store = Object.create(store, {
      nextDueAt: {
        value: async () => {
          // Answered from the database before the commit below, delivered to the runner after it.
          const next = await store.nextDueAt();
          if (!held) {
            held = true;
            enter();
            await released;
          }
          return next;
        },
      },
    });
    runner = new Runner({
      store: gated,
      sessions: app.sessions,
      dispatcher: app.dispatcher,
      clock: app.clock,
      log: app.log,
      owner: 'instance-a',
      pollMs: 10 * 60_000,
    });
    runner.start();
    await entered; // the first pass is done; the runner is inside sleep()'s nextDueAt
    const s = await app.sessions.start(startReq); // commits a prompt and kicks
    expect(s.ok).toBe(true);
    const kickedAt = Date.now();
    release();
    const deadline = Date.now() + 5_000;
    while (!app.delivery.types().includes('prompt') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    expect(app.delivery.types()).toContain('prompt');
    expect(Date.now() - kickedAt).toBeLessThan(1_000);
    await runner.stop();
  });
});
