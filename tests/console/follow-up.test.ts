/** The follow-up in the terminal (issue 20), through the real REPL with an injected clock. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { startTerminal } from './terminal-driver.ts';

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

it('u at the agreed fix: tomorrow; the reminder prints when due, naming the contact, after the contact closed', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  await t.type('6');
  expect(await t.type('u')).toContain('"u"'); // not before a fix is agreed
  await t.type('1');
  await t.type('1');
  const agreed = await t.type('1');
  expect(agreed).toContain('u) set a follow-up');
  expect(await t.type('u')).toContain('When should I remind you');
  expect(await t.type('3')).toContain('Follow-up set: I will remind you in 24 h');
  await t.type('1'); // resolved: the contact closes
  const before = t.printed.length;
  t.clock.advance(24 * 3_600_000);
  await t.app.runner.tick();
  await t.app.runner.tick();
  const printed = t.printed.slice(before);
  expect(printed).toContain('Follow-up due: tell the customer their problem is solved');
  expect(printed).toMatch(/about the Phone contact started/);
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.timeline.some((e) => e.type === 'follow_up_set')).toBe(true);
});
