/**
 * The terminal an agent can trust (issue 14): after an out-of-band change to the session (a
 * supervisor's ack or take-over, the time-limit page) the agent's next key is applied to the current
 * step, never dropped, and the terminal never bounces back to the start prompt.
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

/** Enter, 1 = phone, no reference, nothing said, 6 = angry or abusive: the hostile playbook's first step. */
async function startHostile(t: ReturnType<typeof startTerminal>) {
  await t.ready();
  for (const line of ['', '1', '', '']) await t.type(line);
  const shown = await t.type('6');
  expect(shown).toContain('Let them vent first');
}

it('a key typed after a supervisor acknowledged (typed at the terminal) is applied', { timeout: 30_000 }, async () => {
  const t = startTerminal(store);
  await startHostile(t);
  await t.type('s');
  const paged = await t.type('3');
  expect(paged).toContain('[PAGE → console:supervisor');
  const [id] = await t.escalationIds();
  const acked = await t.type(`ack ${id} console:supervisor`);
  expect(acked).toContain('Acknowledged.');
  // The answer is not the agent's own doing: the notice names the contact it is about.
  expect(t.printed).toMatch(/has acknowledged your page.*\(about the Phone contact started 09:00 UTC\)/);
  const after = await t.type('2');
  expect(after).not.toContain('moved on');
  expect(after).toContain('Ask for a calmer tone');
  // Still in the session: the next key works too (no "You already have an open session").
  const next = await t.type('1');
  expect(next).toContain('Empathise and apologise');
  await t.end();
  const [session] = await store.recentSessions('console:amira', 1);
  expect(session?.status).toBe('open');
  expect(session?.timeline.filter((e) => e.type === 'choice')).toHaveLength(2);
});

it('a key typed after the time-limit page is applied; after a take-over from another surface it shows the hand-over', {
  timeout: 30_000,
}, async () => {
  const t = startTerminal(store);
  await startHostile(t);
  // The time limit (20 minutes in the test wiring) fires while the agent is at the prompt.
  t.clock.advance(21 * 60_000);
  await t.app.runner.tick();
  expect(t.printed).toContain('[PAGE → console:supervisor');
  const first = await t.type('2');
  expect(first).not.toContain('moved on');
  expect(first).toContain('Ask for a calmer tone');
  // A supervisor takes over from elsewhere (Slack, Discord): the terminal is not told first.
  const [id] = await t.escalationIds();
  const r = await t.app.escalations.answer({ escalation: id as string, by: 'console:supervisor', takeOver: true });
  expect(r.ok).toBe(true);
  await t.app.runner.tick();
  // Taking over is a hand-over: the key after it shows the contact closed as handed over, and the
  // terminal is ready for the next contact (no "You already have an open session").
  const second = await t.type('1');
  expect(second).not.toContain('moved on');
  // The hand-over notice was printed as it happened, above the waiting prompt.
  expect(t.printed).toContain('console:supervisor is taking over this contact');
  // A notice the agent did not cause names the contact it is about.
  expect(t.printed).toMatch(/is taking over this contact\..*\(about the Phone contact started 09:00 UTC\)/);
  expect(second).toContain('Session closed: Handed over to a colleague.');
  const next = await t.type('');
  expect(next).not.toContain('already have an open session');
  expect(next).toContain('1) Phone');
  await t.end();
});

it('background output (a page firing on a timer) is printed above a fresh prompt', { timeout: 30_000 }, async () => {
  const t = startTerminal(store);
  await startHostile(t);
  const before = t.printed.length;
  t.clock.advance(21 * 60_000);
  await t.app.runner.tick();
  const background = t.printed.slice(before);
  // It starts on a line of its own (not glued to the waiting prompt) and the prompt is shown again.
  expect(background.startsWith('\n')).toBe(true);
  expect(background).toContain('[PAGE → console:supervisor');
  expect(background.endsWith('> ')).toBe(true);
  await t.end();
});
