/**
 * "Provide means follow up" in Slack (issue 20), end to end (real Bolt, signed requests, fake Web API, real
 * store, simulated clock): the follow-up menu appears only on the step where a fix is agreed; picking
 * "In 4 hours" sets a durable timer; when the clock reaches it the due notice arrives in the session's thread.
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness, until } from './harness.ts';

const HOUR = 3_600_000;
let store: DrizzleStore;
let h: Harness;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(async () => {
  await h?.stop();
  await store.close();
});

type El = { action_id?: string; options?: { text: { text: string } }[] };
const elements = (): El[] =>
  (h.latestMessage().args.blocks as KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as El[]) : []));
const replies = () => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts !== undefined);

it('a follow-up from the step message: offered only once a fix is agreed, due notice after 4 h', {
  timeout: 60_000,
}, async () => {
  h = await startHarness(store);
  await h.command('hostile phone');
  const session = await until(() => h.session(), 'the session');
  await h.tick();
  expect(elements().map((e) => e.action_id)).not.toContain('hl:follow_up');
  for (const choice of ['calmed', 'to_resolution', 'agreed']) {
    const before = (await store.getSession(session.id))?.version;
    await h.click(`hl:choose:${choice}`);
    await until(async () => (await store.getSession(session.id))?.version !== before, choice);
    await h.tick();
  }
  await until(() => h.latestMessage().args.text?.toString().includes('Do what you promised'), 'the provide step');
  const menu = elements().find((e) => e.action_id === 'hl:follow_up');
  expect(menu?.options?.map((o) => o.text.text)).toEqual(['In 1 hour', 'In 4 hours', 'Tomorrow, same time']);

  const before = (await store.getSession(session.id))?.version;
  expect((await h.click('hl:follow_up', '4')).status).toBe(200);
  const set = await until(async () => {
    const s = await store.getSession(session.id);
    return s && s.version !== before ? s : null;
  }, 'the follow-up applied');
  expect(set.timeline.at(-1)).toMatchObject({ type: 'follow_up_set', data: { at: h.app.clock.now() + 4 * HOUR } });
  await h.tick();
  await until(
    () => replies().some((c) => String(c.args.text).includes('I will remind you in 4 h')),
    'the follow-up confirmed',
  );

  // Not a minute early; then the due notice, once, in the session's thread.
  h.app.clock.advance(4 * HOUR - 60_000);
  await h.tick();
  expect(replies().filter((c) => String(c.args.text).startsWith('Follow-up due'))).toEqual([]);
  h.app.clock.advance(60_000);
  await h.tick();
  await h.tick();
  const due = await until(() => {
    const found = replies().filter((c) => String(c.args.text).startsWith('Follow-up due'));
    return found.length > 0 ? found : null;
  }, 'the due notice');
  await h.tick();
  expect(due).toHaveLength(1);
  expect(due[0]?.args.channel).toBe(h.latestMessage().args.channel);
});
