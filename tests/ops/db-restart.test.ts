/**
 * The database restarts under a running instance (a throwaway database on the local PostgreSQL):
 * its backends are terminated while idle and in the middle of a transaction, and new connections are
 * refused for a while. The process stays up, /readyz goes red then green, the agent is told in a
 * sentence, nothing recorded is lost, and a page that fell due during the outage is delivered after.
 * Before the fix, the checked-out client's 'error' event had no listener: the process died (exit 1).
 * Skipped without TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LiveHoldline, probe } from '../helpers/live-process.ts';

const base = process.env.TEST_DATABASE_URL;
const dbName = `holdline_restart_${randomBytes(4).toString('hex')}`;
const dbUrl = base ? Object.assign(new URL(base), { pathname: `/${dbName}` }).toString() : '';
let admin: pg.Client;
/** A connection to the throwaway database itself (not Holdline's: it survives the terminations). */
let db: pg.Client;
let h: LiveHoldline;
let ops: string;
const timings: Record<string, number> = {};

const holdlineBackends = `select pid, state, wait_event_type from pg_stat_activity where datname = $1 and application_name = 'holdline' and pid <> pg_backend_pid()`;

async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) {
  return (await db.query<T>(text, values)).rows;
}

beforeAll(async () => {
  if (!base) return;
  admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  h = new LiveHoldline({
    DATABASE_URL: dbUrl,
    FLAG_PEPPER: 'restart-test-pepper-0123456789',
    OPS_PORT: '0',
    OPS_HOST: '127.0.0.1',
    POLL_INTERVAL_MS: '200',
    DATABASE_CONNECT_TIMEOUT_MS: '1000',
  });
  ops = await h.opsUrl();
});

afterAll(async () => {
  h?.kill();
  if (!base) return;
  await db?.end().catch(() => {});
  await admin.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`).catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  console.log(`database restart timings (ms): ${JSON.stringify(timings)}`);
});

it.skipIf(!base)(
  'survives terminated backends idle and mid-transaction; /readyz red then green; nothing lost; a due page is delivered after',
  { timeout: 120_000 },
  async () => {
    await h.until(async () => (await probe(`${ops}/readyz`)).status === 200, '/readyz green at start');
    // A session, escalated: a page is printed and a re-notification timer is pending.
    h.write('\n1\n\n\n5\n');
    await h.waitForOutput('I need a supervisor');
    h.write('s\n1\n');
    const firstPage = await h.waitForOutput('[PAGE → console:supervisor');

    // 1. Idle: every connection of the instance (pool and LISTEN) is terminated.
    const idle = await sql(holdlineBackends, [dbName]);
    expect(idle.length).toBeGreaterThan(0);
    await sql(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'holdline'`,
      [dbName],
    );
    h.write('w\n'); // the next command runs on a fresh connection
    await h.waitForOutput('Hostility 3/5', firstPage);
    expect((await probe(`${ops}/readyz`)).status).toBe(200);

    // 2. Mid-transaction: the test holds the session row, so the agent's next step waits inside its
    // transaction; then the database goes away (backends terminated, new connections refused).
    const [session] = await sql<{ id: string }>(`select id from sessions where status = 'open'`);
    const locker = new pg.Client({ connectionString: dbUrl });
    locker.on('error', () => {});
    await locker.connect();
    await locker.query('begin');
    await locker.query('select id from sessions where id = $1 for update', [session?.id]);
    // The re-notification (3 minutes in the demo team) is brought forward to fall due while the database is away.
    const due = Date.now() + 1_500;
    await sql(`update timers set due_at = to_timestamp($1 / 1000.0) where kind = 'escalation' and status = 'pending'`, [
      due,
    ]);
    await sql(`update escalations set state = jsonb_set(state, '{dueAt}', to_jsonb($1::bigint))`, [due]);
    const beforeStep = h.stdout.length;
    h.write('w\n');
    await h.until(
      async () =>
        (await sql<{ wait_event_type: string }>(holdlineBackends, [dbName])).some((b) => b.wait_event_type === 'Lock'),
      'the agent step waiting on the row lock inside its transaction',
    );
    await admin.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
    const downAt = Date.now();
    await sql(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'holdline'`,
      [dbName],
    );
    await locker.end().catch(() => {});
    await h.waitForOutput('Holdline cannot reach its database right now', beforeStep);
    const red = await h.until(async () => {
      const r = await probe(`${ops}/readyz`);
      return r.status === 503 ? r : null;
    }, '/readyz red');
    timings.terminateToReadyzRed = Date.now() - downAt;
    expect((red.body.database as { ok: boolean }).ok).toBe(false);
    expect((await probe(`${ops}/healthz`)).status).toBe(200); // alive: a database outage is not a dead process
    await new Promise((r) => setTimeout(r, 2_000)); // the timer is due now, with no database

    // 3. The database is back: ready again, the due page goes out, the agent carries on.
    const upAt = Date.now();
    await admin.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
    await h.until(async () => (await probe(`${ops}/readyz`)).status === 200, '/readyz green again');
    timings.reconnectToReadyzGreen = Date.now() - upAt;
    await h.until(() => h.stdout.slice(beforeStep).includes('[PAGE → console:supervisor'), 'the re-notification page');
    timings.reconnectToDuePage = Date.now() - upAt;
    const afterOutage = h.stdout.length;
    h.write('w\n');
    await h.waitForOutput('Hostility 4/5', afterOutage);

    // Nothing recorded is lost: every step the agent saw acknowledged is in the timeline, every page delivered.
    const [row] = await sql<{ state: { hostility: number; timeline: { event: { type: string } }[] } }>(
      `select state from sessions where id = $1`,
      [session?.id],
    );
    expect(row?.state.hostility).toBe(4);
    // (A page is printed before its row is marked done, in a query of its own: wait for that.)
    const outbox = await h.until(async () => {
      const rows = await sql<{ type: string; status: string }>(`select type, status from outbox where type = 'page'`);
      return rows.length === 2 && rows.every((o) => o.status === 'done') ? rows : null;
    }, 'both pages marked done');
    expect(outbox.map((o) => o.status)).toEqual(['done', 'done']);
    expect(await sql(`select 1 from outbox where status = 'dead'`)).toEqual([]);

    // Still the same process, and it stops cleanly.
    expect(h.stderr).not.toContain('Unhandled');
    const sent = h.signal('SIGTERM');
    const exit = await h.exited;
    timings.sigtermToExit = exit.at - sent;
    expect(exit.code).toBe(0);
    expect(timings.sigtermToExit).toBeLessThan(10_000);
  },
);
