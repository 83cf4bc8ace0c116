/** Issue 20 in the terminal, through its real REPL driver: customer type (t), customer's language (clang), the don't-say half. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { startTerminal } from './terminal-driver.ts';

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

it("tags the customer type from a menu and serves say-lines in the customer's language", {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  await t.type('');
  await t.type('1'); // phone
  await t.type('acct-1234');
  await t.type('');
  const first = await t.type('6');
  expect(first).toContain('Let them vent first');
  expect(first).toContain('t) Customer type');
  const menu = await t.type('t');
  expect(menu).toContain('What kind of customer is this?');
  expect(menu).toContain('7) Talkative');
  const tagged = await t.type('7');
  expect(tagged).toContain('◦ Customer: Talkative');
  expect(tagged).toContain('use their name');
  const nb = await t.type('clang nb');
  expect(nb).toContain('La meg sjekke at jeg har forstått deg riktig');
  expect(nb).toContain('Customer’s language: Norsk bokmål');
  // Lead step: the "don't say" half beside the line it replaces, in the customer's language, labelled in the agent's.
  await t.type('1');
  expect(await t.type('1')).toContain('(instead of “Jeg vet ikke.”)');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.customerType).toBe('talkative');
  expect(session?.customerLocale).toBe('nb');
  expect(session?.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['customer_type', 'customer_locale']));
});
