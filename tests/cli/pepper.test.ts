/**
 * Issue 18: `holdline pepper rotate --from-env OLD --to-env NEW --by <admin>` through the real CLI on an
 * embedded data folder made as before HKDF (raw-pepper hashes). Peppers come from the environment only;
 * afterwards `flags lookup` finds the flags with the new pepper and refuses the old one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { openStore } from '../../src/store/open.ts';
import { wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

const OLD = 'test-pepper-0123456789'; // the pepper tests/helpers/app.ts hashes with
const NEW = 'the-new-pepper-5555555555';
let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdline-pepper-cli-'));
  env = {
    NODE_ENV: 'test',
    DATA_DIR: dir,
    FLAG_PEPPER: OLD,
    OLD_PEPPER: OLD,
    NEW_PEPPER: NEW,
    DEFAULT_PHONE_COUNTRY: '+47',
    HOLDLINE_SUPERVISORS: 'console:boss',
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(extra: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { ...env, ...extra }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('re-keys a raw-pepper database; lookups then work with the new pepper only', { timeout: 240_000 }, async () => {
  const store = await openStore({ kind: 'pglite', dataDir: dir });
  const app = wire(store, { clock: new ManualClock(Date.now()) });
  const s = await app.sessions.start({
    agentId: 'console:amira',
    surface: 'test',
    kind: 'insult',
    channel: 'phone',
    locale: 'en',
    customerReference: '+47 912 34 567',
  });
  if (!s.ok) throw new Error(s.error.code);
  await app.sessions.apply({
    sessionId: s.value.session.id,
    actor: 'console:amira',
    event: { type: 'flag', kind: 'insult' },
  });
  await store.close();

  // Before Holdline has recorded its pepper, a rotation cannot check the old one: refused.
  const unknown = await cli(
    {},
    'pepper',
    'rotate',
    '--from-env',
    'OLD_PEPPER',
    '--to-env',
    'NEW_PEPPER',
    '--by',
    'console:boss',
  );
  expect(unknown.code).toBe(1);
  expect(unknown.err).toContain('has not recorded its pepper yet');
  // Any flags command (or a start) records it, and re-keys the raw-pepper hashes under HKDF-derived keys.
  expect((await cli({}, 'flags', 'lookup', '+47 912 34 567', '--by', 'console:boss')).out).toContain(
    'Unexpired flags for …4567: 1',
  );

  const usage = await cli({}, 'pepper', 'rotate', '--from-env', 'OLD_PEPPER', '--by', 'console:boss');
  expect(usage.code).toBe(2);
  const notAdmin = await cli(
    {},
    'pepper',
    'rotate',
    '--from-env',
    'OLD_PEPPER',
    '--to-env',
    'NEW_PEPPER',
    '--by',
    'console:amira',
  );
  expect(notAdmin.code).toBe(3);
  const wrong = await cli(
    { OLD_PEPPER: 'not-the-pepper-at-all-000' },
    'pepper',
    'rotate',
    '--from-env',
    'OLD_PEPPER',
    '--to-env',
    'NEW_PEPPER',
    '--by',
    'console:boss',
  );
  expect(wrong.code).toBe(1);
  expect(wrong.err).toContain('is not the one this database uses');

  const rotated = await cli(
    {},
    'pepper',
    'rotate',
    '--from-env',
    'OLD_PEPPER',
    '--to-env',
    'NEW_PEPPER',
    '--by',
    'console:boss',
  );
  expect(rotated.err).toBe('');
  expect(rotated.code).toBe(0);
  expect(rotated.out).toContain('Rows re-keyed: flags 1, sessions 1');

  const old = await cli({}, 'flags', 'lookup', '+47 912 34 567', '--by', 'console:boss');
  expect(old.code).toBe(2);
  expect(old.err).toContain('Rotating the pepper');
  const found = await cli({ FLAG_PEPPER: NEW }, 'flags', 'lookup', '+47 912 34 567', '--by', 'console:boss');
  expect(found.code).toBe(0);
  expect(found.out).toContain('Unexpired flags for …4567: 1');

  const audit = await cli({ FLAG_PEPPER: NEW }, 'audit', '--days', '1');
  expect(audit.out).toContain('pepper.rotate');
});
