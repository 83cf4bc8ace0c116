/**
 * The only place that wires config, store and adapters together. With no Slack or Discord
 * tokens Holdline runs in the terminal on the embedded database. Start-up and shutdown go through
 * src/lifecycle.ts (SIGTERM at any point stops cleanly; SIGHUP reloads the team file); the ops
 * listener (/healthz, /readyz, /metrics) is src/ops/.
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import 'dotenv/config';
import { startConsole } from '../adapters/console/index.ts';
import { safeError } from './app/safe-error.ts';
import type { Adapter } from './app/services.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { Lifecycle, Stopping } from './lifecycle.ts';
import { createLogger } from './logger.ts';
import { createOps } from './ops/index.ts';
import { demoTeamFile } from './paging/demo-team.ts';
import { type LiveTeamFile, openTeamFile } from './paging/live-team-file.ts';
import { TeamFileError } from './paging/team-file.ts';
import type { AuditEntry, Logger } from './ports.ts';
import { loadPepper, openCustomerKeys } from './privacy/pepper.ts';
import { openStore, type StoreOptions } from './store/open.ts';
import { appFromConfig, systemClock } from './wiring.ts';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const chat = Boolean(config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN);
  // The terminal is the agent's screen: its log lines go to a file in the data folder instead.
  const log = createLogger({
    level: config.LOG_LEVEL,
    format: config.LOG_FORMAT,
    env: config.NODE_ENV,
    ...(chat ? {} : { file: join(config.DATA_DIR, 'holdline.log') }),
  });
  let team: LiveTeamFile;
  try {
    // The terminal without a team file pages a built-in demo team, printed in the terminal.
    team = openTeamFile(config, chat ? null : demoTeamFile, systemClock.now);
  } catch (err) {
    if (err instanceof TeamFileError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!config.HOLDLINE_CONFIG && chat)
    log.warn({}, 'no team file (HOLDLINE_CONFIG): pages reach nobody; agents are told so');
  // A platform library failing on a malformed payload must not take the process down (see the note in
  // tests/fakes/discord/README.md); log it and carry on.
  process.on('unhandledRejection', (err) => log.error({ error: safeError(err) }, 'unhandled rejection'));

  const life = new Lifecycle(log);
  life.trap(() => reloadTeamFile(team, log, auditSink.record));
  try {
    await run(config, log, life, team);
  } catch (err) {
    if (!(err instanceof Stopping)) throw err;
  } finally {
    await life.shutdown();
  }
  log.info({}, 'stopped');
  return 0;
}

/** Where config reloads are audited once the database is open (a reload before that is only logged). */
const auditSink: { record: (e: AuditEntry) => void } = { record: () => {} };

/** SIGHUP: the new file is validated first; on any error the running one stays (logged, and in /readyz). */
function reloadTeamFile(team: LiveTeamFile, log: Logger, audit: (e: AuditEntry) => void): void {
  const r = team.reload();
  audit({ at: systemClock.now(), actor: 'system', action: 'config.reload', count: r.ok ? 1 : 0, osUser: osUser() });
  if (r.ok) log.info({ path: team.status().path }, 'team file reloaded');
  else log.error({ error: r.message }, 'team file not reloaded; the previous one stays in use');
}

function storeOptions(config: Config, log: Logger): StoreOptions {
  if (!config.DATABASE_URL)
    return {
      kind: 'pglite',
      dataDir: config.DATA_DIR,
      log,
      onReleased: (claims) => log.info({ claims }, 'released the claims of the previous process (it is gone)'),
    };
  return {
    kind: 'postgres',
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    timeouts: {
      connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: config.DATABASE_IDLE_TX_TIMEOUT_MS,
    },
    log,
  };
}

/** OPS_PORT: a port, null when off. Default: on at 9464 with Slack or Discord, off in the terminal. */
function opsPort(config: Config, chat: boolean): number | null {
  if (config.OPS_PORT === 'off') return null;
  return config.OPS_PORT ?? (chat ? 9464 : null);
}

