/**
 * The threat statement in the terminal (issue 20), through the real REPL: offered only on a legal or
 * physical threat, sealed before it is stored, never in a log line or a table in clear.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { startTerminal } from './terminal-driver.ts';

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

const WORDS = 'I know where you park, I will wait for you at five';

it('v, then n: the words, when and who heard, sealed; a NUL is dropped; nothing in clear in the store or logs', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  const angry = await t.type('6');
  expect(angry).not.toContain('n) write down');
  const threat = await t.type('v');
  expect(threat).toContain('n) write down exactly what was said (encrypted)');
  expect(await t.type('n')).toContain('For this physical threat');
  await t.type(`${WORDS}\u0000`);
  await t.type('just before 14:05');
  const saved = await t.type('Bob at the next desk');
  expect(saved).toContain('Saved and encrypted');
  // Offered once per session: the next step does not repeat the hint.
  expect(await t.type('w')).not.toContain('n) write down');
  await t.end();

  const [session] = await store.recentSessions('console:amira', 1);
  if (session === undefined) throw new Error('no session');
  const opened = await t.app.statements.openFor(session);
  expect(opened).toEqual([
    expect.objectContaining({
      threat: 'physical',
      agentId: 'console:amira',
      said: WORDS,
      when: 'just before 14:05',
      witnesses: 'Bob at the next desk',
    }),
  ]);
  const everything = JSON.stringify(await store.dump());
  expect(everything).toContain('threat_statements');
  for (const clear of ['park', 'Bob at the next desk', 'just before']) expect(everything).not.toContain(clear);
  const logs = JSON.stringify(t.app.log.lines);
  expect(logs).toContain('threat statement written');
  for (const clear of ['park', 'Bob', 'just before']) expect(logs).not.toContain(clear);
});

it('an over-long statement is refused with a sentence and asked again; an empty one saves nothing', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  await t.type('g');
  expect(await t.type('n')).toContain('For this legal threat');
  const long = await t.type('x'.repeat(2_001));
  expect(long).toContain('That is too long (2001 characters; the most is 2000)');
  await t.type('You will hear from my lawyer');
  await t.type('');
  expect(await t.type('')).toContain('Saved and encrypted');
  await t.type('n');
  expect(await t.type('   ')).toContain('Nothing was saved: write what the customer said first.');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  if (session === undefined) throw new Error('no session');
  const opened = await t.app.statements.openFor(session);
  expect(opened.map((s) => [s.threat, s.said, s.when, s.witnesses])).toEqual([
    ['legal', 'You will hear from my lawyer', null, null],
  ]);
});

it('without STATEMENT_KEY the option is not offered: the agent is told why, once', { timeout: 30_000 }, async () => {
  const t = startTerminal(store, { statementKey: null });
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  const threat = await t.type('v');
  expect(threat).toContain('it needs an encryption key (STATEMENT_KEY) that has not been set');
  expect(threat).not.toContain('n) write down');
  expect(await t.type('w')).not.toContain('STATEMENT_KEY');
  expect(await t.type('n')).toContain('switched off here');
  await t.end();
  expect(await store.statements.statementsOf((await store.recentSessions('console:amira', 1))[0]?.id ?? '', 0)).toEqual(
    [],
  );
});

it('not on an angry contact with no threat: n is an unknown key there', { timeout: 30_000 }, async () => {
  const t = startTerminal(store);
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  expect(await t.type('n')).toContain('"n"');
  await t.end();
});
