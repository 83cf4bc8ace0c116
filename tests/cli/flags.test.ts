import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { openStore } from '../../src/store/open.ts';
import { wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

const NOTE = 'Threatened to come to the office, quokka-4411';

describe('holdline flags (command line)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-cli-'));
    env = {
      NODE_ENV: 'test',
      DATA_DIR: dir,
      FLAG_PEPPER: 'test-pepper-0123456789',
      DEFAULT_PHONE_COUNTRY: '+47',
      HOLDLINE_SUPERVISORS: 'console:boss, slack:U123',
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['flags', ...argv], { env, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('looks up, exports and removes for a supervisor; refuses an agent with a sentence', {
    timeout: 120_000,
  }, async () => {
    const store = await openStore({ kind: 'pglite', dataDir: dir });
    const app = wire(store, { clock: new ManualClock(Date.now()) });
    const s = await app.sessions.start({
      agentId: 'console:amira',
      surface: 'test',
      kind: 'physical_threat',
      channel: 'phone',
      locale: 'en',
      customerReference: '+47 912 34 567',
    });
    if (!s.ok) throw new Error(s.error.code);
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: 'console:amira',
      event: { type: 'flag', kind: 'hostility', note: NOTE },
    });
    await store.close();

    const refused = await cli('lookup', '+47 912 34 567', '--by', 'console:amira');
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('Only a supervisor can look up, remove or export customer flags.');
    expect(refused.out).toBe('');

    const lookup = await cli('lookup', '0047 912 34 567', '--by', 'console:boss');
    expect(lookup.code).toBe(0);
    expect(lookup.out).toContain('Unexpired flags for …4567: 2');
    expect(lookup.out).toContain('physical threat');
    expect(lookup.out).toContain(`note: ${NOTE}`);

    const exported = await cli('export', '912 34 567', '--by', 'slack:U123');
    expect(exported.code).toBe(0);
    const record = JSON.parse(exported.out);
    expect(record.customer).toBe('…4567');
    expect(record.sessions[0].timeline.map((e: { type: string }) => e.type)).toContain('customer_flagged');
    expect(exported.out).not.toContain('91234567');

    const id = /^(\S+) {2}hostility/m.exec(lookup.out)?.[1];
    expect(id).toBeDefined();
    expect((await cli('remove', id ?? '', '--by', 'console:boss')).err).toContain('Give a reason');
    const removed = await cli('remove', id ?? '', '--reason', 'Duplicate of the threat flag', '--by', 'console:boss');
    expect(removed).toMatchObject({ code: 0 });
    expect(removed.out).toContain('removed');
    expect((await cli('lookup', '+4791234567', '--by', 'console:boss')).out).toContain('Unexpired flags for');
  });

  it('prints the usage for bad arguments and exits 2', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: holdline flags lookup');
    expect((await cli('lookup', 'x')).code).toBe(2); // no --by
  });
});
