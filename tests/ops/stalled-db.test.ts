/**
 * A connection that stalls (packets black-holed: no error, no answer) must not hang the work. Through a
 * TCP proxy that stops forwarding on the open connections, a session start fails as "store unavailable"
 * within the statement timeout plus its client margin, the stalled connection is dropped, and the next
 * start (a fresh connection) succeeds. Before the fix there were no timeouts: it never settled.
 * Skipped without TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { openStore } from '../../src/store/open.ts';
import { wire } from '../helpers/app.ts';

const base = process.env.TEST_DATABASE_URL;
const schema = `holdline_stall_${randomBytes(4).toString('hex')}`;
let proxy: Server;
let store: DrizzleStore;
/** Connections through the proxy; those in `frozen` go silent. `all` are destroyed at the end. */
const open: { client: Socket; upstream: Socket }[] = [];
const all: Socket[] = [];
let frozen = new Set<(typeof open)[number]>();

beforeAll(async () => {
  if (!base) return;
  const target = new URL(base);
  proxy = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const pair = { client, upstream };
    open.push(pair);
    all.push(client, upstream);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (b) => {
        // A black hole: what is sent on a frozen connection never arrives, and nothing says so.
        if (!frozen.has(pair)) to.write(b);
      });
    forward(client, upstream);
    forward(upstream, client);
    for (const s of [client, upstream]) s.on('error', () => {});
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const port = (proxy.address() as { port: number }).port;
  const url = Object.assign(new URL(base), { port: String(port) }).toString();
  store = await openStore({
    kind: 'postgres',
    url,
    schema,
    poolSize: 2,
    timeouts: { connectMs: 1_000, statementMs: 1_000, idleInTransactionMs: 2_000 },
  });
});

afterAll(async () => {
  if (!base) return;
  frozen = new Set();
  for (const s of all) s.destroy();
  await store?.close().catch(() => {});
  proxy?.close();
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

const start = (app: ReturnType<typeof wire>, agent: string) =>
  app.sessions.start({ agentId: agent, surface: 'test', kind: 'hostile', channel: 'phone', locale: 'en' });

it.skipIf(!base)('a black-holed connection fails the work as store unavailable, and is not reused', async () => {
  const app = wire(store);
  expect((await start(app, 'test:before')).ok).toBe(true);
  // Every connection open now goes silent; new ones (opened after this) work.
  frozen = new Set(open);
  const began = Date.now();
  const r = await Promise.race([
    start(app, 'test:during'),
    new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 10_000)),
  ]);
  const took = Date.now() - began;
  expect(r).not.toBe('hung');
  expect(r).toMatchObject({ ok: false, error: { code: 'store_unavailable' } });
  console.log(`stalled connection: the start failed as store_unavailable after ${took} ms`);
  // The stalled connections stay frozen; new ones work. A stalled idle connection is found out only when
  // used (that attempt fails the same way, quickly); each one found is dropped, so the pool (2) recovers.
  const outcomes: string[] = [];
  for (let i = 0; i < 3 && outcomes.at(-1) !== 'ok'; i++) {
    const again = await Promise.race([
      start(app, `test:after${i}`),
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 10_000)),
    ]);
    outcomes.push(again === 'hung' ? 'hung' : again.ok ? 'ok' : again.error.code);
  }
  expect(outcomes.at(-1)).toBe('ok');
  expect(outcomes.slice(0, -1).every((o) => o === 'store_unavailable')).toBe(true);
  console.log(`after the stall: ${outcomes.join(', ')}`);
});
