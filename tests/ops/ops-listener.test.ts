/**
 * The ops listener over a real store and the real app: /healthz follows the runner, /readyz the database,
 * the adapters and shutdown (with the team file's state in its detail), /metrics the outbox, page
 * results, 429s, time to acknowledge, tick lag, open sessions and Node's defaults. In Slack HTTP mode
 * the same routes are served on Bolt's port when OPS_PORT equals PORT.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { createOps, type Ops } from '../../src/ops/index.ts';
import { LiveTeamFile } from '../../src/paging/live-team-file.ts';
import { DeliveryError } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { probe } from '../helpers/live-process.ts';
import { backends, ManualClock, MemoryLog } from '../helpers/store.ts';
import { startHarness } from '../slack/harness.ts';

const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: ['test:sup1'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['test:pages'],
  security: [],
  legal: [],
};

let store: DrizzleStore;
let ops: Ops;
let server: Server;
let base: string;
let stopping = false;
let adapterOk = true;
const clock = new ManualClock();
let app: ReturnType<typeof wire>;

beforeAll(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
  ops = createOps({
    log: new MemoryLog(),
    instance: 'test-1',
    store,
    team: new LiveTeamFile(null, null, {}, clock.now),
    stopping: () => stopping,
    staleMs: 60_000,
    now: clock.now,
  });
  ops.addAdapter({ name: 'slack', health: () => ({ ok: adapterOk, detail: adapterOk ? 'up' : 'down' }) });
  app = wire(store, { clock, policies: new EditablePolicies(POLICY), instruments: ops });
  server = await ops.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await store?.close();
});

const metric = async (line: string) => {
  const text = (await probe(`${base}/metrics`)).body.text as string;
  return (
    text.split('\n').find((l) => l.startsWith(line)) ??
    `(no ${line} in)\n${text
      .split('\n')
      .filter((l) => l.startsWith('holdline'))
      .join('\n')}`
  );
};

it('/healthz: alive while the runner makes progress; 503 when it has not for longer than the limit', async () => {
  expect(await probe(`${base}/healthz`)).toMatchObject({ status: 200, body: { alive: true } });
  clock.advance(61_000);
  expect((await probe(`${base}/healthz`)).status).toBe(503);
  ops.pass({ startedAt: clock.now() - 5, endedAt: clock.now() });
  expect((await probe(`${base}/healthz`)).status).toBe(200);
  expect((await probe(`${base}/nope`)).status).toBe(404);
});

it('/readyz: database and adapters in the detail; 503 when an adapter is down or the process is stopping', async () => {
  const ready = await probe(`${base}/readyz`);
  expect(ready).toMatchObject({
    status: 200,
    body: {
      ready: true,
      instance: 'test-1',
      database: { ok: true },
      adapters: { slack: { ok: true } },
      teamFile: { path: null },
    },
  });
  adapterOk = false;
  expect(await probe(`${base}/readyz`)).toMatchObject({ status: 503, body: { adapters: { slack: { ok: false } } } });
  adapterOk = true;
  stopping = true;
  expect(await probe(`${base}/readyz`)).toMatchObject({ status: 503, body: { stopping: true } });
  stopping = false;
});

it('/metrics: outbox by kind, page results, 429s, time to acknowledge, tick lag, open sessions, Node defaults', async () => {
  const agent = 'test:agent';
  await app.agents.setLimits(agent, { minutes: 480, hostility: 5, complexity: 5 });
  const s = await app.sessions.start({
    agentId: agent,
    surface: 'test',
    kind: 'hostile',
    channel: 'phone',
    locale: 'en',
  });
  if (!s.ok) throw new Error(s.error.code);
  await app.sessions.apply({
    sessionId: s.value.session.id,
    actor: agent,
    event: { type: 'escalate', reason: 'customer_insists' },
  });
  app.delivery.failPages(new DeliveryError('slow down', 0));
  await app.runner.tick(); // the page is rate limited
  clock.advance(11_000); // past the counts cache
  expect(await metric('holdline_outbox_items{kind="page",status="pending"}')).toMatch(/ 1$/);
  expect(await metric('holdline_sessions_open')).toMatch(/ 1$/);
  await app.runner.tick(); // delivered
  expect(await metric('holdline_page_deliveries_total{surface="test",result="rate_limited"}')).toMatch(/ 1$/);
  expect(await metric('holdline_page_deliveries_total{surface="test",result="sent"}')).toMatch(/ 1$/);
  expect(await metric('holdline_platform_rate_limited_total{surface="test"}')).toMatch(/ 1$/);

  const first = app.delivery.pages()[0];
  const escalationId = first?.kind === 'page' ? first.escalationId : '';
  clock.advance(90_000);
  expect(await app.escalations.answer({ escalation: escalationId, by: 'test:sup1' })).toMatchObject({ ok: true });
  expect(await metric('holdline_page_ack_seconds_bucket{le="120",action="ack"}')).toMatch(/ 1$/);
  expect(await metric('holdline_page_ack_seconds_bucket{le="60",action="ack"}')).toMatch(/ 0$/);

  // A given-up effect is counted as dead, by kind.
  app.delivery.failNext(new DeliveryError('channel is gone', undefined, false));
  await app.sessions.apply({
    sessionId: s.value.session.id,
    actor: agent,
    event: { type: 'hostility', direction: 'worse' },
  });
  await app.runner.tick();
  clock.advance(11_000);
  expect(await metric('holdline_outbox_items{kind="prompt",status="dead"}')).toMatch(/ 1$/);

  ops.pass({ startedAt: clock.now() - 20, endedAt: clock.now() });
  clock.advance(3_000);
  expect(await metric('holdline_runner_tick_lag_seconds')).toBe('holdline_runner_tick_lag_seconds 3');
  expect(await metric('holdline_runner_tick_seconds_count')).toMatch(/ [1-9]\d*$/);
  expect(await metric('nodejs_eventloop_lag_seconds')).toBeDefined();
  expect(await metric('process_resident_memory_bytes')).toBeDefined();
});

it("Slack HTTP mode with OPS_PORT equal to PORT: the same routes on Bolt's port, Slack requests unchanged", async () => {
  const h = await startHarness(store, { otherRoutes: ops.handle });
  try {
    const slackBase = h.url.replace('/slack/events', '');
    expect(await probe(`${slackBase}/healthz`)).toMatchObject({ status: 200, body: { alive: true } });
    expect((await probe(`${slackBase}/metrics`)).body.text).toContain('holdline_sessions_open');
    expect((await h.command('help')).status).toBe(200);
  } finally {
    await h.stop();
  }
});
