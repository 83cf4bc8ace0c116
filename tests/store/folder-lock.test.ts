/** The data-folder lock (src/store/folder-lock.ts): stale locks are taken over, live ones refused. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acquireFolderLock, FolderInUseError } from '../../src/store/folder-lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdline-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockFile = () => join(dir, 'holdline.lock');

it("takes over a leftover lock holding this process's own pid (a container restarts with the same pid)", () => {
  writeFileSync(lockFile(), String(process.pid));
  const release = acquireFolderLock(dir);
  expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
  release();
});

it('refuses a second open of the same folder in this process, and a lock held by another live process', () => {
  const release = acquireFolderLock(dir);
  expect(() => acquireFolderLock(dir)).toThrow(FolderInUseError);
  release();
  writeFileSync(lockFile(), String(process.ppid)); // the test runner's parent: alive, and not us
  expect(() => acquireFolderLock(dir)).toThrow(`pid ${process.ppid}`);
});

it('takes over a lock left by a process that is gone, and releases it', () => {
  writeFileSync(lockFile(), '2147483646');
  const release = acquireFolderLock(dir);
  release();
  expect(() => readFileSync(lockFile())).toThrow();
});
