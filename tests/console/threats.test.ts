/** Threats at any step in the terminal (issue 14), through the real REPL with an injected clock. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { startTerminal } from './terminal-driver.ts';

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

it('v in an angry session: the safety step, a physical-threat page and report; v after the ack pages again', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  const first = await t.type('v');
  expect(first).toContain('A physical threat: your safety first');
  expect(first).toContain('CRITICAL Holdline page: console:amira reports a physical threat');
  expect(first).toContain('Physical threat (contact: Phone)');
  expect(first).toContain('Physical threat reported by console:amira');
  t.clock.advance(3 * 60_000);
  const repeat = await t.type('v');
  expect(repeat).toContain('Threat repeated at 09:03');
  // Security, already told, gets an update to its report saying when (the reader's format and zone).
  expect(repeat).toContain('Update to the Holdline threat report for security');
  expect(repeat).toContain('Physical threat repeated at 09:03 UTC');
  const [id] = await t.escalationIds();
  await t.type(`ack ${id} console:supervisor`);
  const again = await t.type('v');
  expect(again).not.toContain('moved on');
  expect(again).toContain('CRITICAL Holdline page');
  expect(again).not.toContain('Threat repeated');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.timeline.filter((e) => e.type === 'threat').map((e) => e.data?.repeated)).toEqual([
    false,
    true,
    true,
  ]);
  expect(await t.escalationIds()).toHaveLength(2);
});

it('in Malay, v and g typed after an acknowledgement are both acted on', { timeout: 30_000 }, async () => {
  const t = startTerminal(store, { locale: 'ms' });
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  await t.type('s');
  await t.type('3');
  const [id] = await t.escalationIds();
  await t.type(`ack ${id} console:supervisor`);
  await t.type('v');
  await t.type('g');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.timeline.filter((e) => e.type === 'threat').map((e) => e.data?.kind)).toEqual(['physical', 'legal']);
  expect(session?.reported).toEqual(['security', 'legal']);
  expect(session?.kind).toBe('legal_threat');
});

it('in person: the emergency number from the team file; the contact ends "for safety", never "after a warning"', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store, { emergency: { number: '999', note: 'Then tell building security on 4444.' } });
  await t.ready();
  // Enter, 5 = in person, no reference, nothing said, 4 = physical threat.
  for (const line of ['', '5', '', '']) await t.type(line);
  const shown = await t.type('4');
  expect(shown).toContain('move away from the customer to a safe place, then call 999');
  expect(shown).toContain('Then tell building security on 4444.');
  await t.type('x');
  const menu = t.printed.slice(t.printed.lastIndexOf('Ended for safety') - 40);
  expect(menu).toContain('Ended for safety');
  const ended = await t.type('4');
  expect(ended).toContain('Session closed: Ended for safety.');
  expect(ended).not.toContain('flagged');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.outcome).toBe('ended_for_safety');
  expect(session?.flagged).toEqual([]);
});

it('g twice: legal gets an update to the report saying the threat was repeated, and the agent is told', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  const first = await t.type('g');
  expect(first).toContain('Holdline threat report for the legal team');
  t.clock.advance(2 * 60_000);
  const again = await t.type('g');
  expect(again).toContain('Update to the Holdline threat report for the legal team');
  expect(again).toContain('Legal threat repeated at 09:02 UTC');
  expect(again).toContain('Sent to the legal team: an update to the threat report saying it was repeated.');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.timeline.filter((e) => e.type === 'threat_report_updated').map((e) => e.data?.to)).toEqual(['legal']);
});
