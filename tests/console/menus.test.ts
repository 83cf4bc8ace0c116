/** Terminal menus and text an agent can back out of or correct without losing anything (issue 14). */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { startTerminal } from './terminal-driver.ts';

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

it('every menu accepts 0 or back; an over-long "what did they say" is asked again, keeping the reference', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await t.ready();
  // The channel menu: back to the start prompt.
  expect(await t.type('')).toContain('0) Back');
  expect(await t.type('0')).toContain('Press Enter to start');
  await t.type('');
  await t.type('1');
  await t.type('acct-1234');
  const long = await t.type('x'.repeat(2500));
  expect(long).toContain('That is too long (2500 characters; the most is 2000)');
  await t.type('');
  expect(await t.type('6')).toContain('Let them vent first');
  for (const menu of ['x', 's', 'k']) {
    expect(await t.type(menu)).toContain('0) Back');
    expect(await t.type(menu === 'k' ? 'back' : '0')).not.toContain('!');
  }
  // Still on the first step, still open; the next key works.
  expect(await t.type('1')).toContain('Empathise and apologise');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.status).toBe('open');
  expect(session?.customer?.hint).toBe('…1234');
  expect(session?.timeline.filter((e) => e.type === 'choice')).toHaveLength(1);
});

it('the limits editor re-asks only a bad field and keeps the good ones', { timeout: 30_000 }, async () => {
  const t = startTerminal(store);
  await t.ready();
  await t.type('l');
  expect(await t.type('999')).toContain('1 to 480');
  await t.type('30');
  await t.type('');
  expect(await t.type('abc')).toContain('1 to 5');
  expect(await t.type('2')).toContain('saved');
  await t.end();
  const limits = await t.app.agents.limits('console:amira');
  expect(limits.ok && limits.value).toEqual({ minutes: 30, hostility: 4, complexity: 2 });
});
