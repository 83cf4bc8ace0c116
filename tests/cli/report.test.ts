/**
 * Issue 20: `holdline report <session> --by <person>`: the incident report as Markdown and PDF, for the
 * team's supervisors and its security and legal recipients only, with the threat statement opened for
 * them, times in the reader's zone, and every read in the audit log.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { openStore } from '../../src/store/open.ts';
import { EditablePolicies, TEST_STATEMENT_KEY, wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';
import { parsePdf } from '../pdf/parse.ts';

const WORDS = 'Saya akan saman syarikat ini — Ærlig talt, 你好 ✓';
let dir: string;
let env: Record<string, string>;
let sessionId = '';
const T0 = Date.parse('2026-12-01T09:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'holdline-report-'));
  const teamFile = join(dir, 'holdline.yaml');
  writeFileSync(
    teamFile,
    [
      'threats:',
      '  legal:',
      '    slack: [ULAWYER]',
      'teams:',
      '  billing:',
      '    members: [console:amira]',
      '    escalation:',
      '      levels:',
      '        - supervisors: [slack:UTEAMBOSS]',
      '          ackTimeoutMinutes: 5',
      '  other:',
      '    members: [console:bo]',
      '    escalation:',
      '      levels:',
      '        - supervisors: [slack:UOTHERBOSS]',
      '          ackTimeoutMinutes: 5',
    ].join('\n'),
  );
  env = {
    NODE_ENV: 'test',
    DATA_DIR: join(dir, 'data'),
    FLAG_PEPPER: 'test-pepper-0123456789',
    HOLDLINE_CONFIG: teamFile,
    STATEMENT_KEY: TEST_STATEMENT_KEY.toString('hex'),
  };
  const store = await openStore({ kind: 'pglite', dataDir: env.DATA_DIR ?? '' });
  const clock = new ManualClock(T0);
  const app = wire(store, {
    clock,
    policies: new EditablePolicies({
      teamId: 'billing',
      levels: [{ supervisors: ['slack:UTEAMBOSS'], ackTimeoutMinutes: 5, repeat: 1 }],
      channels: [],
      security: [],
      legal: ['slack:ULAWYER'],
    }),
  });
  const s = await app.sessions.start({
    agentId: 'console:amira',
    teamId: 'billing',
    surface: 'test',
    kind: 'hostile',
    channel: 'phone',
    locale: 'en',
    customerReference: 'kim@example.com',
  });
  if (!s.ok) throw new Error(s.error.code);
  sessionId = s.value.session.id;
  const act = async (event: Parameters<typeof app.sessions.apply>[0]['event']) => {
    clock.advance(60_000);
    const r = await app.sessions.apply({ sessionId, actor: 'console:amira', event });
    if (!r.ok) throw new Error(r.error.code);
    await app.runner.tick();
  };
  for (let i = 0; i < 3; i++) await act({ type: 'hostility', direction: 'worse' });
  await act({ type: 'threat', kind: 'legal' });
  const [esc] = await store.tx((tx) => tx.sessionEscalations(sessionId));
  clock.advance(90_000);
  const ack = await app.escalations.answer({ escalation: esc?.id ?? '', by: 'slack:UTEAMBOSS', takeOver: false });
  if (!ack.ok) throw new Error(ack.error.code);
  const w = await app.statements.write('console:amira', sessionId, {
    said: WORDS,
    when: '10:04, on the phone',
    witnesses: 'nobody',
  });
  if (!w.ok) throw new Error(w.error.code);
  await act({ type: 'close', outcome: 'resolved' });
  await store.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(extra: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { ...env, ...extra }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('the supervisor gets Markdown and a valid PDF: kinds, timeline in their zone, limits, pages, threats, statement, flags', {
  timeout: 120_000,
}, async () => {
  const pdfFile = join(dir, 'report.pdf');
  const r = await cli({}, 'report', sessionId, '--by', 'slack:UTEAMBOSS', '--tz', 'Europe/Oslo', '--pdf', pdfFile);
  expect(r.err).toContain('Written:');
  expect(r.code).toBe(0);
  const md = r.out;
  expect(md).toContain('# Incident report');
  expect(md).toContain('| Agent | console:amira |');
  expect(md).toContain('| Team | billing |');
  expect(md).toContain('| Channel | Phone |');
  expect(md).toContain('| Outcome | Resolved |');
  // 09:00 UTC is 10:00 in Oslo (CET) in December: the reader's zone.
  expect(md).toContain('1 Dec 2026, 10:00 CET: Contact started');
  expect(md).toContain('started as Angry or abusive');
  expect(md).toContain('changed from Angry or abusive to Legal threat');
  expect(md).toContain('Hostility reached 5 (the agent’s limit is 4)');
  expect(md).toMatch(
    /Limit reached \(Hostility\): 5, limit 4 \(normal\); acknowledged by slack:UTEAMBOSS at 1 Dec 2026, 10:0\d CET/,
  );
  expect(md).toContain('reported to legal');
  expect(md).toContain(`\`\`\`text\n${WORDS}\n\`\`\``);
  expect(md).toContain('When: 10:04, on the phone');
  expect(md).toContain('Who else heard it: nobody');
  expect(md).toMatch(/## Flags written\n\n- 1 Dec 2026, 10:0\d CET: legal threat/);

  const pdf = parsePdf(readFileSync(pdfFile));
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  const shown = pdf.text.join('\n');
  expect(shown).toContain('Incident report');
  expect(shown).toContain('Agent: console:amira');
  // Latin-1 and WinAnsi characters survive; the Chinese and the check mark cannot, and the page says so.
  expect(shown).toContain('Saya akan saman syarikat ini — Ærlig talt, ?? ?');
  expect(shown).toContain('are printed as “?” (3 in all)');
});

it('the team’s legal recipient may read it; the agent and another team’s supervisor may not', {
  timeout: 60_000,
}, async () => {
  const legal = await cli({}, 'report', sessionId, '--by', 'slack:ULAWYER');
  expect(legal.code).toBe(0);
  expect(legal.out).toContain(WORDS);
  for (const who of ['console:amira', 'slack:UOTHERBOSS']) {
    const refused = await cli({}, 'report', sessionId, '--by', who);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('Only the team’s supervisors');
    expect(refused.out).toBe('');
  }
  expect((await cli({}, 'report', 'no-such-session', '--by', 'slack:UTEAMBOSS')).code).toBe(1);
  expect((await cli({}, 'report', sessionId)).code).toBe(2);
});

it('without the key the statement is reported as sealed; every read is audited, words never', {
  timeout: 60_000,
}, async () => {
  const sealed = await cli({ STATEMENT_KEY: '' }, 'report', sessionId, '--by', 'slack:UTEAMBOSS');
  expect(sealed.code).toBe(0);
  expect(sealed.out).toContain('Sealed: no key on this Holdline opens it');
  expect(sealed.out).not.toContain('saman');
  const audit = await cli({}, 'audit', '--days', '3650');
  const reads = audit.out.split('\n').filter((l) => l.includes('incident.report'));
  expect(reads.length).toBeGreaterThanOrEqual(3);
  expect(reads.every((l) => l.includes(sessionId))).toBe(true);
  expect(audit.out).not.toContain('saman');
});
