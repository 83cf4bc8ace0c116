/**
 * Scale, measured: three instances (three pools, runners' dispatchers with their own owners) on one
 * PostgreSQL schema, against a fake chat platform that is slow (200 ms a call) and sometimes answers 429
 * (Retry-After) or 5xx, including a 5xx after it did post the message. Escalations are started on any
 * instance; each is acknowledged twice at once from two instances (a double click).
 * Checks: 0 lost pages, 0 duplicated pages (the platform's own record), every acknowledgement recorded
 * once, nothing dead. Full size (10,000 escalations) with HOLDLINE_SCALE=1 (`npm run test:scale`); the
 * normal suite runs a small one (skipped without TEST_DATABASE_URL).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PolicySnapshot, Session } from '../../src/engine/index.ts';
import { DeliveryError, type DeliveryReceipt, type EffectDelivery, type OutboxItem } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { openStore } from '../../src/store/open.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

const url = process.env.TEST_DATABASE_URL;
const full = Boolean(process.env.HOLDLINE_SCALE);
/** HOLDLINE_SCALE_N overrides the full size (10,000) for a shorter run on a busy machine. */
const N = full ? Number(process.env.HOLDLINE_SCALE_N ?? 10_000) : 30;
const LATENCY_MS = full ? 200 : 20;
const WORKERS_PER_INSTANCE = full ? 20 : 6;
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: ['scale:sup1'], ackTimeoutMinutes: 60, repeat: 0 }],
  channels: ['scale:pages'],
  security: [],
  legal: [],
};

/** A deterministic random stream (the same faults in every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The chat platform: slow, sometimes 429 or 5xx; `posted` is what it really holds, by effect id. */
class SlowPlatform implements EffectDelivery {
  readonly posted = new Map<string, number>();
  calls = 0;
  rateLimited = 0;
  serverErrors = 0;
  postedThen5xx = 0;
  private readonly random = rng(17);
  async deliver(item: OutboxItem, _session: Session): Promise<DeliveryReceipt> {
    this.calls++;
    await new Promise((r) => setTimeout(r, LATENCY_MS));
    const r = this.random();
    if (r < 0.05) {
      this.rateLimited++;
      throw new DeliveryError('HTTP 429', 100 + Math.floor(r * 4_000));
    }
    if (r < 0.08) {
      this.serverErrors++;
      throw new DeliveryError('HTTP 503');
    }
    this.posted.set(item.id, (this.posted.get(item.id) ?? 0) + 1);
    if (r < 0.1) {
      this.postedThen5xx++;
      throw new DeliveryError('HTTP 502 after posting');
    }
    return { ref: `m-${item.id}` };
  }
  async findSent(item: OutboxItem): Promise<DeliveryReceipt | null> {
    await new Promise((r) => setTimeout(r, LATENCY_MS));
    return this.posted.has(item.id) ? { ref: `m-${item.id}` } : null;
  }
}

const realClock = () => Object.assign(new ManualClock(), { now: () => Date.now() });

let stores: DrizzleStore[] = [];
const schema = `holdline_scale_${randomBytes(5).toString('hex')}`;
let admin: pg.Client;

