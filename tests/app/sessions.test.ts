import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionService } from '../../src/app/sessions.ts';
import { DeliveryError } from '../../src/ports.ts';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { openStore } from '../../src/store/open.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends, ManualClock } from '../helpers/store.ts';

const MIN = 60_000;
const startReq = { agentId: 'slack:U1', surface: 'test', kind: 'vulgarity', channel: 'phone', locale: 'en' } as const;

describe.each(backends)('sessions on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('starts a session, and the dispatcher delivers its effects once, in order', async () => {
    const app = wire(store);
    const r = await app.sessions.start({ ...startReq, customerReference: 'Jane.Doe@Example.com' });
    expect(r.ok).toBe(true);
    await app.runner.tick();
    expect(app.delivery.types()).toEqual(['prompt']);
    await app.runner.tick();
    expect(app.delivery.types()).toEqual(['prompt']);
    const session = r.ok ? r.value.session : null;
    expect(session?.customer?.hint).toBe('j***@example.com');
    expect(JSON.stringify(await store.getSession(session?.id ?? ''))).not.toContain('Jane.Doe');
  });

  it('refuses a second open session, and answers a retried start with the first session', async () => {
    const app = wire(store);
    const first = await app.sessions.start({ ...startReq, requestKey: 'trigger-1' });
    const retry = await app.sessions.start({ ...startReq, requestKey: 'trigger-1' });
    expect(retry.ok && retry.value.duplicate).toBe(true);
    expect(retry.ok && first.ok && retry.value.session.id === first.value.session.id).toBe(true);
    const other = await app.sessions.start({ ...startReq, requestKey: 'trigger-2' });
    expect(other).toMatchObject({ ok: false, error: { code: 'already_open' } });
  });

  it('applies events for the owner only, refuses stale versions and ignores a repeated request', async () => {
    const app = wire(store);
    const s = await app.sessions.start(startReq);
    if (!s.ok) throw new Error('start failed');
    const id = s.value.session.id;
    const v = s.value.session.version;
    const choose = { type: 'choose', choiceId: 'keeps_swearing' } as const;
    expect(await app.sessions.apply({ sessionId: id, actor: 'slack:U2', event: choose })).toMatchObject({
      ok: false,
      error: { code: 'not_yours' },
    });
    const a = await app.sessions.apply({
      sessionId: id,
      actor: 'slack:U1',
      event: choose,
      expectedVersion: v,
      requestKey: 'click-1',
    });
    expect(a.ok && a.value.session.stepId).toBe('boundary_vulgar');
    const again = await app.sessions.apply({
      sessionId: id,
      actor: 'slack:U1',
      event: choose,
      expectedVersion: v,
      requestKey: 'click-1',
    });
    expect(again.ok && again.value.duplicate).toBe(true);
    const stale = await app.sessions.apply({ sessionId: id, actor: 'slack:U1', event: choose, expectedVersion: v });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect((await store.getSession(id))?.warnings).toBe(1);
  });

  it('fires the time limit from the database timer and pages once', async () => {
    const policy = {
      teamId: null,
      levels: [{ supervisors: ['test:sup'], ackTimeoutMinutes: 60, repeat: 0 }],
      channels: [],
      security: [],
      legal: [],
    };
    const app = wire(store, { policies: new EditablePolicies(policy) });
    await app.sessions.start(startReq);
    await app.runner.tick();
    app.clock.advance(19 * MIN);
    await app.runner.tick();
    expect(app.delivery.types()).not.toContain('page');
    app.clock.advance(2 * MIN);
    await app.runner.tick();
    await app.runner.tick();
    const pages = app.delivery.pages();
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ kind: 'page', reason: { code: 'limit', limit: 'minutes', value: 21, max: 20 } });
  });

  it('retries a failed delivery after Retry-After, and gives up on a permanent failure', async () => {
    const app = wire(store);
    app.delivery.failNext(new DeliveryError('rate limited', 3_000));
    await app.sessions.start(startReq);
    await app.runner.tick();
    expect(app.delivery.delivered).toHaveLength(0);
    app.clock.advance(2_000);
    await app.runner.tick();
    expect(app.delivery.delivered).toHaveLength(0);
    app.clock.advance(1_000);
    await app.runner.tick();
    expect(app.delivery.types()).toEqual(['prompt']);
    expect(app.log.lines.some((l) => l.level === 'warn' && l.msg?.includes('will retry'))).toBe(true);
  });

  it('saves limits with validation, and a new session runs under the saved limits', async () => {
    const app = wire(store);
    const bad = await app.agents.setLimits('slack:U1', { minutes: 0, hostility: 9, complexity: 'x' });
    expect(bad).toMatchObject({
      ok: false,
      fields: { minutes: expect.any(String), hostility: expect.any(String), complexity: expect.any(String) },
    });
    expect(await app.agents.setLimits('slack:U1', { minutes: 5, hostility: 2, complexity: 2 })).toMatchObject({
      ok: true,
    });
    const s = await app.sessions.start(startReq);
    expect(s.ok && s.value.session.limits).toEqual({ minutes: 5, hostility: 2, complexity: 2 });
    // Starting hostility for vulgarity is 3, above the limit of 2: a page at once.
    expect(s.ok && s.value.effects.some((e) => e.type === 'pageSupervisor')).toBe(true);
  });

  it('an agent without personal limits runs under the team default limits', async () => {
    const teams = { teamOf: () => 'night-shift', defaultLimits: () => ({ minutes: 7, hostility: 3, complexity: 2 }) };
    const app = wire(store);
    let n = 0;
    const sessions = new SessionService({
      store,
      clock: app.clock,
      log: app.log,
      newId: () => `team-limits-${++n}`,
      pseudonymiser: new HmacPseudonymiser('test-pepper-0123456789'),
      defaultLimits: { minutes: 20, hostility: 4, complexity: 3 },
      teams,
      sink: app.sink,
    });
    const r = await sessions.start(startReq);
    expect(r.ok && r.value.session.limits).toEqual({ minutes: 7, hostility: 3, complexity: 2 });
    expect(r.ok && r.value.session.teamId).toBe('night-shift');
    await app.agents.setLimits('slack:U9', { minutes: 9, hostility: 4, complexity: 4 });
    const own = await sessions.start({ ...startReq, agentId: 'slack:U9' });
    expect(own.ok && own.value.session.limits).toEqual({ minutes: 9, hostility: 4, complexity: 4 });
  });

  it('a database that is down gives a clear error and the process keeps going', async () => {
    const app = wire(store);
    await store.close();
    const r = await app.sessions.start(startReq);
    expect(r).toMatchObject({ ok: false, error: { code: 'store_unavailable' } });
    store = await backend.open(); // for afterEach
  });

  it('starts from what the customer said: the kind comes from the detector, the words are not kept', async () => {
    const app = wire(store);
    const said = 'I will see you in court, my lawyer will hear about this';
    const { kind: _omit, ...noKind } = startReq;
    const r = await app.sessions.start({ ...noKind, said });
    expect(r.ok && r.value.session.kind).toBe('legal_threat');
    expect(r.ok && r.value.session.detection?.suggested).toBe('legal_threat');
    const stored = JSON.stringify(await store.recentSessions(startReq.agentId, 1));
    expect(stored).not.toContain('court');
    expect(JSON.stringify(app.log.lines)).not.toContain('court');
  });

  it('a clear physical threat pages at once; a possible one is proposed and pages no one until confirmed', async () => {
    const app = wire(store);
    const { kind: _omit, ...noKind } = startReq;
    const clear = await app.sessions.start({ ...noKind, said: "I know where you live and I'm going to hurt you" });
    if (!clear.ok) throw new Error(clear.error.code);
    expect(clear.value.session.kind).toBe('physical_threat');
    expect(clear.value.effects.some((e) => e.type === 'pageSupervisor')).toBe(true);
    await app.sessions.apply({
      sessionId: clear.value.session.id,
      actor: startReq.agentId,
      event: { type: 'close', outcome: 'escalated' },
    });

    const possible = await app.sessions.start({ ...noKind, said: 'accidents happen' });
    if (!possible.ok) throw new Error(possible.error.code);
    expect(possible.value.session.kind).toBe('hostile');
    expect(possible.value.session.detection?.suggested).toBe('physical_threat');
    expect(possible.value.effects.some((e) => e.type === 'pageSupervisor' || e.type === 'reportThreat')).toBe(false);
    const confirmed = await app.sessions.apply({
      sessionId: possible.value.session.id,
      actor: startReq.agentId,
      event: { type: 'confirm_kind' },
    });
    if (!confirmed.ok) throw new Error(confirmed.error.code);
    expect(confirmed.value.session.kind).toBe('physical_threat');
    expect(confirmed.value.effects.some((e) => e.type === 'pageSupervisor')).toBe(true);
    expect(confirmed.value.effects.some((e) => e.type === 'reportThreat')).toBe(true);
  });

  it('rejects over-long text without touching the database', async () => {
    const app = wire(store);
    const r = await app.sessions.start({ ...startReq, said: 'x'.repeat(10_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'text_too_long', params: { length: 10_000, max: 2_000 } } });
    expect(await store.recentSessions(startReq.agentId, 5)).toEqual([]);
  });
});

describe('durability on a PGlite data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a timer stored before a restart fires after it', async () => {
    const clock = new ManualClock();
    let store = await openStore({ kind: 'pglite', dataDir: dir });
    await wire(store, { clock }).sessions.start(startReq);
    await store.close();
    clock.advance(25 * MIN);
    store = await openStore({ kind: 'pglite', dataDir: dir });
    const app = wire(store, { clock });
    await app.runner.tick();
    await app.runner.tick();
    // No policy configured: the page reaches nobody, and the agent is told so after "you have been paged".
    expect(app.delivery.types()).toEqual(['prompt', 'notice', 'prompt', 'notice']);
    expect(app.delivery.delivered.at(-1)?.item.effect).toMatchObject({ key: 'notice.page_no_policy' });
    await store.close();
  });

  it('a second opener of the same folder is refused with a clear error', async () => {
    const store = await openStore({ kind: 'pglite', dataDir: dir });
    await expect(openStore({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
      /Another Holdline process .* is using the data folder/,
    );
    await store.close();
    const again = await openStore({ kind: 'pglite', dataDir: dir });
    await again.close();
  });
});