async function run(config: Config, log: Logger, life: Lifecycle, team: LiveTeamFile): Promise<void> {
  log.info({ database: config.DATABASE_URL ? 'postgres' : 'pglite' }, 'opening the database');
  // Finished even when a stop arrives meanwhile, so that the store is closed and the folder lock released.
  const store = await life.step(
    'database',
    (signal) => openStore(storeOptions(config, log), signal),
    (s) => s.close(),
    { finish: true },
  );
  const ops = createOps({
    log,
    instance: config.instanceId,
    store,
    team,
    stopping: () => life.stopping,
    staleMs: config.OPS_RUNNER_STALE_SECONDS * 1000,
  });
  // A different pepper than the one the stored hashes were made with stops the start (docs/security.md).
  // The first start under HKDF-derived keys re-keys what is stored, once (src/privacy/keys.ts).
  const customerKeys = await openCustomerKeys(store, loadPepper(config, log), systemClock.now());
  auditSink.record = (e) =>
    void store.recordAudit(e).catch((err: unknown) => log.warn({ error: safeError(err) }, 'audit record not written'));
  const { services, runner } = appFromConfig(config, log, store, team, customerKeys, {
    pollMs: config.POLL_INTERVAL_MS,
    instruments: ops,
  });
  // The runner starts only once every adapter is ready (below): before that, a page would fail with "no
  // adapter for surface", back off, and could tell the agent their page is not getting through.
  // PostgreSQL: wake as soon as another instance commits something due (NOTIFY), not at the next poll.
  const { listen } = store;
  if (listen)
    await life.step(
      'listen',
      () => listen.call(store, () => runner.kick(), log),
      (unlisten) => unlisten(),
    );

  const chat = Boolean(config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN);
  const port = opsPort(config, chat);
  const slackHttp = Boolean(config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN);
  // In Slack HTTP mode with OPS_PORT equal to PORT, the routes are served on Bolt's port.
  const shared = port !== null && slackHttp && port === config.PORT && port !== 0;
  if (port !== null && !shared) {
    const server = await life.step('ops listener', () => ops.listen(port, config.OPS_HOST), closeServer);
    log.info({ url: `http://${config.OPS_HOST}:${(server.address() as AddressInfo).port}` }, 'ops listener started');
  }

  const adapters: Adapter[] = [];
  // Chat adapters are added here (Slack, Discord); with none configured, the terminal runs.
  if (config.SLACK_BOT_TOKEN) {
    const botToken = config.SLACK_BOT_TOKEN;
    // Loaded only when configured: the terminal should not pay for Bolt at start-up.
    const { startSlack } = await import('../adapters/slack/index.ts');
    log.info({ adapter: 'slack' }, 'starting adapter');
    const slack = await life.step(
      'slack',
      () =>
        startSlack(services, {
          botToken,
          signingSecret: config.SLACK_SIGNING_SECRET,
          appToken: config.SLACK_APP_TOKEN,
          port: config.PORT,
          apiUrl: config.SLACK_API_URL,
          escalationChannel: config.SLACK_ESCALATION_CHANNEL,
          allowedTeams: config.SLACK_ALLOWED_TEAMS,
          allowGuests: config.SLACK_ALLOW_GUESTS,
          ...(shared ? { otherRoutes: ops.handle } : {}),
        }),
      (a) => a.stop(),
    );
    adapters.push(slack);
    ops.addAdapter({ name: 'slack', health: () => slack.health?.() ?? { ok: true, detail: 'running' } });
  }
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    const token = config.DISCORD_TOKEN;
    const applicationId = config.DISCORD_APPLICATION_ID;
    // Loaded only when configured, so the terminal does not pay for importing discord.js.
    const { startDiscord } = await import('../adapters/discord/index.ts');
    log.info({ adapter: 'discord' }, 'starting adapter');
    const discord = await life.step(
      'discord',
      () =>
        startDiscord(services, {
          token,
          applicationId,
          apiUrl: config.DISCORD_API_URL,
          escalationChannelId: config.DISCORD_ESCALATION_CHANNEL_ID,
          allowedGuilds: config.DISCORD_ALLOWED_GUILDS,
          locale: config.HOLDLINE_LOCALE,
        }),
      (a) => a.stop(),
    );
    discord.client.rest.on('rateLimited', () => ops.metrics.platform429.inc({ surface: 'discord' }));
    adapters.push(discord);
    ops.addAdapter({ name: 'discord', health: () => discord.health?.() ?? { ok: true, detail: 'running' } });
  }
  if (!chat) {
    const terminal = await life.step(
      'terminal',
      () => startConsole(services, { agentName: config.agentName, timeZone: config.timeZone }),
      (a) => a.stop(),
    );
    adapters.push(terminal);
    ops.addAdapter({ name: 'terminal' });
  }
  runner.start();
  life.onStop('runner', () => runner.stop());
  log.info({ adapters: adapters.length }, 'delivery started');
  log.info({ instance: config.instanceId }, 'holdline started');
  await Promise.race([life.stopRequested, ...adapters.flatMap((a) => (a.done ? [a.done] : []))]);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

main().then(
  (code) => {
    process.exitCode = code;
    // Everything is closed; what a platform library may still hold (a login that never got an answer)
    // must not keep the process up.
    setTimeout(() => process.exit(code), 500).unref();
  },
  (err: unknown) => {
    process.stderr.write(`Holdline stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

function osUser(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
