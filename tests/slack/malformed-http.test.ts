/**
 * Signed but malformed requests through the real Bolt HTTP receiver: each gets 400 and a log line,
 * never a 500 or a socket left hanging (Bolt 5.1 gave payload=null no answer and the others a 500).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { blockActionPayload, viewSubmissionPayload } from '../fakes/slack/sign.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness } from './harness.ts';

let store: DrizzleStore;
let h: Harness;
const rejections: unknown[] = [];
const onRejection = (err: unknown) => rejections.push(err);
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  store = await (backends[0] as (typeof backends)[number]).open();
  h = await startHarness(store);
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await h?.stop();
  await store?.close();
});

const form = (payload: string) => new URLSearchParams({ payload }).toString();
const { user: _user, ...actionWithoutUser } = blockActionPayload({ actionId: 'hl:choose:calmed', userId: AGENT });
const { view: _view, ...submissionWithoutView } = viewSubmissionPayload({ callbackId: 'hl_limits', userId: AGENT });
const actionsAsObject = {
  ...blockActionPayload({ actionId: 'hl:choose:calmed', userId: AGENT }),
  actions: { action_id: 'hl:choose:calmed' },
};

it.each([
  ['payload=null', form('null')],
  ['block_actions without user', form(JSON.stringify(actionWithoutUser))],
  ['view_submission without view', form(JSON.stringify(submissionWithoutView))],
  ['actions as an object', form(JSON.stringify(actionsAsObject))],
  ['a JSON array', '[1,2]'],
  ['an event that is a string', JSON.stringify({ type: 'event_callback', event: 'x', team_id: 'T1' })],
])('%s: 400 at once, with a log line', async (_name, body) => {
  const before = h.app.log.lines.length;
  const started = Date.now();
  const r = await Promise.race([
    h.post(body),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2_000)),
  ]);
  expect(r.status).toBe(400);
  expect(Date.now() - started).toBeLessThan(2_000);
  const logged = h.app.log.lines.slice(before).map((l) => l.msg);
  expect(logged).toContain('malformed slack request refused');
});

it('keeps serving afterwards, with no unhandled rejection', async () => {
  const help = await h.command('help');
  expect(help.status).toBe(200);
  expect(help.text).toContain('/limits');
  expect(rejections).toEqual([]);
});
