/**
 * On PostgreSQL a commit that makes care work due (a care effect queued, a break started) NOTIFYs, as a
 * session's outbox row does, so another instance's runner wakes at once instead of at its next poll.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends, MemoryLog } from '../helpers/store.ts';

const postgres = backends.filter((b) => b.name === 'postgres');

describe.skipIf(postgres.length === 0).each(postgres)('care wakes other instances on $name', (backend) => {
  let store: DrizzleStore;
  let wakes = 0;
  let unlisten: () => Promise<void> = async () => {};
  beforeEach(async () => {
    store = await backend.open();
    const listen = store.listen;
    if (!listen) throw new Error('PostgreSQL stores listen');
    unlisten = await listen.call(store, () => wakes++, new MemoryLog());
  });
  afterEach(async () => {
    await unlisten();
    await store.close();
  });

  /** Wakes counted after `fn` commits (the first wake comes from connecting). */
  async function wakesAfter(fn: () => Promise<void>): Promise<number> {
    await new Promise((r) => setTimeout(r, 100));
    const before = wakes;
    await fn();
    for (let i = 0; i < 50 && wakes === before; i++) await new Promise((r) => setTimeout(r, 50));
    return wakes - before;
  }

  it('a session effect wakes the listener (as before)', async () => {
    const woke = await wakesAfter(() =>
      store.tx((tx) =>
        tx.enqueue(
          [{ effect: { type: 'notice', key: 'notice.paged', id: 'n1', sessionId: 's1' }, surface: 'test' }],
          Date.now(),
        ),
      ),
    );
    expect(woke).toBeGreaterThan(0);
  });

  it('queuing a care effect wakes the listener', async () => {
    const woke = await wakesAfter(() =>
      store.care.careTx((tx) =>
        tx.enqueueCare([
          {
            id: 'care-1',
            surface: 'test',
            effect: { type: 'breakOver', agentId: 'test:amira', minutes: 5 },
            availableAt: Date.now(),
          },
        ]),
      ),
    );
    expect(woke).toBeGreaterThan(0);
  });

  it('starting a break wakes the listener', async () => {
    const now = Date.now();
    const woke = await wakesAfter(() =>
      store.care.careTx((tx) =>
        tx.insertBreak(
          { id: 'b1', agentId: 'test:amira', teamId: 't1', surface: 'test', minutes: 5, endsAt: now + 300_000 },
          now,
        ),
      ),
    );
    expect(woke).toBeGreaterThan(0);
  });
});
