/** A break's reminder is a durable timer: it fires after a restart (the PGlite data folder reopened). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { ManualClock } from '../helpers/store.ts';
import { wireCare } from './wire.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdline-breaks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('fires the break reminder after the process restarted', { timeout: 120_000 }, async () => {
  const clock = new ManualClock();
  const first = await openStore({ kind: 'pglite', dataDir: dir });
  const before = wireCare(first, { clock });
  expect((await before.care.startBreak({ agentId: 'amira', surface: 'test', minutes: 15 })).ok).toBe(true);
  await before.runner.tick();
  await first.close(); // the process stops before the break is over

  clock.advance(20 * 60_000);
  const second = await openStore({ kind: 'pglite', dataDir: dir });
  try {
    const after = wireCare(second, { clock, owner: 'instance-b' });
    await after.runner.tick();
    expect(after.careDelivery.ofType('breakOver')).toEqual([{ type: 'breakOver', agentId: 'amira', minutes: 15 }]);
    await after.runner.tick();
    expect(after.careDelivery.ofType('breakOver')).toHaveLength(1);
    expect(before.careDelivery.delivered).toEqual([]);
  } finally {
    await second.close();
  }
});
