/**
 * Page latency: from the moment a limit is crossed (SessionService.apply called) or an escalation timer
 * is due, to the page arriving at a fake chat API (an HTTP server on 127.0.0.1 that records POSTs).
 * Printed beside the floor: one direct HTTP POST from the same process. PGlite always; PostgreSQL
 * when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a scratch schema, dropped afterwards).
 * Each page has three recipients (the channel, then two supervisors) delivered per recipient as the Slack
 * and Discord adapters do (src/app/recipients.ts); the page counts as arrived when the last recipient
 * reached has it. Measured healthy, and with the first supervisor failing permanently (a 403 every time).
 *   npx tsx bench/page-latency.ts [count]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApp } from '../src/app/create-app.ts';
import { reachEach, settle } from '../src/app/recipients.ts';
import type { PolicySnapshot } from '../src/engine/index.ts';
import { TeamDirectory } from '../src/paging/directory.ts';
import {
  DeliveryError,
  type DeliveryReceipt,
  type EffectDelivery,
  type Logger,
  type OutboxItem,
} from '../src/ports.ts';
import { HmacPseudonymiser } from '../src/privacy/customer-ref.ts';
import type { DrizzleStore } from '../src/store/drizzle-store.ts';
import { openStore } from '../src/store/open.ts';
import { ms, summarize } from './lib/stats.ts';

const count = Number(process.argv[2] ?? 200);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const quiet: Logger = { info() {}, warn() {}, debug() {}, error: (o, m) => console.error(m, o) };
const POLICY: PolicySnapshot = {
  teamId: 'bench',
  levels: [{ supervisors: ['http:sup1', 'http:sup2'], ackTimeoutMinutes: 1, repeat: 5 }],
  channels: ['http:pages'],
  security: [],
  legal: [],
};
/** No team file (the bench surface `http` is not one a team file names): every page goes to POLICY. */
const DIRECTORY = Object.assign(new TeamDirectory(null), { teamOf: () => 'bench', policyFor: () => POLICY });
/** When set, every post to the first supervisor is refused for good (DMs closed). */
let failing = false;

