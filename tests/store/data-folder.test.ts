/**
 * Issue 18: the embedded database's folder is private. Created 0700, the files PGlite writes (the WAL
 * held a flag note in clear) carry no group/other bits, and a folder opened to others is warned about.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { MemoryLog } from '../helpers/store.ts';

const parent = mkdtempSync(join(tmpdir(), 'holdline-mode-'));
const dir = join(parent, 'data');
afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

/** Every file and folder under `root` whose mode lets group or other read, write or enter. */
function openToOthers(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => (statSync(p).mode & 0o077) !== 0);
}

it('a new data folder is 0700 and nothing PGlite writes in it (WAL included) is readable by others', {
  timeout: 30_000,
}, async () => {
  const log = new MemoryLog();
  const store = await openStore({ kind: 'pglite', dataDir: dir, log });
  await store.close();
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  expect(readdirSync(join(dir, 'pg_wal')).length).toBeGreaterThan(0);
  expect(openToOthers(dir)).toEqual([]);
  expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
});

it('an existing folder that group/other can read is warned about at start, with the fix', {
  timeout: 30_000,
}, async () => {
  chmodSync(dir, 0o755);
  const log = new MemoryLog();
  const store = await openStore({ kind: 'pglite', dataDir: dir, log });
  await store.close();
  const warning = log.lines.find((l) => l.level === 'warn');
  expect(warning?.msg).toContain(`chmod 700 ${dir}`);
  expect(warning?.obj).toMatchObject({ mode: '0755' });
});
