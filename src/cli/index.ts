/**
 * `holdline` command-line tool (also `npm run holdline -- …`). Each command group lives in its own
 * file and registers here with one line.
 */
import 'dotenv/config';

export interface CliCommand {
  readonly summary: string;
  /** Runs with the arguments after the group name; returns the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  out(line: string): void;
  err(line: string): void;
}

const commands: Record<string, () => Promise<CliCommand>> = {
  audit: () => import('./audit.ts').then((m) => m.command),
  config: () => import('./config.ts').then((m) => m.command),
  digest: () => import('./digest.ts').then((m) => m.command),
  discord: () => import('./discord.ts').then((m) => m.command),
  flags: () => import('./flags.ts').then((m) => m.command),
  pages: () => import('./pages.ts').then((m) => m.command),
  pepper: () => import('./pepper.ts').then((m) => m.command),
  practice: () => import('./practice.ts').then((m) => m.command),
  report: () => import('./report.ts').then((m) => m.command),
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [group, ...rest] = argv;
  const load = group === undefined ? undefined : commands[group];
  if (load === undefined) {
    io.err(group === undefined || group === 'help' ? 'Usage: holdline <command> …' : `Unknown command "${group}".`);
    for (const [name, get] of Object.entries(commands)) io.err(`  ${name.padEnd(10)} ${(await get()).summary}`);
    return group === 'help' ? 0 : 2;
  }
  return (await load()).run(rest, io);
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  runCli(process.argv.slice(2), {
    env: process.env,
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`holdline: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