// The fake chat API: records when each POST arrived and wakes whoever waits for it.
const waiting = new Map<string, (at: number) => void>();
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => {
    body += c.toString();
  });
  req.on('end', () => {
    const at = performance.now();
    const { key } = JSON.parse(body) as { key: string };
    if (failing && key.endsWith('|http:sup1')) {
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"ok":false,"error":"cannot_dm"}');
      return;
    }
    waiting.get(key)?.(at);
    waiting.delete(key);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chat.postMessage`;
const arrival = (key: string) => new Promise<number>((r) => waiting.set(key, r));
const post = (key: string) =>
  fetch(api, { method: 'POST', body: JSON.stringify({ key }), headers: { 'content-type': 'application/json' } }).then(
    async (r) => {
      const text = await r.text();
      if (r.status === 403) throw new Refused();
      return text;
    },
  );
class Refused extends Error {}

/** Escalation id per session, learnt from the pages themselves. */
const escalationOf = new Map<string, string>();

/** The page delivery under test: one HTTP POST per page, keyed by session and round. */
class HttpPages implements EffectDelivery {
  async deliver(item: OutboxItem): Promise<DeliveryReceipt | undefined> {
    if (item.effect.type !== 'page' || item.effect.message.kind !== 'page') return undefined;
    const m = item.effect.message;
    escalationOf.set(item.sessionId, m.escalationId);
    const results = await reachEach(
      [...m.channels, ...m.supervisors],
      async (to) => {
        await post(`${item.sessionId}:${m.round}|${to}`);
        return [to];
      },
      (err) => (err instanceof Refused ? 'dm_closed' : null),
    );
    const { refs, missed } = settle(item, results, (err) => new DeliveryError(String(err)));
    return { ref: JSON.stringify([...refs, ...missed]) };
  }
}

async function floor(): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count + 20; i++) {
    const t0 = performance.now();
    const got = arrival(`floor-${i}`);
    await post(`floor-${i}`);
    if (i >= 20) out.push((await got) - t0);
  }
  return out;
}

async function measure(store: DrizzleStore) {
  let offset = 0;
  const clock = { now: () => Date.now() + offset };
  const { services, sessions, escalations, runner } = createApp(
    {
      store,
      clock,
      log: quiet,
      newId: () => randomUUID(),
      directory: DIRECTORY,
      pseudonymiser: new HmacPseudonymiser('bench-pepper-0123456789'),
      contributorToken: () => '',
      random: Math.random,
    },
    {
      owner: 'bench',
      defaultLimits: { minutes: 480, hostility: 5, complexity: 3 },
      anonymousDelayMs: 0,
      hardContactsNudge: 3,
      shiftHours: 8,
      homeRefreshMs: 10_000,
      pollMs: 2_000,
    },
  );
  services.registerDelivery('http', new HttpPages());
  services.registerDelivery('bench', { deliver: async () => undefined });
  runner.start();
  const unlisten = store.listen ? await store.listen(() => runner.kick(), quiet) : async () => {};

  const limit: number[] = [];
  const timer: number[] = [];
  try {
    for (let i = 0; i < count + 10; i++) {
      const s = await sessions.start({
        agentId: `bench:a${i}`,
        surface: 'bench',
        kind: 'hostile',
        channel: 'phone',
        locale: 'en',
      });
      if (!s.ok) throw new Error(s.error.code);
      await runner.settle();
      // Arrived when the last recipient that can be reached has it (the second supervisor).
      const got = arrival(`${s.value.session.id}:0|http:sup2`);
      const t0 = performance.now();
      const r = await sessions.apply({
        sessionId: s.value.session.id,
        actor: null,
        event: { type: 'complexity', value: 5 },
      });
      if (!r.ok) throw new Error(r.error.code);
      const at = await got;
      if (i >= 10) limit.push(at - t0);
      // Now the timer: jump the clock so the re-notification is due in 30 ms of real time.
      if (i < 10 || i - 10 < Math.min(count, 100)) {
        const e = await store.getEscalation(escalationOf.get(s.value.session.id) ?? '');
        if (e?.dueAt == null) throw new Error('no escalation timer');
        const renotified = arrival(`${s.value.session.id}:1|http:sup2`);
        offset += e.dueAt - clock.now() - 30;
        const dueReal = performance.now() + 30;
        runner.kick(); // what a commit elsewhere would do; the runner then sleeps until the timer is due
        const at2 = await renotified;
        if (i >= 10) timer.push(at2 - dueReal);
        await escalations.answer({ escalation: e.id, by: 'http:sup1' });
      }
      await sessions.apply({
        sessionId: s.value.session.id,
        actor: null,
        event: { type: 'close', outcome: 'resolved' },
      });
    }
  } finally {
    await unlisten();
    await runner.stop();
  }
  return { limit, timer };
}

const line = (name: string, xs: number[], base: number) => {
  const s = summarize(xs);
  return `${name.padEnd(34)} n=${s.count}  p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  p99 above floor ${ms(s.p99 - base)}`;
};

const f = summarize(await floor());
console.log(`floor: one direct HTTP POST        n=${f.count}  p50 ${ms(f.p50)}  p99 ${ms(f.p99)}  max ${ms(f.max)}`);
const targets: [string, () => Promise<{ store: DrizzleStore; drop: () => Promise<void> }>][] = [
  ['pglite', async () => ({ store: await openStore({ kind: 'memory' }), drop: async () => {} })],
];
if (pgUrl)
  targets.push([
    'postgres',
    async () => {
      const schema = `holdline_bench_${randomBytes(4).toString('hex')}`;
      return {
        store: await openStore({ kind: 'postgres', url: pgUrl, schema, poolSize: 4 }),
        drop: async () => {
          const c = new pg.Client({ connectionString: pgUrl });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await c.end();
        },
      };
    },
  ]);
for (const [name, open] of targets) {
  const { store, drop } = await open();
  try {
    failing = false;
    const r = await measure(store);
    console.log(line(`${name}: limit crossed → page`, r.limit, f.p99));
    console.log(line(`${name}: timer due → re-notification`, r.timer, f.p99));
    failing = true;
    const bad = await measure(store);
    console.log(line(`${name}: page, 1 of 3 refused for good`, bad.limit, f.p99));
    console.log(line(`${name}: re-notification, 1 of 3 refused`, bad.timer, f.p99));
    const healthy = summarize(r.limit).p99;
    console.log(`${name}: p99 with one recipient refused − healthy p99: ${ms(summarize(bad.limit).p99 - healthy)}`);
  } finally {
    await store.close();
    await drop();
  }
}
server.close();
