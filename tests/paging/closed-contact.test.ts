/**
 * Take-over as a hand-over, and pages for a contact that closed (issue 14), through the real services,
 * store, outbox and timers with a simulated clock.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { renderNotice } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const MIN = 60_000;
const agent = 'test:agent';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: ['test:sup1'], ackTimeoutMinutes: 5, repeat: 3 }],
  channels: ['test:pages'],
  security: ['test:security'],
  legal: [],
};

let store: DrizzleStore;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(() => store.close());

async function paged(event: { type: 'escalate'; reason: 'customer_insists' } | { type: 'threat'; kind: 'physical' }) {
  const app = wire(store, { policies: new EditablePolicies(POLICY) });
  await app.agents.setLimits(agent, { minutes: 480, hostility: 5, complexity: 5 });
  const s = await app.sessions.start({
    agentId: agent,
    surface: 'test',
    kind: 'hostile',
    channel: 'phone',
    locale: 'en',
  });
  if (!s.ok) throw new Error('start failed');
  const sessionId = s.value.session.id;
  const r = await app.sessions.apply({ sessionId, actor: agent, event });
  if (!r.ok) throw new Error(r.error.code);
  await app.runner.tick();
  const close = async () => {
    const c = await app.sessions.apply({ sessionId, actor: agent, event: { type: 'close', outcome: 'resolved' } });
    if (!c.ok) throw new Error(c.error.code);
    await app.runner.tick();
  };
  return { app, sessionId, close };
}

it('a page still open when the agent closes the contact says so and stops re-notifying', {
  timeout: 30_000,
}, async () => {
  const { app, close } = await paged({ type: 'escalate', reason: 'customer_insists' });
  app.clock.advance(2 * MIN);
  await close();
  const update = app.delivery.pages().find((p) => p.kind === 'page_update');
  expect(update).toMatchObject({ status: 'closed', at: app.clock.now() });
  const before = app.delivery.pages().length;
  app.clock.advance(30 * MIN);
  await app.runner.tick();
  await app.runner.tick();
  expect(app.delivery.pages()).toHaveLength(before);
});

it('a physical-threat page keeps paging after the contact closed, saying when, with its figures frozen', {
  timeout: 30_000,
}, async () => {
  const { app, sessionId, close } = await paged({ type: 'threat', kind: 'physical' });
  app.clock.advance(2 * MIN);
  await close();
  const closedAt = app.clock.now();
  app.clock.advance(4 * MIN);
  await app.runner.tick();
  await app.runner.tick();
  const renotified = app.delivery.pages().filter((p) => p.kind === 'page' && p.round === 1);
  expect(renotified.length).toBeGreaterThan(0);
  expect(renotified[0]).toMatchObject({ contactClosedAt: closedAt });
  const session = await store.getSession(sessionId);
  expect(session?.closedAt).toBe(closedAt);
});

it('take over is a hand-over: the agent is told who and what to do; the session closes as handed_over', {
  timeout: 30_000,
}, async () => {
  const { app, sessionId } = await paged({ type: 'escalate', reason: 'customer_insists' });
  const [id] = await store.tx((tx) => tx.findEscalationIds('esc', 5));
  const r = await app.escalations.answer({ escalation: String(id), by: 'test:sup1', takeOver: true });
  expect(r.ok).toBe(true);
  await app.runner.tick();
  const session = await store.getSession(sessionId);
  expect(session).toMatchObject({ status: 'closed', outcome: 'handed_over' });
  expect(session?.timeline.find((e) => e.type === 'handed_over')?.data).toEqual({ by: 'test:sup1' });
  const notices = app.delivery.delivered.flatMap((d) => (d.item.effect.type === 'notice' ? [d.item.effect] : []));
  const told = notices.map((n) => renderNotice(n, 'en')).find((t) => t.includes('taking over'));
  expect(told).toBe(
    'test:sup1 is taking over this contact. Stay with the customer until they join you (on the phone: transfer the call to them); the session is closed as handed over.',
  );
});
