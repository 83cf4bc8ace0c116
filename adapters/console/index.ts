/** The terminal adapter: runs the guided flow on stdin/stdout until the agent quits or input ends. */
import type { Adapter, AppServices } from '../../src/app/services.ts';
import { ConsoleCareDelivery } from './care-delivery.ts';
import { ConsoleDelivery } from './delivery.ts';
import { runRepl } from './repl.ts';
import type { Speech } from './speech.ts';
import { Terminal } from './terminal.ts';

export interface ConsoleAdapter extends Adapter {
  /** Resolves when the agent quits or input ends. */
  readonly done: Promise<void>;
}

export async function startConsole(
  app: AppServices,
  opts: { agentName: string; timeZone: string },
): Promise<ConsoleAdapter> {
  const agentId = `console:${opts.agentName}`;
  // The terminal has no platform locale: the agent's own `lang` choice, else the team default (HOLDLINE_LOCALE).
  const speech: Speech = { locale: await app.agents.localeFor(agentId), timeZone: opts.timeZone };
  const term = new Terminal(process.stdin, process.stdout);
  app.registerDelivery('console', new ConsoleDelivery(term, app.clock, speech));
  app.registerCareDelivery('console', new ConsoleCareDelivery(term, speech.locale));
  const done = runRepl({
    sessions: app.sessions,
    agents: app.agents,
    escalations: app.escalations,
    term,
    clock: app.clock,
    agentId,
    speech,
    settle: () => app.settle(),
    care: { care: app.care, team: app.team, pace: process.stdin.isTTY === true },
    practice: app.practice,
    ...(app.statements ? { statements: app.statements } : {}),
  });
  return {
    done,
    stop: async () => {
      term.close();
      await done.catch(() => {});
    },
  };
}
