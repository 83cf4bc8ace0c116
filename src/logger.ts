/**
 * pino: JSON by default, pretty in a terminal. Secrets and anything a customer said are redacted
 * by path, so a careless log line cannot leak them.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
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
  'config.STATEMENT_KEY',
  'config.STATEMENT_KEY_PREVIOUS',
];

/** Keys redacted at any depth (pino's paths stop at the levels they name; these do not). */
const SECRET_KEYS = new Set(
  REDACT_PATHS.filter((p) => !p.includes('.')).concat([
    'FLAG_PEPPER',
    'DATABASE_URL',
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
    'DISCORD_TOKEN',
    'reference',
    'pepper',
    // Threat statements (issue 20): the key, and the words, wherever they appear.
    'STATEMENT_KEY',
    'STATEMENT_KEY_PREVIOUS',
    'statement',
    'witnesses',
  ]),
);
const CENSOR = '[redacted]';
const MAX_DEPTH = 8;

/**
 * The log object with every secret-named key replaced, however deep (a note inside an effect inside a
 * session inside an error's context). Copies only what it changes; errors are kept as pino serialises them.
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const r = redactDeep(v, depth + 1);
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : value;
  }
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const r = SECRET_KEYS.has(k) && v !== undefined && v !== null ? CENSOR : redactDeep(v, depth + 1);
    if (r !== v) {
      out ??= { ...(value as Record<string, unknown>) };
      out[k] = r;
    }
  }
  return out ?? value;
}

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
  const base = {
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    formatters: { log: (obj: Record<string, unknown>) => redactDeep(obj) as Record<string, unknown> },
  };
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
  const base = {
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    formatters: { log: (obj: Record<string, unknown>) => redactDeep(obj) as Record<string, unknown> },
  };
  // The log lives in the data folder: on a first start it is created here, before the store, so it must be
  // created private (0700) as the store would (src/store/data-dir.ts), and the file readable by its owner only.
  const dir = dirname(opts.file);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  const streams: pino.StreamEntry[] = [
    { level: 'trace', stream: pino.destination({ dest: opts.file, sync: true, mode: 0o600 }) },
  ];
  if (!(opts.stderrIsTTY ?? process.stderr.isTTY === true))
    streams.push({ level: 'warn', stream: opts.destination ?? pino.destination(2) });
  const log = pino(base, pino.multistream(streams));
  if (opts.format === 'pretty' && !(opts.prettyInstalled ?? prettyInstalled)())
    log.warn({}, 'LOG_FORMAT=pretty but pino-pretty is not installed (a production install); logging JSON');
  return log;
}
