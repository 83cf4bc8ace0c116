/**
 * Flag lookup at scale: 1,000,000 flags stored, then the start-of-session summary (FlagTx.flagSummary)
 * and the supervisor listing (FlagStore.flagsFor) for random customers, beside a bare primary-key
 * select on the same table (the floor), all through the same Drizzle layer, in one run.
 * PGlite always; PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a fresh schema,
 * dropped afterwards). Target: summary p99 within 2× the floor's p99.
 *   npx tsx bench/flags.ts [flags=1000000] [samples=5000]
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type Db, DrizzleStore } from '../src/store/drizzle-store.ts';
import { migratedImage, openStore } from '../src/store/open.ts';
import * as schema from '../src/store/schema.ts';
import { ms, summarize } from './lib/stats.ts';

const FLAGS = Number(process.argv[2] ?? 1_000_000);
const SAMPLES = Number(process.argv[3] ?? 5_000);
const PER_CUSTOMER = 4; // most flagged customers have a few flags
const CUSTOMERS = Math.ceil(FLAGS / PER_CUSTOMER);
const BATCH = 100_000;
const NOW = Date.UTC(2026, 10, 23);
const KINDS = `(array['vulgarity','insult','legal_threat','physical_threat','hostility'])`;

// Customer i's key: the same expression in SQL and in the sampler, so lookups hit real customers.
const keySql = (i: string) => `encode(sha256(convert_to('customer-' || (${i}), 'UTF8')), 'hex')`;

async function load(exec: (q: string) => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  for (let from = 1; from <= FLAGS; from += BATCH) {
    const to = Math.min(FLAGS, from + BATCH - 1);
    // Multi-row INSERT … SELECT generate_series: one statement per 100k rows. Flags spread over the last
    // 500 days, so about a quarter are already expired (as in a real table between purges).
    await exec(`insert into flags (id, customer_key, hint, kind, team_id, agent_id, session_id, note, created_at, expires_at)
      select 'f' || g, ${keySql(`g % ${CUSTOMERS}`)}, '…' || lpad((g % 10000)::text, 4, '0'),
        ${KINDS}[1 + g % 5], 'team-' || (g % 20), 'slack:U' || (g % 5000), 's' || (g / 3), null,
        c, c + interval '365 days'
      from generate_series(${from}, ${to}) g,
        lateral (select to_timestamp(${NOW / 1000}) - (g % 500) * interval '1 day' - (g % 86400) * interval '1 second' as c) t`);
  }
  await exec('vacuum analyze flags');
  return performance.now() - t0;
}

async function customerKeys(exec: (q: string) => Promise<{ rows: { k: string }[] }>): Promise<string[]> {
  const r = await exec(
    `select ${keySql(`(random() * ${CUSTOMERS - 1})::int`)} as k from generate_series(1, ${SAMPLES})`,
  );
  return r.rows.map((x) => x.k);
}

async function time(n: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(500, n); i++) await fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

async function measure(name: string, db: Db, exec: (q: string) => Promise<{ rows: { k: string }[] }>) {
  const store = new DrizzleStore(db, async () => {});
  const loadMs = await load(exec);
  const keys = await customerKeys(exec);
  const ids = Array.from({ length: SAMPLES }, () => `f${1 + Math.floor(Math.random() * FLAGS)}`);
  const floor = await time(SAMPLES, (i) =>
    db
      .select()
      .from(schema.flags)
      .where(eq(schema.flags.id, ids[i] ?? 'f1')),
  );
  const summary = await time(SAMPLES, (i) => store.flagSummary(keys[i] ?? '', NOW));
  const list = await time(SAMPLES, (i) => store.flagsFor(keys[i] ?? '', NOW, 500));
  const count = await exec('select count(*)::text as k from flags');
  // The plan of the summary, to show it is answered from the covering index (an index-only scan).
  const plan = (await exec(
    `explain select kind, count(*) from flags where customer_key = '${keys[0]}' and expires_at > now() group by kind`,
  )) as unknown as { rows: Record<string, string>[] };
  const scan = plan.rows.map((r) => Object.values(r)[0] ?? '').find((l) => /Scan/.test(l));
  console.log(
    `\n${name}: ${count.rows[0]?.k} flags, ${CUSTOMERS} customers, loaded in ${(loadMs / 1000).toFixed(1)} s`,
  );
  for (const [label, s] of [
    ['floor: primary-key select', floor],
    ['summary at session start', summary],
    ['supervisor list (with notes)', list],
  ] as const)
    console.log(
      `  ${label.padEnd(30)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (p99 ${(s.p99 / floor.p99).toFixed(2)}× floor)`,
    );
  console.log(`  summary plan: ${scan?.trim()}`);
  const ok = summary.p99 <= 2 * floor.p99;
  console.log(`  target summary p99 ≤ 2× floor p99: ${ok ? 'met' : 'NOT met'}`);
}

async function pglite() {
  const client = await PGlite.create({ loadDataDir: await migratedImage() });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await measure('PGlite (in memory)', db, (q) => client.query(q) as Promise<{ rows: { k: string }[] }>);
  await client.close();
}

async function postgres(url: string) {
  const name = `holdline_bench_${randomBytes(4).toString('hex')}`;
  await (await openStore({ kind: 'postgres', url, schema: name, poolSize: 1 })).close(); // migrate
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${name}` });
  try {
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await measure('PostgreSQL', db, (q) => pool.query(q));
  } finally {
    await pool.query(`drop schema "${name}" cascade`);
    await pool.end();
  }
}

await pglite();
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) await postgres(url);
else console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
