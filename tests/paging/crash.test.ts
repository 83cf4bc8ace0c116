/**
 * Kill-and-restart: a real child process is killed with SIGKILL at each dangerous point of page
 * delivery, restarted, and at the end every page is on the "platform" exactly once.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = join(root, 'tests/paging/crash-child.ts');
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

function run(dir: string, file: string, at: number, mode: string[], hold?: { at: string; n: number }) {
  return new Promise<{ held: boolean; code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(hold ? { HOLD_AT: hold.at, HOLD_N: String(hold.n) } : {}),
    };
    // node --import tsx: one process, so SIGKILL hits the process that holds the database (the tsx CLI would fork).
    const p = spawn(process.execPath, ['--import', 'tsx', child, dir, file, String(at), ...mode], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let held = false;
    p.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (!held && stdout.includes('HOLD ')) {
        held = true;
        p.kill('SIGKILL'); // no chance to clean up: exactly what a crash looks like
      }
    });
    p.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    p.on('error', reject);
    p.on('close', (code) => resolve({ held, code, stdout, stderr }));
  });
}

describe('kill -9 at every point of page delivery, then restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'holdline-crash-'));
  const file = join(dir, 'platform.txt');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('delivers every page exactly once', { timeout: 600_000 }, async () => {
    const steps: [number, string[], { at: string; n: number } | undefined][] = [
      [T0, ['create', '5'], { at: 'after-commit', n: 1 }], // pages committed, nothing sent
      [T0 + 1 * MIN, ['drain'], { at: 'before-send', n: 2 }], // journal 'sending', platform not called
      [T0 + 2 * MIN, ['drain'], { at: 'after-send', n: 2 }], // platform has it, journal does not know
      [T0 + 3 * MIN, ['drain'], { at: 'after-mark', n: 1 }], // journal 'sent', outbox row not done
      [T0 + 4 * MIN, ['drain'], undefined],
      [T0 + 7 * MIN, ['drain'], { at: 'after-send', n: 3 }], // re-notifications from due timers
      [T0 + 8 * MIN, ['drain'], undefined],
      [T0 + 13 * MIN, ['drain'], { at: 'before-send', n: 1 }], // exhausted: page updates
      [T0 + 14 * MIN, ['drain'], undefined],
    ];
    for (const [at, mode, hold] of steps) {
      const r = await run(dir, file, at, mode, hold);
      expect(r.stderr.replace(/npm warn.*\n/g, ''), r.stderr).toBe('');
      expect(r.held || r.stdout.includes('DONE'), r.stdout).toBe(true);
      if (hold) expect(r.held, `expected to stop at ${hold.at}`).toBe(true);
    }
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const ids = lines.map((l) => l.split(' ')[0]);
    const duplicates = ids.length - new Set(ids).size;
    // 5 escalations × (first page, one re-notification, the "exhausted" update) = 15 pages.
    const store = await openStore({ kind: 'pglite', dataDir: dir });
    try {
      expect(await store.claimEffects('check', T0 + 60 * MIN, 100, 1000)).toEqual([]);
      expect(duplicates).toBe(0);
      expect(lines.filter((l) => l.endsWith(' page'))).toHaveLength(10);
      expect(lines.filter((l) => l.endsWith(' page_update'))).toHaveLength(5);
    } finally {
      await store.close();
    }
    expect(existsSync(file)).toBe(true);
  });
});
