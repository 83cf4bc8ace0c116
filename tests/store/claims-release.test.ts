/**
 * Issue 15: on the embedded database, the folder lock proves a previous owner of the folder is gone, so
 * openStore releases its claims (DrizzleStore.releaseClaims) when the folder is opened: the rest of a page
 * goes out at once after a crash instead of waiting out the 30-second claim lease.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);

describe.each(backends)('claims of a dead owner on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('are released, and the items can be claimed at once', async () => {
    const effect = { type: 'notice', key: 'notice.page_exhausted', id: 'e1', sessionId: 's1' } as const;
    await store.tx((tx) => tx.enqueue([{ effect, surface: 'test' }], T0));
    await store.tx((tx) => tx.scheduleTimer({ id: 't1', sessionId: 's1', dueAt: T0, kind: 'time_check' }, T0));
    expect(await store.claimEffects('dead', T0, 10, 30_000)).toHaveLength(1);
    expect(await store.claimDueTimers('dead', T0, 10, 30_000)).toHaveLength(1);
    // Inside the lease, nobody else may take them…
    expect(await store.claimEffects('alive', T0 + 1_000, 10, 30_000)).toEqual([]);
    // …until the claims are released (what opening the folder does).
    expect(await store.releaseClaims()).toBe(2);
    expect((await store.claimEffects('alive', T0 + 1_000, 10, 30_000)).map((i) => i.id)).toEqual(['e1']);
    expect((await store.claimDueTimers('alive', T0 + 1_000, 10, 30_000)).map((t) => t.id)).toEqual(['t1']);
  });

  it('complete and fail touch only a row this owner holds; the lease is renewed per item', async () => {
    const effect = { type: 'notice', key: 'notice.page_exhausted', id: 'e2', sessionId: 's2' } as const;
    await store.tx((tx) => tx.enqueue([{ effect, surface: 'test' }], T0));
    expect(await store.claimEffects('slow', T0, 10, 30_000)).toHaveLength(1);
    // The slow owner's lease runs out; another instance takes the item.
    expect(await store.claimEffects('other', T0 + 31_000, 10, 30_000)).toHaveLength(1);
    expect(await store.renewClaim('e2', 'slow', T0 + 32_000, 30_000)).toBe(false);
    // The slow owner finishing late neither completes nor reschedules the row the other one holds.
    await store.completeEffect('e2', T0 + 32_000, 'slow');
    await store.failEffect('e2', 'late', T0 + 33_000, T0 + 32_000, 'slow');
    expect(await store.renewClaim('e2', 'other', T0 + 40_000, 30_000)).toBe(true);
    expect(await store.claimEffects('third', T0 + 60_000, 10, 30_000)).toEqual([]); // renewed to +70 s
    await store.completeEffect('e2', T0 + 41_000, 'other');
    expect(await store.claimEffects('third', T0 + 99_000, 10, 30_000)).toEqual([]);
  });
});
