/**
 * "Provide means follow up" (issue 20): once a fix is agreed, the agent sets a follow-up; it is a durable
 * timer of its own kind, recorded in the timeline, delivered as a notice naming the contact when due, also
 * after a restart (a new app over the same database), and only once.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { backends, ManualClock } from '../helpers/store.ts';

const HOUR = 3_600_000;
let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

it('set at the provide step, kept as a follow_up timer, delivered when due after a restart, once', async () => {
  const clock = new ManualClock();
  const first = wire(store, { clock });
  const s = await first.sessions.start({
    agentId: 'slack:U1',
    surface: 'test',
    kind: 'hostile',
    channel: 'phone',
    locale: 'en',
  });
  if (!s.ok) throw new Error(s.error.code);
  const id = s.value.session.id;
  const apply = (event: Parameters<typeof first.sessions.apply>[0]['event']) =>
    first.sessions.apply({ sessionId: id, actor: 'slack:U1', event });

  // Not before a fix is agreed, and not in the past or beyond two weeks.
  expect(await apply({ type: 'follow_up', at: clock.now() + HOUR })).toMatchObject({
    ok: false,
    error: { code: 'invalid_value', detailText: { key: 'followup.not_now' } },
  });
  for (const choiceId of ['calmed', 'to_resolution', 'agreed'])
    expect((await apply({ type: 'choose', choiceId })).ok).toBe(true);
  for (const at of [clock.now() - 1, clock.now() + 337 * HOUR])
    expect(await apply({ type: 'follow_up', at })).toMatchObject({
      error: { detailText: { key: 'followup.bad_time' } },
    });
  const set = await apply({ type: 'follow_up', at: clock.now() + 24 * HOUR });
  if (!set.ok) throw new Error(set.error.code);
  expect(set.value.session.timeline.at(-1)).toMatchObject({
    type: 'follow_up_set',
    data: { at: clock.now() + 24 * HOUR },
  });
  expect((await apply({ type: 'choose', choiceId: 'resolved' })).ok).toBe(true);
  await first.runner.tick();
  expect(first.delivery.delivered.map((d) => d.item.effect)).toContainEqual(
    expect.objectContaining({ type: 'notice', key: 'followup.set', params: { hours: 24 } }),
  );
  const [timer] = (await store.dump()).timers?.filter((t) => (t as { kind: string }).kind === 'follow_up') ?? [];
  expect(timer).toMatchObject({ status: 'pending' });
  expect((timer as { id: string }).id.startsWith(`${id}:`)).toBe(true);

  // A restart: a new app over the same database, a day later. Not a minute early.
  const later = new ManualClock(clock.now() + 24 * HOUR - 60_000);
  const second = wire(store, { clock: later });
  await second.runner.tick();
  expect(second.delivery.delivered).toEqual([]);
  later.advance(60_000);
  await second.runner.tick();
  await second.runner.tick();
  later.advance(HOUR);
  await second.runner.tick();
  const due = second.delivery.delivered.filter((d) => d.item.effect.type === 'notice');
  expect(due.map((d) => d.item.effect)).toEqual([
    expect.objectContaining({ type: 'notice', key: 'followup.due', sessionId: id }),
  ]);
  expect(due[0]?.session.status).toBe('closed');
  expect(
    (await store.dump()).timers?.find((t) => (t as { id: string }).id === (timer as { id: string }).id),
  ).toMatchObject({
    status: 'done',
  });
});

it('follow_up_in (what the chat controls send): hours from the moment it is applied, same rules', async () => {
  const clock = new ManualClock();
  const app = wire(store, { clock });
  const s = await app.sessions.start({
    agentId: 'slack:U1',
    surface: 'test',
    kind: 'hostile',
    channel: 'chat',
    locale: 'en',
  });
  if (!s.ok) throw new Error(s.error.code);
  const id = s.value.session.id;
  const apply = (event: Parameters<typeof app.sessions.apply>[0]['event']) =>
    app.sessions.apply({ sessionId: id, actor: 'slack:U1', event });
  expect(await apply({ type: 'follow_up_in', hours: 4 })).toMatchObject({
    error: { detailText: { key: 'followup.not_now' } },
  });
  for (const choiceId of ['calmed', 'to_resolution', 'agreed'])
    expect((await apply({ type: 'choose', choiceId })).ok).toBe(true);
  for (const hours of [0, 337, 1.5])
    expect(await apply({ type: 'follow_up_in', hours })).toMatchObject({
      error: { detailText: { key: 'followup.bad_time' } },
    });
  clock.advance(90_000);
  const set = await apply({ type: 'follow_up_in', hours: 4 });
  if (!set.ok) throw new Error(set.error.code);
  expect(set.value.session.timeline.at(-1)).toMatchObject({
    type: 'follow_up_set',
    data: { at: clock.now() + 4 * HOUR },
  });
});
