/** The terminal after a session closes: the decompression offer and the check-in, driven in-process. */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runRepl } from '../../adapters/console/repl.ts';
import { Terminal } from '../../adapters/console/terminal.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { wireCare } from './wire.ts';

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

async function drive(lines: readonly string[]) {
  const app = wireCare(store);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (b: Buffer) => {
    printed += b.toString();
  });
  const term = new Terminal(input, output);
  input.end(`${lines.join('\n')}\n`);
  await runRepl({
    sessions: app.sessions,
    agents: app.agents,
    term,
    clock: app.clock,
    agentId: 'amira',
    speech: { locale: 'en', timeZone: 'UTC' },
    escalations: app.escalations,
    settle: () => app.runner.tick(),
    care: { care: app.care, team: app.team, pace: false },
  });
  return { printed, app };
}

it('offers breathing, a break and a check-in after a session closes; Enter skips', { timeout: 60_000 }, async () => {
  // Start (Enter, phone, no reference, nothing said, "angry"), close as resolved, then b, p 5, mood 2 named.
  const { printed, app } = await drive(['', '1', '', '', '6', 'x', '1', 'b', 'p 5', '2', 'rough', '1', 'q']);
  expect(printed).toContain('Before the next contact, something for you?');
  expect(printed).toContain('b) Breathe with me (1 minute)   t) Talk to someone   p) Take a short break   Enter) Skip');
  expect(printed).toContain('Breath 3 of 3: breathe in through your nose… (4 s)');
  expect(printed).toContain('I will remind you in 5 min.');
  expect(printed).toContain('Thanks. Posted to your team with your name.');
  await app.runner.tick();
  expect(app.careDelivery.ofType('supervisorNudge')).toHaveLength(1);
  app.clock.advance(5 * 60_000);
  await app.runner.tick();
  expect(app.careDelivery.ofType('breakOver')).toHaveLength(1);
});

it('Enter skips the offer and the check-in; c checks in from the idle prompt; h shows my 8 weeks', {
  timeout: 60_000,
}, async () => {
  const { printed, app } = await drive(['', '1', '', '', '6', 'x', '1', '', '', 'c', '4', '', '3', 'h', 'q']);
  expect(printed).toContain('Skipped. Take care.');
  expect(printed).toContain('Your last 8 weeks (only you can see this)');
  expect(printed).toContain('W48  ████░  mood 4 (check-ins: 1) · 0 hard of 1 contacts');
  expect(printed).toContain('Thanks. Kept in your own history only.');
  const mine = await app.care.history('amira');
  expect(mine.ok && mine.value.map((c) => [c.visibility, c.mood, c.note])).toEqual([['private', 4, null]]);
  expect(app.careDelivery.delivered).toEqual([]);
});
