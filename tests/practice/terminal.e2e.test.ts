/**
 * Practice in the terminal, as a trainer scripts it: `holdline practice --scenario … --seed 7` with piped
 * input (the same seed and moves replay the same transcript: tests/practice/engine.test.ts), then `p` at
 * the start prompt of `npm start`. Real processes, one data folder; afterwards the
 * folder holds two practice_runs rows and no session, outbox row, escalation or flag.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { runHoldline } from '../helpers/holdline-process.ts';
import { nonEmpty, rowCounts } from './rows.ts';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'holdline-practice-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[], input: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/index.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, HOLDLINE_AGENT: 'amira' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('practice in the terminal', () => {
  it('a scripted run through the CLI and one through `p` end with a debrief and store only their scores', async () => {
    // listen, repeat, empathise, apologise, ask to stop, last-resort line, end
    const run = await cli(['practice', '--scenario', 'insult_wait_phone', '--seed', '7'], '1\n2\n3\n4\n11\n12\n13\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Practice: Insults, Phone, a customer who hates you whatever you do.');
    expect(run.stdout).toContain('Customer: Are you stupid or just slow?');
    expect(run.stdout).toContain('  → Would flag the customer for insults, so the next agent is prepared');
    expect(run.stdout).toMatch(/Debrief: (8[5-9]|9\d|100)\/100 \(you ended the conversation\)/);
    expect(run.stdout).toContain('Warnings given: 2, of which the last-resort line: 1.');
    expect(run.stdout).toContain('Replay this run: --scenario insult_wait_phone --seed 7');
    // At the start prompt: p, argue twice, end without a warning, quit.
    const repl = await runHoldline(dataDir, 'p\n8\n8\n13\nq\n');
    expect(repl.code).toBe(0);
    expect(repl.stdout).toContain('You: "I\'m right and you\'re wrong"');
    const score = Number(/Debrief: (\d+)\/100/.exec(repl.stdout)?.[1]);
    expect(score).toBeLessThanOrEqual(40);
    expect(repl.stdout).toContain('Two things to work on:');
    expect(repl.stdout).toContain('(field guide §1)');

    const store = await openStore({ kind: 'pglite', dataDir });
    try {
      const counts = await rowCounts(store);
      expect(counts.practice_runs).toBe(2);
      // Nothing real: no session, outbox row, timer, escalation, page delivery, flag or care post.
      // (npm start's own runner claims the weekly digest in care_nudges, and the store keeps the pepper's
      // fingerprint in settings; neither is practice.)
      expect(nonEmpty(counts).filter((t) => !t.startsWith('__') && t !== 'care_nudges' && t !== 'settings')).toEqual([
        'practice_runs',
      ]);
    } finally {
      await store.close();
    }
  }, 90_000);
});
