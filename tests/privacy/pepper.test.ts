/**
 * Issue 18, pepper discipline: a chat deployment must set FLAG_PEPPER (no pepper generated beside the
 * hashes), and a database refuses a pepper other than the one its hashes were made with.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { checkPepper, loadPepper, PepperMismatchError, pepperFingerprint } from '../../src/privacy/pepper.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends, MemoryLog } from '../helpers/store.ts';

describe('FLAG_PEPPER with a chat adapter', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-pepper-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['Slack', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }],
    ['Discord', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1100000000000000001' }],
  ])(
    '%s without FLAG_PEPPER: start-up stops with a sentence, and no pepper is written to the data folder',
    (_n, env) => {
      const config = loadConfig({ DATA_DIR: dir, ...env });
      expect(() => loadPepper(config, new MemoryLog())).toThrow(
        /FLAG_PEPPER must be set when Slack or Discord is configured/,
      );
      expect(existsSync(join(dir, 'pepper.secret'))).toBe(false);
    },
  );

  it('the terminal alone still gets a generated development pepper', () => {
    const pepper = loadPepper(loadConfig({ DATA_DIR: dir }), new MemoryLog());
    expect(pepper.length).toBeGreaterThanOrEqual(16);
  });
});

describe.each(backends)('the stored pepper fingerprint ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('is recorded on first start, accepted again, and a different pepper is refused with a clear message', async () => {
    await checkPepper(store, 'first-pepper-0123456789', 1);
    await checkPepper(store, 'first-pepper-0123456789', 2);
    const other = checkPepper(store, 'mistyped-pepper-0123456', 3);
    await expect(other).rejects.toBeInstanceOf(PepperMismatchError);
    await expect(other).rejects.toThrow(/not the pepper this database's customer hashes were made with/);
    // The fingerprint reveals nothing of the pepper.
    const dump = JSON.stringify(await store.dump());
    expect(dump).toContain(pepperFingerprint('first-pepper-0123456789'));
    expect(dump).not.toContain('first-pepper');
  });
});
