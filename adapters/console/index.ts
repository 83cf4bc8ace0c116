/** The terminal adapter: runs the guided flow on stdin/stdout until the agent quits or input ends. */
import type { Adapter, AppServices } from '../../src/app/services.ts';
import type { Locale } from '../../src/engine/index.ts';
import { ConsoleCareDelivery } from './care-delivery.ts';
import { ConsoleDelivery } from './delivery.ts';
import { runRepl } from './repl.ts';
import { Terminal } from './terminal.ts';

export interface ConsoleAdapter extends Adapter {
  /** Resolves when the agent quits or input ends. */
  readonly done: Promise<void>;
}

export async function startConsole(
  app: AppServices,
  opts: { agentName: string; locale: Locale },
): Promise<ConsoleAdapter> {
  app.registerDelivery('console', new ConsoleDelivery(process.stdout, app.clock));
  app.registerCareDelivery?.('console', new ConsoleCareDelivery(process.stdout, opts.locale));
  const term = new Terminal(process.stdin, process.stdout);
  const done = runRepl({
    sessions: app.sessions,
    agents: app.agents,
    term,
    clock: app.clock,
    agentId: `console:${opts.agentName}`,
    locale: opts.locale,
    settle: () => app.settle(),
    ...(app.care ? { care: { care: app.care, pace: process.stdin.isTTY === true } } : {}),
  });
  return {
    done,
    stop: async () => {
      term.close();
      await done.catch(() => {});
    },
  };
}
