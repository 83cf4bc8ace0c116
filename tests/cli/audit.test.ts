/**
 * Issue 18: the CLI's --by is checked against the team file (its supervisors are accepted, not only
 * HOLDLINE_SUPERVISORS), and every lookup, export and removal lands in the audit log with the person
 * and the OS user; `holdline audit [--days N] [--by ID]` reads it back. Ids and counts, never the
 * reference or the note.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { openStore } from '../../src/store/open.ts';
import { wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

const REF = '+47 912 34 567';
const NOTE = 'kestrel-note-8812';
let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdline-audit-'));
  const teamFile = join(dir, 'holdline.yaml');
  writeFileSync(
    teamFile,
    [
      'teams:',
      '  billing:',
      '    members: [console:amira]',
      '    escalation:',
      '      levels:',
      '        - supervisors: [slack:UTEAMBOSS]',
      '          ackTimeoutMinutes: 5',
    ].join('\n'),
  );
  env = {
    NODE_ENV: 'test',
    DATA_DIR: join(dir, 'data'),
    FLAG_PEPPER: 'test-pepper-0123456789',
    DEFAULT_PHONE_COUNTRY: '47',
    HOLDLINE_CONFIG: teamFile,
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('a team-file supervisor may use --by; lookups and exports are audited with the OS user', {
  timeout: 120_000,
}, async () => {
  const store = await openStore({ kind: 'pglite', dataDir: env.DATA_DIR ?? '' });
  const app = wire(store, { clock: new ManualClock(Date.now()) });
  const s = await app.sessions.start({
    agentId: 'console:amira',
    // Amira's team, as the team file gives it in production: its supervisor reads only this team's flags.
    teamId: 'billing',
    surface: 'test',
    kind: 'physical_threat',
    channel: 'phone',
    locale: 'en',
    customerReference: REF,
  });
  if (!s.ok) throw new Error(s.error.code);
  await app.sessions.apply({
    sessionId: s.value.session.id,
    actor: 'console:amira',
    event: { type: 'flag', kind: 'hostility', note: NOTE },
  });
  await store.close();

  const lookup = await cli('flags', 'lookup', REF, '--by', 'slack:UTEAMBOSS');
  expect(lookup.err).toBe('');
  expect(lookup.code).toBe(0);
  expect(lookup.out).toContain(NOTE);
  expect((await cli('flags', 'export', REF, '--by', 'slack:UTEAMBOSS')).code).toBe(0);
  const refused = await cli('flags', 'lookup', REF, '--by', 'console:amira');
  expect(refused.code).toBe(3);

  const audit = await cli('audit', '--days', '1');
  expect(audit.code).toBe(0);
  const lines = audit.out.split('\n');
  expect(lines.map((l) => l.split('\t')[1])).toEqual(['flags.export', 'flags.lookup']);
  for (const l of lines) {
    const [, , actor, os] = l.split('\t');
    expect(actor).toBe('slack:UTEAMBOSS');
    expect(os).toBe(userInfo().username);
  }
  expect(lines[1]?.split('\t')[5]).toBe('2'); // the threat's own flag and the hostility flag
  expect(audit.out).not.toMatch(/912|kestrel/);
  const none = await cli('audit', '--by', 'console:nobody');
  expect(none.out).toBe('');
  expect(none.err).toContain('No audit records');
});