beforeAll(async () => {
  if (!url) return;
  for (let i = 0; i < 3; i++) stores.push(await openStore({ kind: 'postgres', url, schema, poolSize: full ? 20 : 6 }));
  admin = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await admin.connect();
});
afterAll(async () => {
  for (const s of stores) await s.close();
  stores = [];
  if (!url) return;
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

it.skipIf(!url)(
  `${N} escalations through 3 instances: 0 lost, 0 duplicated, every ack once`,
  { timeout: 3_600_000 },
  async () => {
    const platform = new SlowPlatform();
    const apps = ['a', 'b', 'c'].map((owner, i) => {
      const app = wire(stores[i] as DrizzleStore, {
        owner,
        clock: realClock(),
        policies: new EditablePolicies(POLICY),
      });
      app.services.registerDelivery('scale', platform);
      return app;
    });
    const started = Date.now();
    let creating = true;
    // Delivery workers: each instance drains its outbox with several concurrent claimers (SKIP LOCKED).
    let stop = false;
    const workers = apps.flatMap((app) =>
      Array.from({ length: WORKERS_PER_INSTANCE }, async () => {
        while (!stop) {
          const n = await app.dispatcher.drain().catch(() => 0);
          // Idle claimers look again a little later (many of them polling fast would load the database).
          if (n === 0) await new Promise((r) => setTimeout(r, 250));
        }
      }),
    );

    const escalationOf = new Map<string, string>();
    const failures: string[] = [];
    async function escalate(i: number) {
      const app = apps[i % 3] as (typeof apps)[number];
      const agent = `test:agent${i}`;
      const s = await app.sessions.start({
        agentId: agent,
        surface: 'test',
        kind: 'hostile',
        channel: 'phone',
        locale: 'en',
      });
      if (!s.ok) return void failures.push(`start ${i}: ${s.error.code}`);
      const r = await app.sessions.apply({
        sessionId: s.value.session.id,
        actor: agent,
        event: { type: 'escalate', reason: 'customer_insists' },
      });
      if (!r.ok) return void failures.push(`escalate ${i}: ${r.error.code}`);
      escalationOf.set(s.value.session.id, i.toString());
    }
    const pool = async (count: number, concurrency: number, job: (i: number) => Promise<void>) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) await job(next++);
        }),
      );
    };
    await pool(N, 30, escalate);
    creating = false;
    const createdMs = Date.now() - started;

    // Every escalation acknowledged twice at once, from two different instances.
    const { rows: escalations } = await admin.query<{ id: string }>('select id from escalations');
    let already = 0;
    await pool(escalations.length, 15, async (k) => {
      const id = (escalations[k] as { id: string }).id;
      const [x, y] = [apps[k % 3], apps[(k + 1) % 3]] as [(typeof apps)[number], (typeof apps)[number]];
      const answers = await Promise.all(
        [x, y].map((app) => app.escalations.answer({ escalation: id, by: 'scale:sup1' })),
      );
      for (const a of answers) {
        if (!a.ok) failures.push(`ack ${id}: ${a.error.code}`);
        else if (a.value.already) already++;
      }
    });
    const ackedMs = Date.now() - started;

    // Wait until nothing is pending in the outbox (retries included).
    for (;;) {
      const { rows } = await admin.query<{ n: number }>(
        `select count(*)::int as n from outbox where status = 'pending'`,
      );
      if ((rows[0]?.n ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    stop = true;
    await Promise.all(workers);
    const totalMs = Date.now() - started;

    const pages = (
      await admin.query<{ id: string; status: string }>(`select id, status from outbox where type = 'page'`)
    ).rows;
    const lost = pages.filter((p) => !platform.posted.has(p.id)).length;
    const duplicated = [...platform.posted.values()].filter((n) => n > 1).length;
    const dead = (await admin.query(`select 1 from outbox where status = 'dead'`)).rowCount;
    const acks = (
      await admin.query<{ id: string; n: number }>(
        `select escalation_id as id, count(*)::int as n from escalation_events where type = 'acknowledged' group by escalation_id`,
      )
    ).rows;
    const summary = {
      escalations: escalations.length,
      pageEffects: pages.length,
      platformCalls: platform.calls,
      rateLimited: platform.rateLimited,
      serverErrors: platform.serverErrors,
      postedThen5xx: platform.postedThen5xx,
      lost,
      duplicated,
      dead,
      acksRecorded: acks.length,
      acksRecordedTwice: acks.filter((a) => a.n !== 1).length,
      secondAcksRefusedAsAlready: already,
      createdSeconds: Math.round(createdMs / 100) / 10,
      ackedSeconds: Math.round(ackedMs / 100) / 10,
      totalSeconds: Math.round(totalMs / 100) / 10,
      latencyMs: LATENCY_MS,
    };
    console.log(`scale: ${JSON.stringify(summary)}`);
    expect(creating).toBe(false);
    expect(failures).toEqual([]);
    expect(escalations.length).toBe(N);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
    expect(dead).toBe(0);
    expect(acks.length).toBe(N);
    expect(summary.acksRecordedTwice).toBe(0);
    expect(already).toBe(N);
    // Each escalation: its first page, then the page edited after the acknowledgement.
    expect(pages.length).toBe(2 * N);
  },
);
