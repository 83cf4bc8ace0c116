/**
 * The only place that wires config, store and adapters together. With no Slack or Discord
 * tokens Holdline runs in the terminal on the embedded database.
 */
import { randomUUID } from 'node:crypto';
import 'dotenv/config';
import { ConsoleDelivery } from '../adapters/console/delivery.ts';
import { runRepl } from '../adapters/console/repl.ts';
import { Terminal } from '../adapters/console/terminal.ts';
import { AgentService } from './app/agents.ts';
import { Dispatcher } from './app/dispatcher.ts';
import { Runner } from './app/runner.ts';
import { SessionService } from './app/sessions.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import type { Clock, EffectDelivery } from './ports.ts';
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
  const store = await openStore(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  const defaultLimits = {
    minutes: config.DEFAULT_LIMIT_MINUTES,
    hostility: config.DEFAULT_LIMIT_HOSTILITY,
    complexity: config.DEFAULT_LIMIT_COMPLEXITY,
  };
  const pepper = loadPepper(config, log);
  const deliveries = new Map<string, EffectDelivery>();
  let runner: Runner | null = null;
  const sessions = new SessionService({
    store,
    clock: systemClock,
    log,
    newId: randomUUID,
    pseudonymiser: new HmacPseudonymiser(pepper),
    defaultLimits,
    onCommitted: () => runner?.kick(),
  });
  const agents = new AgentService({ store, clock: systemClock, log, defaultLimits });
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

  deliveries.set('console', new ConsoleDelivery(process.stdout, systemClock));
  const term = new Terminal(process.stdin, process.stdout);
  const shutdown = () => term.close();
  process.once('SIGTERM', shutdown);
  runner.start();
  try {
    await runRepl({
      sessions,
      agents,
      term,
      clock: systemClock,
      agentId: `console:${config.agentName}`,
      locale: config.HOLDLINE_LOCALE,
      settle: () => runner.settle(),
    });
  } finally {
    await runner.stop();
    await store.close();
  }
  return 0;
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
