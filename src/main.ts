/**
 * The only place that wires config, store and adapters together. With no Slack or Discord
 * tokens Holdline runs in the terminal on the embedded database.
 */
import { randomUUID } from 'node:crypto';
import 'dotenv/config';
import { startConsole } from '../adapters/console/index.ts';
import { AgentService } from './app/agents.ts';
import { Dispatcher } from './app/dispatcher.ts';
import { Runner } from './app/runner.ts';
import type { Adapter, AppServices } from './app/services.ts';
import { SessionService } from './app/sessions.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import type { Clock, EffectDelivery, Logger } from './ports.ts';
import { HmacPseudonymiser } from './privacy/customer-ref.ts';
import { loadPepper } from './privacy/pepper.ts';
import { openStore } from './store/open.ts';

const systemClock: Clock = { now: () => Date.now() };

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
  const log = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  // A platform library failing on a malformed payload must not take the process down (see the note in
  // tests/fakes/discord/README.md); log it and carry on.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));

  const store = await openStore(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  const { services, runner } = buildServices(config, log, store);
  runner.start();

  const adapters: Adapter[] = [];
  const chat = Boolean(config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN);
  try {
    // Chat adapters are added here (Slack, Discord); with none configured, the terminal runs.
    if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
      // Loaded only when configured, so the terminal does not pay for importing discord.js.
      const { startDiscord } = await import('../adapters/discord/index.ts');
      adapters.push(
        await startDiscord(services, {
          token: config.DISCORD_TOKEN,
          applicationId: config.DISCORD_APPLICATION_ID,
          apiUrl: config.DISCORD_API_URL,
          escalationChannelId: config.DISCORD_ESCALATION_CHANNEL_ID,
        }),
      );
    }
    if (!chat)
      adapters.push(await startConsole(services, { agentName: config.agentName, locale: config.HOLDLINE_LOCALE }));
    await Promise.race([
      waitForSignal(),
      ...adapters.map((a) => ('done' in a ? (a.done as Promise<void>) : new Promise(() => {}))),
    ]);
  } finally {
    for (const a of adapters) await a.stop();
    await runner.stop();
    await store.close();
  }
  return 0;
}

function buildServices(config: Config, log: Logger, store: Awaited<ReturnType<typeof openStore>>) {
  const defaultLimits = {
    minutes: config.DEFAULT_LIMIT_MINUTES,
    hostility: config.DEFAULT_LIMIT_HOSTILITY,
    complexity: config.DEFAULT_LIMIT_COMPLEXITY,
  };
  const deliveries = new Map<string, EffectDelivery>();
  let runner: Runner | null = null;
  const sessions = new SessionService({
    store,
    clock: systemClock,
    log,
    newId: randomUUID,
    pseudonymiser: new HmacPseudonymiser(loadPepper(config, log)),
    defaultLimits,
    onCommitted: () => runner?.kick(),
  });
  const dispatcher = new Dispatcher({ store, clock: systemClock, log, deliveries, owner: config.instanceId });
  runner = new Runner({
    store,
    sessions,
    dispatcher,
    clock: systemClock,
    log,
    owner: config.instanceId,
    pollMs: config.POLL_INTERVAL_MS,
  });
  const started = runner;
  const services: AppServices = {
    sessions,
    agents: new AgentService({ store, clock: systemClock, log, defaultLimits }),
    clock: systemClock,
    log,
    registerDelivery: (surface, delivery) => deliveries.set(surface, delivery),
    settle: () => started.settle(),
  };
  return { services, runner: started };
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Holdline stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
