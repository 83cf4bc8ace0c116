/**
 * The process as an operator runs it: SIGTERM while migrating (PostgreSQL, waiting for another instance's
 * migration lock), while logging in to a platform that never answers, and while running (the embedded
 * database) exits 0 within 10 s, with the data-folder lock released; SIGHUP reloads the team file (the next page goes to the new supervisor)
 * and keeps the old one when the new file is invalid, saying why in /readyz.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LiveHoldline, probe } from '../helpers/live-process.ts';

let dir: string;
const timings: Record<string, number> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdline-life-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(`SIGTERM to exit (ms): ${JSON.stringify(timings)}`);
});

const team = (supervisor: string) => `
defaults:
  team: floor
teams:
  floor:
    members: [console:amira] # with a team file only members start sessions (issue 18)
    escalation:
      levels:
        - supervisors: [${supervisor}]
          ackTimeoutMinutes: 3
      channels:
        console: [pages]
`;

async function stop(h: LiveHoldline, name: string, dataDir: string) {
  const sent = h.signal('SIGTERM');
  const exit = await h.exited;
  timings[name] = exit.at - sent;
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(timings[name]).toBeLessThan(10_000);
  expect(existsSync(join(dataDir, 'holdline.lock'))).toBe(false);
}

const base = process.env.TEST_DATABASE_URL;
it.skipIf(!base)(
  "SIGTERM while migrating (waiting for another instance's migration lock): exit 0 at once",
  async () => {
    const name = `holdline_life_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = Object.assign(new URL(base as string), { pathname: `/${name}` }).toString();
    const other = new pg.Client({ connectionString: url }); // "another instance", migrating
    await other.connect();
    await other.query('SELECT pg_advisory_lock(7240101)');
    try {
      const h = new LiveHoldline({
        DATABASE_URL: url,
        FLAG_PEPPER: 'lifecycle-test-pepper-0123456789',
        OPS_PORT: 'off',
      });
      await h.until(
        async () =>
          (
            await admin.query(
              `select 1 from pg_stat_activity where datname = $1 and application_name = 'holdline-migrate' and wait_event_type = 'Lock'`,
              [name],
            )
          ).rowCount,
        'the instance waiting for the migration lock',
        30_000,
      );
      const sent = h.signal('SIGTERM');
      const exit = await h.exited;
      timings.migrating = exit.at - sent;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(timings.migrating).toBeLessThan(10_000);
    } finally {
      await other.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  },
  60_000,
);

const dataDir = () => join(dir, 'data');
// The Discord run sets FLAG_PEPPER (required with a chat adapter): it needs a data folder of its own, since
// the terminal run above stored the fingerprint of another pepper, and Holdline rightly refuses to start
// on a different one (issue 18).
const discordDataDir = () => join(dir, 'data-discord');

it('SIGHUP reloads the team file; an invalid one is refused and the old one kept; SIGTERM while running', async () => {
  const file = join(dir, 'team.yaml');
  writeFileSync(file, team('console:alice'));
  const h = new LiveHoldline({ DATA_DIR: dataDir(), HOLDLINE_CONFIG: file, OPS_PORT: '0', OPS_HOST: '127.0.0.1' });
  const ops = await h.opsUrl();
  const escalate = async () => {
    const from = h.stdout.length;
    h.write('\n1\n\n\n5\n');
    await h.waitForOutput('I need a supervisor', from);
    h.write('s\n1\n');
    const at = await h.waitForOutput('[PAGE → ', from);
    const page = h.stdout.slice(at - 1, h.stdout.indexOf(']', at));
    h.write('x\n1\n\n\n'); // close as resolved, skip the care offer and the check-in
    await h.waitForOutput('Press Enter to start', at);
    return page;
  };
  expect(await escalate()).toBe('[PAGE → console:alice, console:pages');

  writeFileSync(file, team('console:bob'));
  h.signal('SIGHUP');
  await h.waitForLog('team file reloaded');
  expect(await escalate()).toBe('[PAGE → console:bob, console:pages');

  writeFileSync(file, team('not-a-person-id'));
  h.signal('SIGHUP');
  const refused = await h.waitForLog('team file not reloaded; the previous one stays in use');
  expect(String(refused.error)).toContain('teams.floor.escalation.levels.0.supervisors.0');
  const ready = await probe(`${ops}/readyz`);
  expect(ready.status).toBe(200);
  expect((ready.body.teamFile as { reloadError?: string }).reloadError).toContain('must be a person id');
  expect(await escalate()).toBe('[PAGE → console:bob, console:pages');

  await stop(h, 'running', dataDir());
}, 90_000);

let hanging: Server;
it('SIGTERM while logging in to Discord (the platform never answers): exit 0, store closed, lock released', async () => {
  hanging = createServer(() => {}); // accepts requests and never answers them
  await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
  const port = (hanging.address() as { port: number }).port;
  const h = new LiveHoldline({
    DATA_DIR: discordDataDir(),
    OPS_PORT: '0',
    OPS_HOST: '127.0.0.1',
    FLAG_PEPPER: 'lifecycle-test-pepper-0123456789', // required with a chat adapter (issue 18)
    DISCORD_TOKEN: 'fake-token',
    DISCORD_APPLICATION_ID: '1100000000000000001',
    DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
  });
  const ops = await h.opsUrl();
  // A fresh data folder is created first (PGlite's initdb: 15 s on a quiet machine, far more under a loaded CI).
  await h.waitForLog('starting adapter', 120_000);
  // Issue 15: nothing is delivered before the adapters are ready (the outbox waits for the login).
  const metrics = await (await fetch(`${ops}/metrics`)).text();
  expect(metrics).not.toMatch(/^holdline_runner_tick_seconds_count [1-9]/m);
  expect(h.logs.some((l) => l.msg === 'delivery started')).toBe(false);
  await stop(h, 'loggingIn', discordDataDir());
  hanging.closeAllConnections();
  hanging.close();
}, 180_000);
