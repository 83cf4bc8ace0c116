/**
 * "Provide means follow up" on Discord (issue 20), through the real discord.js Client and the fake Discord,
 * real store, simulated clock: the step message offers "Set a follow-up" only once a fix is agreed; its menu
 * (1 h, 4 h, tomorrow) sets a durable timer; when the clock reaches it the due notice arrives in the agent's DM.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, click, complaint, customIds, dmMessage, findId } from './steps.ts';

const HOUR = 3_600_000;
const agent = userObject({ username: 'aisha' });
const agentId = `discord:${agent.id}`;
const backend = backends[0] as (typeof backends)[number];
let h: Harness;
beforeEach(async () => {
  h = await startHarness(backend);
});
afterEach(async () => {
  await h.close();
});

const labels = (r: RecordedRequest) =>
  (bodyOf(r).data?.components ?? []).flatMap((row) => (row.components ?? []).map((c) => c.label ?? ''));

it('a follow-up from the step message: only once a fix is agreed; "Tomorrow" is due 24 h later, once', {
  timeout: 60_000,
}, async () => {
  const payload = complaint(agent, { kind: 'hostile', channel: 'phone' });
  await h.interact(payload);
  await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`));
  const current = await h.app.sessions.current(agentId);
  if (!current.ok || current.value === null) throw new Error('no session started');
  const sessionId = current.value.id;
  await h.deliver();
  const message = await dmMessage(h, sessionId);
  const dm = (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`;
  let step = h.fake.requests.find(dm) as RecordedRequest;
  expect(customIds(step).some((id) => id.endsWith(':followup'))).toBe(false);
  for (const choice of ['calmed', 'to_resolution', 'agreed']) {
    expect(customIds(step).some((id) => id.endsWith(':followup'))).toBe(false);
    step = await click(h, agent, message, findId(customIds(step), 'hl:c:', choice));
  }

  const menu = await click(h, agent, message, findId(customIds(step), 'hl:a:', 'followup'));
  expect(bodyOf(menu).data?.content).toBe('When should I remind you to tell the customer it is done?');
  expect(labels(menu)).toEqual(['In 1 hour', 'In 4 hours', 'Tomorrow, same time', 'Back']);
  const set = await click(h, agent, message, findId(customIds(menu), 'hl:f:', '24'));
  // Back on the step, the follow-up recorded.
  expect(customIds(set).some((id) => id.endsWith(':followup'))).toBe(true);
  expect((await h.store.getSession(sessionId))?.timeline.at(-1)).toMatchObject({
    type: 'follow_up_set',
    data: { at: h.app.clock.now() + 24 * HOUR },
  });
  await h.deliver();
  const contents = () => h.fake.requests.filter(dm).map((r) => String(bodyOf(r).content ?? ''));
  await h.fake.waitFor((r) => dm(r) && String(bodyOf(r).content).includes('I will remind you in 24 h'));

  h.app.clock.advance(24 * HOUR - 60_000);
  await h.deliver();
  expect(contents().filter((c) => c.startsWith('Follow-up due'))).toEqual([]);
  h.app.clock.advance(60_000);
  await h.deliver();
  await h.deliver();
  await h.fake.waitFor((r) => dm(r) && String(bodyOf(r).content).startsWith('Follow-up due'));
  await h.deliver();
  expect(contents().filter((c) => c.startsWith('Follow-up due'))).toHaveLength(1);
});
