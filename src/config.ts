/**
 * The environment, parsed once at boot (dotenv + one zod schema) into a frozen object. An invalid
 * value stops start-up with one message naming every bad key and why. Nothing else reads process.env.
 */
import { hostname, userInfo } from 'node:os';
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { isTimeZone } from './engine/i18n/time.ts';
import { LOCALES } from './engine/types.ts';
import { parseStatementKey } from './privacy/statement-cipher.ts';

/** A comma-separated list of ids; empty entries dropped. */
const commaList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  );
const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalText.pipe(z.url().optional());
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
/** A platform API base URL: https://, or http:// only to this machine (a test fake, a local proxy). */
const platformUrl = optionalUrl.refine((v) => {
  if (v === undefined) return true;
  const u = new URL(v);
  return (
    u.protocol === 'https:' || (u.protocol === 'http:' && (LOOPBACK.has(u.hostname) || u.hostname.startsWith('127.')))
  );
}, 'must be an https:// URL (plain http:// only to localhost / 127.0.0.1 / ::1)');

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATABASE_POOL_SIZE: int(1, 100, 10),
  /** PostgreSQL timeouts (docs/deploy.md): past them the work fails as "store unavailable" and is retried. */
  DATABASE_CONNECT_TIMEOUT_MS: int(500, 120_000, 5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: int(1_000, 600_000, 15_000),
  DATABASE_IDLE_TX_TIMEOUT_MS: int(1_000, 3_600_000, 30_000),
  HOLDLINE_LOCALE: z.enum(LOCALES).default('en'),
  HOLDLINE_TIMEZONE: optionalText.pipe(
    z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Kuala_Lumpur, Europe/Oslo or UTC').optional(),
  ),
  HOLDLINE_AGENT: optionalText,
  INSTANCE_ID: optionalText,
  DEFAULT_LIMIT_MINUTES: int(1, 480, 20),
  DEFAULT_LIMIT_HOSTILITY: int(1, 5, 4),
  DEFAULT_LIMIT_COMPLEXITY: int(1, 5, 3),
  FLAG_PEPPER: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  FLAG_RETENTION_DAYS: int(1, 3650, 365),
  /** Retention (docs/security.md, "What is kept"): days each kind of record is kept; one purge job deletes the rest. */
  SESSION_RETENTION_DAYS: int(1, 3650, 365),
  CHECKIN_RETENTION_DAYS: int(1, 3650, 180),
  ESCALATION_RETENTION_DAYS: int(1, 3650, 365),
  OUTBOX_RETENTION_DAYS: int(1, 3650, 30),
  AUDIT_RETENTION_DAYS: int(1, 3650, 730),
  /** Threat statements (issue 20): the key that seals them, keys that still open older ones, and how long they are kept. */
  STATEMENT_KEY: optionalText.pipe(
    z
      .string()
      .refine((v) => parseStatementKey(v) !== null, 'must be 32 bytes written as base64 (44 characters) or hex (64)')
      .optional(),
  ),
  STATEMENT_KEY_PREVIOUS: commaList.refine(
    (keys) => keys.every((k) => parseStatementKey(k) !== null),
    'must be comma-separated 32-byte keys written as base64 or hex',
  ),
  STATEMENT_RETENTION_DAYS: int(1, 3650, 365),
  DEFAULT_PHONE_COUNTRY: optionalText.pipe(
    z
      .string()
      .regex(/^\+?[1-9]\d{0,2}$/, 'must be a calling code such as 47 or +47')
      .transform((v) => v.replace(/^\+/, ''))
      .optional(),
  ),
  /** ISO 3166 region for phone numbers written without a country code (e.g. IT, NO, MY); wins over DEFAULT_PHONE_COUNTRY. */
  DEFAULT_PHONE_REGION: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter region such as NO, IT or MY')
      .transform((v) => v.toUpperCase())
      .refine(isSupportedCountry, 'is not a region libphonenumber-js knows')
      .optional(),
  ),
  HOLDLINE_SUPERVISORS: commaList,
  /** The team file (teams, supervisors, escalation policies); without it nobody can be paged. */
  HOLDLINE_CONFIG: optionalText,
  // Decompression and check-ins (docs/checkins.md)
  HOLDLINE_PEER_CHANNEL: optionalText,
  HOLDLINE_CHECKIN_CHANNEL: optionalText,
  HARD_CONTACTS_NUDGE: int(1, 50, 3),
  SHIFT_HOURS: int(1, 24, 8),
  ANONYMOUS_POST_DELAY_MINUTES: int(0, 240, 20),
  /** When the weekly digest goes to each team's supervisors, in HOLDLINE_TIMEZONE: "<weekday> <HH:MM>" or "off". */
  DIGEST_SCHEDULE: z
    .string()
    .trim()
    .default('mon 08:00')
    .refine(
      (v) => /^(off|(mon|tue|wed|thu|fri|sat|sun)\s+([01]?\d|2[0-3]):([0-5]\d))$/i.test(v),
      'must be "off" or a weekday and time such as "mon 08:00"',
    ),
  /** Shortest time between two App Home republishes of a team's "who needs help now" board. */
  HOME_REFRESH_SECONDS: int(1, 3600, 10),
  POLL_INTERVAL_MS: int(100, 60_000, 2_000),
  PORT: int(0, 65_535, 3000),
  /**
   * The ops listener (/healthz, /readyz, /metrics): a port, `off`, or empty for the default (on at 9464
   * with Slack or Discord, off in the terminal). Equal to PORT in Slack HTTP mode: served on Bolt's port.
   */
  OPS_PORT: optionalText.pipe(
    z
      .string()
      .regex(/^(off|\d{1,5})$/, 'must be a port number (0-65535) or "off"')
      .transform((v) => (v === 'off' ? ('off' as const) : Number(v)))
      .refine((v) => v === 'off' || v <= 65_535, 'must be a port number (0-65535) or "off"')
      .optional(),
  ),
  OPS_HOST: z.string().trim().min(1).default('0.0.0.0'),
  /** /healthz fails when the runner has not finished a pass (or a delivery) for this long. */
  OPS_RUNNER_STALE_SECONDS: int(5, 3_600, 60),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: platformUrl,
  SLACK_ESCALATION_CHANNEL: optionalText,
  /** Slack team / enterprise ids this bot answers (comma-separated); empty: any workspace it is installed in. */
  SLACK_ALLOWED_TEAMS: commaList,
  /** Slack guest accounts (multi- and single-channel) may use Holdline only when this is true (issue 18). */
  SLACK_ALLOW_GUESTS: z.preprocess((v) => (v === '' ? undefined : v), z.stringbool().default(false)),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_URL: platformUrl,
  /** Discord guild ids answered (issue 18); empty: any guild the bot is in. */
  DISCORD_ALLOWED_GUILDS: commaList,
  DISCORD_ESCALATION_CHANNEL_ID: optionalText.pipe(
    z
      .string()
      .regex(/^\d{17,20}$/, 'must be a Discord channel id (a snowflake)')
      .optional(),
  ),
});

export type Config = Readonly<
  z.infer<typeof ConfigSchema> & {
    readonly agentName: string;
    readonly instanceId: string;
    /** HOLDLINE_TIMEZONE, or the machine's own zone: how the terminal shows times. */
    readonly timeZone: string;
  }
>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Holdline cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const c = parsed.data;
  const problems: string[] = [];
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN)
    problems.push(
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  if ((c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN) && !c.SLACK_BOT_TOKEN)
    problems.push('SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN');
  if (c.NODE_ENV === 'production' && !c.FLAG_PEPPER)
    problems.push(
      'FLAG_PEPPER: required in production. Customer references are stored only as a keyed hash; without a secret pepper they could be recovered by guessing.',
    );
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    ...c,
    agentName: c.HOLDLINE_AGENT ?? safeUserName(),
    instanceId: c.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    timeZone: c.HOLDLINE_TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
}

function safeUserName(): string {
  try {
    return userInfo().username || 'agent';
  } catch {
    return 'agent';
  }
}
