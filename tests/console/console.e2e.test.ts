/**
 * Spawns Holdline the way a user does (tsx src/main.ts, no chat tokens) with piped input, then
 * opens its data folder and checks what was recorded.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { runHoldline } from '../helpers/holdline-process.ts';

describe('terminal adapter, end to end', { timeout: 180_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-e2e-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('guides a vulgarity call on the phone to "ended after warning" and records every step', async () => {
    // Enter (start), 1 = phone, a customer reference, nothing said, 1 = vulgarity, then the boundary ladder.
    const input = ['', '1', '+47 912 34 567', '', '1', '2', '2', '2', '2', '1', 'q'].join('\n');
    const run = await runHoldline(dir, `${input}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Let them vent first');
    expect(run.stdout).toContain('Set the boundary, politely and firmly');
    expect(run.stdout).toContain('The last-resort line');
    expect(run.stdout).toContain('Tell them, then end the conversation');
    expect(run.stdout).toContain('Session closed: Ended after a warning.');
    expect(run.stdout).toContain('take three slow breaths');

    const store = await openStore({ kind: 'pglite', dataDir: dir });
    try {
      const [session] = await store.recentSessions('console:amira', 5);
      expect(session?.outcome).toBe('ended_after_warning');
      expect(session?.warnings).toBe(3);
      expect(session?.customer?.hint).toBe('…4567');
      expect(session?.timeline.map((e) => e.type)).toEqual(
        expect.arrayContaining(['started', 'warning_given', 'told_ending', 'customer_flagged', 'closed']),
      );
      // Everything was delivered: nothing is left pending in the outbox.
      expect(await store.claimEffects('check', Date.now() + 1000, 100, 1000)).toEqual([]);
    } finally {
      await store.close();
    }
    // Logs go to a file in the data folder, never to the agent's screen (only warnings reach a piped stderr).
    const logFile = readFileSync(join(dir, 'holdline.log'), 'utf8');
    expect(logFile).toContain('holdline started');
    expect(run.stderr).not.toContain('holdline started');
    expect(run.stdout).not.toMatch(/"level":|INFO|WARN/);
    expect(logFile).not.toContain('912 34 567');
    // Privacy: the clear phone number appears in neither the logs nor the database files' JSON.
    expect(run.stderr).not.toContain('912 34 567');
    expect(run.stdout).not.toContain('912 34 567');
  });

  it('answers bad input with a sentence and keeps the session; EOF keeps it open for next time', async () => {
    const long = 'x'.repeat(10_000);
    // An over-long reference is asked again (the channel is kept); then the session meets bad input.
    const input = ['', '9', '2', long, '', '', '6', 'zzz', '42', 'c 9', '1'];
    const first = await runHoldline(dir, input.join('\n'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Choose a number from 1 to 7.'); // seven channels, with SMS and social media
    expect(first.stdout).toContain('That is too long (10000 characters; the most is 320)');
    expect(first.stdout).toContain('I did not understand "zzz"');
    expect(first.stdout).toContain('Choose a number from 1 to 3.');
    expect(first.stdout).toContain('That value is out of range. Complexity is 1 to 5.');
    expect(first.stdout).toContain('Empathise and apologise');
    // EOF ends the program cleanly and keeps the open session for next time.
    expect(first.stdout).toContain('Your open session is kept');
    const second = await runHoldline(dir, 'q\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('You have an open session from');
    expect(second.stdout).toContain('Empathise and apologise');
  });

  it('reads what the customer said: a physical threat pages at once, the words are never stored', async () => {
    const said = 'he said he knows where the store is and he will be waiting for me';
    const run = await runHoldline(dir, ['', '5', 'acct-5521', said, 'k', '3', 'q'].join('\n'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[PAGE → console:supervisor[^\]]*\] CRITICAL/);
    expect(run.stdout).toContain('[REPORT → console:security]');
    expect(run.stdout).toContain('Why: “knows where the store is”');
    const store = await openStore({ kind: 'pglite', dataDir: dir });
    try {
      const [session] = await store.recentSessions('console:amira', 1);
      // Corrected to a legal threat: the correction is recorded, the page already sent stands.
      expect(session?.kind).toBe('legal_threat');
      expect(session?.timeline.find((e) => e.type === 'reclassified')?.data).toMatchObject({
        from: 'physical_threat',
        to: 'legal_threat',
        suggested: 'physical_threat',
      });
      expect(JSON.stringify(session)).not.toContain('waiting for me');
      expect(JSON.stringify(session)).not.toContain('acct-5521');
    } finally {
      await store.close();
    }
    expect(run.stderr).not.toContain('waiting for me');
  });

  it('a possible physical threat is proposed first and pages only when the agent accepts it', async () => {
    const run = await runHoldline(dir, ['', '5', 'acct-7', 'accidents happen', '', 'q'].join('\n'));
    expect(run.code).toBe(0);
    const proposed = run.stdout.indexOf('Possibly a physical threat (nobody alerted yet)');
    const accept = run.stdout.indexOf('Enter accepts the suggestion');
    const page = run.stdout.search(/\[PAGE → console:supervisor[^\]]*\] CRITICAL/);
    expect(proposed).toBeGreaterThan(-1);
    expect(run.stdout).toContain('Why: “accidents”');
    expect(run.stdout).toMatch(/Physical threat ← suggested/);
    // Nobody is paged on the guess: the page follows the agent's Enter.
    expect(accept).toBeGreaterThan(proposed);
    expect(page).toBeGreaterThan(accept);
    expect(run.stdout).toContain('[REPORT → console:security]');
  });

  it('refuses an invalid configuration with one message naming each bad key', async () => {
    const run = await runHoldline(dir, '', { DEFAULT_LIMIT_HOSTILITY: '9', DATABASE_URL: 'mysql://x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DEFAULT_LIMIT_HOSTILITY');
    expect(run.stderr).toContain('DATABASE_URL');
  });
});
