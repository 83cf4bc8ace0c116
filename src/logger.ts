/**
 * pino: JSON by default, pretty in a terminal. Secrets and anything a customer said are redacted
 * by path, so a careless log line cannot leak them.
 */
import { createRequire } from 'node:module';
import pino from 'pino';
import type { Logger } from './ports.ts';

export const REDACT_PATHS = [
  'token',
  'secret',
  'password',
  'authorization',
  'customerReference',
  'said',
  'text',
  'note',
  '*.token',
  '*.secret',
  '*.password',
  '*.authorization',
  '*.customerReference',
  '*.said',
  '*.text',
  '*.note',
  'headers.authorization',
  'req.headers.authorization',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.SLACK_APP_TOKEN',
  'config.DISCORD_TOKEN',
  'config.FLAG_PEPPER',
  'config.DATABASE_URL',
];

/**
 * pino-pretty is a development dependency: a production install (`npm ci --omit=dev`) has none, and
 * pino would throw when asked for it. Resolvable means installed.
 */
export function prettyInstalled(resolve: (id: string) => string = createRequire(import.meta.url).resolve): boolean {
  try {
    resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(opts: {
  level: string;
  format: 'auto' | 'json' | 'pretty';
  destination?: NodeJS.WritableStream;
  /** NODE_ENV: `auto` is pretty only in development (a terminal); production logs JSON. */
  env?: 'development' | 'production' | 'test';
  /** Whether pino-pretty can be loaded (tests pass their own). */
  prettyInstalled?: () => boolean;
  /**
   * The terminal mode: log lines go to this file (JSON), never into the agent's screen. Warnings and
   * errors also go to stderr when stderr is not the terminal (piped or redirected by a service manager).
   */
  file?: string;
  /** Whether stderr is the terminal (tests pass their own). */
  stderrIsTTY?: boolean;
}): Logger & pino.Logger {
  if (opts.file !== undefined) return fileLogger({ ...opts, file: opts.file });
  const wanted =
    opts.format === 'pretty' || (opts.format === 'auto' && opts.env !== 'production' && process.stderr.isTTY === true);
  const base = { level: opts.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  const pretty = wanted && opts.destination === undefined && (opts.prettyInstalled ?? prettyInstalled)();
  if (pretty)
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { destination: 2, translateTime: 'SYS:HH:MM:ss' } },
    });
  const log = pino(base, (opts.destination ?? pino.destination(2)) as pino.DestinationStream);
  if (opts.format === 'pretty' && opts.destination === undefined)
    log.warn({}, 'LOG_FORMAT=pretty but pino-pretty is not installed (a production install); logging JSON');
  return log;
}

function fileLogger(opts: Parameters<typeof createLogger>[0] & { file: string }): Logger & pino.Logger {
  const base = { level: opts.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  const streams: pino.StreamEntry[] = [
    { level: 'trace', stream: pino.destination({ dest: opts.file, mkdir: true, sync: true }) },
  ];
  if (!(opts.stderrIsTTY ?? process.stderr.isTTY === true))
    streams.push({ level: 'warn', stream: opts.destination ?? pino.destination(2) });
  const log = pino(base, pino.multistream(streams));
  if (opts.format === 'pretty' && !(opts.prettyInstalled ?? prettyInstalled)())
    log.warn({}, 'LOG_FORMAT=pretty but pino-pretty is not installed (a production install); logging JSON');
  return log;
}
