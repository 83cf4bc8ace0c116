/**
 * `holdline practice` (issue 22): role-play a difficult customer in the terminal, with a debrief.
 *   holdline practice [--kind K] [--locale L] [--seed N] [--scenario S]   one run (piped input works)
 *   holdline practice list                                               the scenarios, per kind
 *   holdline practice history                                            your own scores
 *   holdline practice team --by <supervisor> [--team T]                  practice sessions this week (supervisors)
 * The agent is HOLDLINE_AGENT (console:<name>). Nothing real is paged or recorded: only the score.
 */
import { parseArgs } from 'node:util';
import { runPractice } from '../../adapters/console/practice.ts';
import { EndOfInput, Terminal } from '../../adapters/console/terminal.ts';
import type { AgentService } from '../app/agents.ts';
import type { PracticeService } from '../app/practice.ts';
import type { Config } from '../config.ts';
import { type DetailText, formatDateTime, type Locale, matchLocale, scenarios, text } from '../engine/index.ts';
import { createLogger } from '../logger.ts';
import { demoTeamFile } from '../paging/demo-team.ts';
import { openTeamFile } from '../paging/live-team-file.ts';
import { appFromConfig, systemClock } from '../wiring.ts';
import { openCliStore, readConfig } from './common.ts';
import type { CliCommand, CliIo } from './index.ts';

const USAGE =
  'Usage: holdline practice [--kind K] [--locale L] [--seed N] [--scenario S] | list | history | team --by <supervisor> [--team T]';

export const command: CliCommand = {
  summary:
    'Role-play a difficult customer safely, with a debrief: holdline practice [--kind K] [--locale L] [--seed N]',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const [first, ...rest] = args;
    const sub = first === 'list' || first === 'history' || first === 'team' ? first : 'run';
    let values: Record<string, string | undefined>;
    try {
      values = parseArgs({
        args: sub === 'run' ? [...args] : rest,
        options: {
          kind: { type: 'string' },
          locale: { type: 'string' },
          seed: { type: 'string' },
          scenario: { type: 'string' },
          by: { type: 'string' },
          team: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }).values as Record<string, string | undefined>;
    } catch (err) {
      io.err(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
      return 2;
    }
    if (sub === 'list') {
      for (const s of scenarios) io.out(`${s.kind.padEnd(18)} ${s.id.padEnd(28)} ${s.channel.padEnd(9)} ${s.need}`);
      return 0;
    }
    const config = readConfig(io);
    if (config === null) return 2;
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) {
      io.err(`--seed is a whole number. ${USAGE}`);
      return 2;
    }
    const asked = values.locale === undefined ? null : matchLocale(values.locale);
    if (values.locale !== undefined && asked === null) {
      io.err(`--locale is one of en, ms, id, nb, tl. ${USAGE}`);
      return 2;
    }
    return withPractice(config, async ({ practice, agents }) => {
      const agentId = `console:${config.agentName}`;
      const locale: Locale = asked ?? (await agents.localeFor(agentId));
      const say = (t: DetailText) => text(locale, t.key, t.params);
      if (sub === 'history') {
        const r = await practice.history(agentId);
        if (!r.ok) return fail(io, say(r.text));
        if (r.value.length === 0) io.out(text(locale, 'practice.history.none'));
        else {
          io.out(text(locale, 'practice.history.title', { count: r.value.length }));
          for (const row of r.value)
            io.out(
              text(locale, 'practice.history.line', {
                date: formatDateTime(row.createdAt, locale, config.timeZone),
                kind: { key: `kind.${row.kind as 'hostile'}` },
                scenario: row.scenario,
                score: row.score,
              }),
            );
        }
        return 0;
      }
      if (sub === 'team') {
        if (values.by === undefined) return fail(io, USAGE, 2);
        const r = await practice.teamWeek(values.by, values.team);
        if (!r.ok) return fail(io, say(r.text), 3);
        io.out(text(locale, 'practice.team.count', r.value));
        return 0;
      }
      const term = new Terminal(process.stdin, process.stdout);
      try {
        return await runPractice(
          { practice, term, agentId, locale },
          {
            ...(values.kind === undefined ? {} : { kind: values.kind }),
            ...(values.scenario === undefined ? {} : { scenario: values.scenario }),
            ...(seed === undefined ? {} : { seed }),
          },
        );
      } catch (err) {
        if (err instanceof EndOfInput) return 0;
        throw err;
      } finally {
        term.close();
      }
    });
  },
};

function fail(io: CliIo, message: string, code = 1): number {
  io.err(message);
  return code;
}

/** Opens the store and the team file as `npm start` does (the built-in demo team without HOLDLINE_CONFIG). */
async function withPractice(
  config: Config,
  fn: (s: { practice: PracticeService; agents: AgentService }) => Promise<number>,
): Promise<number> {
  const log = createLogger({ level: 'error', format: 'json' });
  const team = openTeamFile(config, demoTeamFile, systemClock.now);
  const store = await openCliStore(config, 2);
  try {
    const { practice, agents } = appFromConfig(config, log, store, team, null);
    return await fn({ practice, agents });
  } finally {
    await store.close();
  }
}
