import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { DeliveryError } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const MIN = 60_000;
const agent = 'test:agent';
const startReq = {
  agentId: agent,
  surface: 'test',
  kind: 'supervisor_request',
  channel: 'phone',
  locale: 'en',
} as const;
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [
    { supervisors: ['test:sup1'], ackTimeoutMinutes: 5, repeat: 1 },
    { supervisors: ['test:sup2', 'test:sup3'], ackTimeoutMinutes: 10, repeat: 0 },
  ],
  channels: ['test:pages'],
  security: ['test:security'],
  legal: ['test:legal'],
};

describe.each(backends)('escalations on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  /** A session whose agent asks for a supervisor: one escalation, its first page committed with it. */
  async function paged(policy = POLICY) {
    const app = wire(store, { policies: new EditablePolicies(policy) });
    // Long personal limits, so the session's own time limit does not page again during the test.
    await app.agents.setLimits(agent, { minutes: 480, hostility: 5, complexity: 5 });
    const s = await app.sessions.start(startReq);
    if (!s.ok) throw new Error('start failed');
    const r = await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: agent,
      event: { type: 'escalate', reason: 'customer_insists' },
    });
    if (!r.ok) throw new Error(`escalate failed: ${r.error.code}`);
    await app.runner.tick();
    const first = app.delivery.pages()[0];
    if (first?.kind !== 'page') throw new Error('no page');
    return { app, sessionId: s.value.session.id, escalationId: first.escalationId };
  }
  const summary = (app: ReturnType<typeof wire>) =>
    app.delivery
      .pages()
      .map((p) =>
        p.kind === 'page' ? `L${p.level}R${p.round}:${[...p.supervisors, ...p.channels].join('+')}` : `${p.kind}`,
      );

  it('re-notifies, escalates to the next level, then tells the agent and the channel it is exhausted', async () => {
    const { app, escalationId } = await paged();
    expect(summary(app)).toEqual(['L0R0:test:sup1+test:pages']);
    app.clock.advance(5 * MIN - 1);
    await app.runner.tick();
    expect(summary(app)).toHaveLength(1);
    app.clock.advance(1);
    await app.runner.tick();
    expect(summary(app)).toEqual(['L0R0:test:sup1+test:pages', 'L0R1:test:sup1+test:pages']);
    app.clock.advance(5 * MIN);
    await app.runner.tick();
    expect(summary(app).at(-1)).toBe('L1R0:test:sup2+test:sup3+test:pages');
    app.clock.advance(10 * MIN);
    await app.runner.tick();
    const update = app.delivery.pages().at(-1);
    expect(update).toMatchObject({ kind: 'page_update', status: 'exhausted', channels: ['test:pages'] });
    expect(update?.kind === 'page_update' && update.pageIds).toHaveLength(3);
    const notices = app.delivery.delivered.map((d) => d.item.effect).filter((e) => e.type === 'notice');
    expect(notices.at(-1)).toMatchObject({ key: 'notice.page_exhausted' });
    app.clock.advance(60 * MIN);
    await app.runner.tick();
    expect(app.delivery.pages()).toHaveLength(4);
    const e = await store.getEscalation(escalationId);
    expect(e?.status).toBe('exhausted');
    expect(e?.history.map((h) => h.type)).toEqual(['paged', 'renotified', 'escalated', 'exhausted']);
  });

  it('an acknowledgement stops re-notification, edits every page sent and tells the agent who is coming', async () => {
    const { app, escalationId, sessionId } = await paged();
    app.clock.advance(5 * MIN);
    await app.runner.tick(); // one re-notification
    app.clock.advance(2 * MIN);
    const r = await app.escalations.answer({ escalation: escalationId.slice(0, 6), by: 'test:sup1' });
    expect(r).toMatchObject({ ok: true, value: { already: false, escalation: { status: 'acknowledged' } } });
    await app.runner.tick();
    const update = app.delivery.delivered.at(-3);
    expect(update?.item.effect).toMatchObject({
      type: 'page',
      message: { kind: 'page_update', status: 'acknowledged', by: 'test:sup1' },
    });
    // The update carries the platform refs of both pages, so no stale "unacknowledged" page remains.
    expect(Object.values(update?.item.pageRefs ?? {})).toHaveLength(2);
    expect(app.delivery.delivered.at(-2)?.item.effect).toMatchObject({
      key: 'notice.acknowledged',
      params: { by: 'test:sup1' },
    });
    expect((await store.getSession(sessionId))?.timeline.at(-1)).toMatchObject({ type: 'supervisor_acknowledged' });
    const before = app.delivery.pages().length;
    app.clock.advance(120 * MIN);
    await app.runner.tick();
    expect(app.delivery.pages()).toHaveLength(before);
    // A second acknowledgement changes nothing and says who answered first.
    const again = await app.escalations.answer({ escalation: escalationId, by: 'test:sup2' });
    expect(again).toMatchObject({ ok: true, value: { already: true, escalation: { acknowledgedBy: 'test:sup1' } } });
    const [stats] = await store.pageStats(0);
    expect(stats).toMatchObject({ teamId: 'team-a', escalations: 1, acknowledged: 1, medianAckMs: 7 * MIN });
  });

  it('refuses an acknowledgement from anyone who is not a supervisor of the policy', async () => {
    const { app, escalationId } = await paged();
    for (const by of ['test:random', agent, 'slack:sup1'])
      expect(await app.escalations.answer({ escalation: escalationId, by })).toMatchObject({
        ok: false,
        error: { code: 'not_a_supervisor' },
      });
    expect(await app.escalations.answer({ escalation: 'zzzzzz', by: 'test:sup1' })).toMatchObject({
      ok: false,
      error: { code: 'escalation_not_found' },
    });
    expect((await store.getEscalation(escalationId))?.status).toBe('paging');
    expect(app.log.lines.some((l) => l.msg?.includes('not a supervisor'))).toBe(true);
  });

  it('keeps the policy it started with when the team file is edited mid-incident', async () => {
    const { app, escalationId } = await paged();
    if (!(app.policies instanceof EditablePolicies)) throw new Error('editable policies expected');
    // The team file is edited: a new supervisor, a 1-minute timeout.
    app.policies.policy = { ...POLICY, levels: [{ supervisors: ['test:new'], ackTimeoutMinutes: 1, repeat: 0 }] };
    app.clock.advance(MIN);
    await app.runner.tick();
    expect(summary(app)).toHaveLength(1); // the new 1-minute timeout does not apply
    app.clock.advance(4 * MIN);
    await app.runner.tick();
    expect(summary(app).at(-1)).toBe('L0R1:test:sup1+test:pages');
    expect(await app.escalations.answer({ escalation: escalationId, by: 'test:new' })).toMatchObject({
      ok: false,
      error: { code: 'not_a_supervisor' },
    });
    expect(await app.escalations.answer({ escalation: escalationId, by: 'test:sup2' })).toMatchObject({ ok: true });
  });

  it('a physical threat pages as critical and reports to security at once', async () => {
    const app = wire(store, { policies: new EditablePolicies(POLICY) });
    const s = await app.sessions.start(startReq);
    if (!s.ok) throw new Error('start failed');
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: agent,
      event: { type: 'threat', kind: 'physical' },
    });
    await app.runner.tick();
    const pages = app.delivery.pages();
    expect(pages[0]).toMatchObject({ kind: 'page', severity: 'critical', reason: { code: 'physical_threat' } });
    expect(pages.find((p) => p.kind === 'report')).toMatchObject({ to: 'security', recipients: ['test:security'] });
    expect(app.delivery.types()).not.toContain('reportThreat');
  });

  it('a page that keeps failing is logged and told to the agent, then delivered once when the platform recovers', async () => {
    const w = wire(store, { policies: new EditablePolicies(POLICY) });
    const s = await w.sessions.start({ ...startReq, agentId: 'test:agent2' });
    if (!s.ok) throw new Error('start failed');
    await w.runner.tick();
    w.delivery.failPages(new DeliveryError('HTTP 500'), new DeliveryError('HTTP 500'), new DeliveryError('HTTP 500'));
    await w.sessions.apply({
      sessionId: s.value.session.id,
      actor: 'test:agent2',
      event: { type: 'escalate', reason: 'agent_request' },
    });
    for (let i = 0; i < 5; i++) {
      await w.runner.tick();
      w.clock.advance(10_000);
    }
    const keys = w.delivery.delivered.map((d) => d.item.effect).flatMap((e) => (e.type === 'notice' ? [e.key] : []));
    expect(keys).toContain('notice.page_failing');
    expect(w.log.lines.filter((l) => l.level === 'warn' && l.msg?.includes('will retry'))).toHaveLength(3);
    expect(w.delivery.pages().filter((p) => p.kind === 'page')).toHaveLength(1);
  });
});
