/**
 * pino: JSON by default, pretty in a terminal. Secrets and anything a customer said are redacted
 * by path, so a careless log line cannot leak them.
 */
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

export function createLogger(opts: {
  level: string;
  format: 'auto' | 'json' | 'pretty';
  destination?: NodeJS.WritableStream;
}): Logger & pino.Logger {
  const pretty = opts.format === 'pretty' || (opts.format === 'auto' && process.stderr.isTTY === true);
  const base = { level: opts.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  if (pretty && opts.destination === undefined)
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { destination: 2, translateTime: 'SYS:HH:MM:ss' } },
    });
  return pino(base, (opts.destination ?? pino.destination(2)) as pino.DestinationStream);
}
