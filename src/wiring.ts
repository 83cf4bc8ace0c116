/**
 * The app as the configuration describes it: `createApp` (src/app/create-app.ts) with the ports and
 * options taken from the config and the live team file. `src/main.ts` and the `holdline` commands both
 * start here, so a command sees the teams, supervisors and limits `npm start` sees.
 */
import { randomUUID } from 'node:crypto';
import { type AppOptions, type AppStore, createApp } from './app/create-app.ts';
import { parseDigestSchedule } from './app/digest-schedule.ts';
import type { Config } from './config.ts';
import type { LiveTeamFile } from './paging/live-team-file.ts';
import { teamMembership } from './paging/membership.ts';
import type { Clock, Logger, Pseudonymiser } from './ports.ts';
import { HmacPseudonymiser } from './privacy/customer-ref.ts';
import type { CustomerKeys } from './privacy/keys.ts';
import { statementCipher } from './privacy/statement-config.ts';

export const systemClock: Clock = { now: () => Date.now() };

export function appFromConfig(
  config: Config,
  log: Logger,
  store: AppStore,
  teamFile: LiveTeamFile,
  keys: CustomerKeys | null,
  extra: Partial<Pick<AppOptions, 'pollMs' | 'instruments' | 'osUser'>> = {},
) {
  // Opened by the caller (openCustomerKeys checks the pepper's fingerprint and re-keys once); null for a
  // command that only reads (the digest, practice), which never hashes a reference.
  const noKeys = () => new Error('customer keys were not opened: this command cannot hash customer references');
  const pseudonymiser: Pseudonymiser = keys
    ? new HmacPseudonymiser(keys, {
        defaultCountry: config.DEFAULT_PHONE_COUNTRY,
        defaultRegion: config.DEFAULT_PHONE_REGION,
      })
    : {
        pseudonymise: () => {
          throw noKeys();
        },
      };
  return createApp(
    {
      store,
      clock: systemClock,
      log,
      newId: () => randomUUID(),
      // Every reader of teams and policies holds the live delegate, so SIGHUP reaches them all.
      directory: teamFile.directory,
      pseudonymiser,
      contributorToken: (team, week, agent) => {
        if (keys === null) throw noKeys();
        return keys.contributorToken(team, week, agent);
      },
      random: Math.random,
    },
    {
      owner: config.instanceId,
      defaultLimits: {
        minutes: config.DEFAULT_LIMIT_MINUTES,
        hostility: config.DEFAULT_LIMIT_HOSTILITY,
        complexity: config.DEFAULT_LIMIT_COMPLEXITY,
      },
      defaultLocale: config.HOLDLINE_LOCALE,
      // With a team file, only its members (and supervisors) start sessions (issue 18).
      ...(config.HOLDLINE_CONFIG ? { membership: teamMembership(teamFile.directory) } : {}),
      flagRetentionDays: config.FLAG_RETENTION_DAYS,
      retention: {
        sessions: config.SESSION_RETENTION_DAYS,
        checkins: config.CHECKIN_RETENTION_DAYS,
        escalations: config.ESCALATION_RETENTION_DAYS,
        outbox: config.OUTBOX_RETENTION_DAYS,
        audit: config.AUDIT_RETENTION_DAYS,
      },
      anonymousDelayMs: config.ANONYMOUS_POST_DELAY_MINUTES * 60_000,
      hardContactsNudge: config.HARD_CONTACTS_NUDGE,
      shiftHours: config.SHIFT_HOURS,
      digestSchedule: parseDigestSchedule(config.DIGEST_SCHEDULE, config.timeZone),
      homeRefreshMs: config.HOME_REFRESH_SECONDS * 1000,
      statementCipher: statementCipher(config),
      statementRetentionDays: config.STATEMENT_RETENTION_DAYS,
      ...extra,
    },
  );
}
