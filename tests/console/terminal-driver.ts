/**
 * Drives the real terminal REPL in-process one line at a time, the way a person types: each line is
 * sent after the previous answer was printed and the terminal is waiting again (its prompt ends in
 * "> "). Between lines a test can act out of band (a supervisor acknowledging, a timer firing).
 */
import { PassThrough } from 'node:stream';
import { ConsoleDelivery } from '../../adapters/console/delivery.ts';
import { runRepl } from '../../adapters/console/repl.ts';
import { Terminal } from '../../adapters/console/terminal.ts';
import type { Emergency, Locale, PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

export const CONSOLE_POLICY: PolicySnapshot = {
  teamId: null,
  levels: [{ supervisors: ['console:supervisor'], ackTimeoutMinutes: 2, repeat: 1 }],
  channels: [],
  security: ['console:security'],
  legal: ['console:legal'],
};

export function startTerminal(
  store: DrizzleStore,
  opts: { locale?: Locale; policy?: PolicySnapshot; emergency?: Emergency; statementKey?: Buffer | null } = {},
) {
  const clock = new ManualClock();
  const app = wire(store, {
    clock,
    policies: new EditablePolicies(opts.policy ?? CONSOLE_POLICY),
    ...(opts.emergency ? { emergency: () => opts.emergency ?? null } : {}),
    ...(opts.statementKey === undefined ? {} : { statementKey: opts.statementKey }),
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  const waiters: (() => void)[] = [];
  output.on('data', (b: Buffer) => {
    printed += b.toString();
    for (const w of waiters.splice(0)) w();
  });
  const term = new Terminal(input, output);
  const speech = { locale: opts.locale ?? 'en', timeZone: 'UTC' } as const;
  app.services.registerDelivery('console', new ConsoleDelivery(term, clock, speech));
  const done = runRepl({
    sessions: app.sessions,
    agents: app.agents,
    escalations: app.escalations,
    term,
    clock,
    agentId: 'console:amira',
    speech: { ...speech },
    settle: () => app.runner.tick(),
    statements: app.statements,
  });
  /** Resolves once the output has grown past `from` and the terminal waits for a line again. */
  const waiting = (from: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (printed.length > from && printed.endsWith('> ')) resolve();
        else waiters.push(check);
      };
      check();
    });
  return {
    app,
    clock,
    /** Everything printed so far. */
    get printed() {
      return printed;
    },
    /** Types one line and waits for the terminal to ask again; returns what that line printed. */
    async type(line: string): Promise<string> {
      const from = printed.length;
      input.write(`${line}\n`);
      await waiting(from);
      return printed.slice(from);
    },
    /** The first output: the welcome and the idle prompt. */
    ready: () => waiting(0),
    async escalationIds(): Promise<string[]> {
      return store.tx((tx) => tx.findEscalationIds('esc', 20));
    },
    async end(): Promise<void> {
      input.end();
      await done;
    },
  };
}
