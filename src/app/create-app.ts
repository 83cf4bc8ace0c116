/**
 * `createApp(ports, options)`: builds every service and the runner from the ports (store, clock, log, ids,
 * the one directory, the pseudonymiser) and plain options. `src/main.ts`, the CLI and the tests all wire
 * the app here, so they cannot drift apart. Adapters get `services`; whoever starts the app starts
 * `runner` once every adapter has registered its delivery.
 */
import type { Limits, Locale } from '../engine/index.ts';
import type { AppDirectory, Clock, EffectDelivery, Logger, Membership, Pseudonymiser, Store } from '../ports.ts';
import type { BoardStore } from '../ports-board.ts';
import type { CareDelivery, CareStore } from '../ports-care.ts';
import type { PracticeStore } from '../ports-practice.ts';
import type { StatementStore } from '../ports-statements.ts';
import type { StatementCipher } from '../privacy/statement-cipher.ts';
import { AgentService } from './agents.ts';
import { BoardWatch } from './board-watch.ts';
import { CareService } from './care.ts';
import { CareRunner } from './care-runner.ts';
import type { DigestSchedule } from './digest-schedule.ts';
import { Dispatcher } from './dispatcher.ts';
import { EscalationService } from './escalations.ts';
import { FlagService } from './flags.ts';
import { IncidentReportService } from './incident-report.ts';
import { limitsFrom, PracticeService } from './practice.ts';
import { type RetentionDays, RetentionService } from './retention.ts';
import { type MaintenanceTask, Runner } from './runner.ts';
import type { AppServices } from './services.ts';
import { SessionService } from './sessions.ts';
import { StatementService } from './statements.ts';
import { StepSink } from './step-sink.ts';
import { TeamView } from './team-view.ts';
import { WeeklyDigests } from './weekly-digest.ts';

/** The store the app runs on: the core Store plus the care, board and practice parts. */
export interface AppStore extends Store {
  readonly care: CareStore;
  readonly board: BoardStore;
  readonly practice: PracticeStore;
  readonly statements: StatementStore;
}

/** What ids are made for; production ignores it (random UUIDs), tests make readable ids from it. */
export type IdKind = 'session' | 'escalation' | 'care' | 'statement';

export interface AppPorts {
  readonly store: AppStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newId: (kind: IdKind) => string;
  /** Teams, supervisors, policies, default limits and care channels (src/paging/directory.ts). */
  readonly directory: AppDirectory;
  readonly pseudonymiser: Pseudonymiser;
  /** A keyed hash of (team, week, agent): counts distinct anonymous contributors without naming them. */
  readonly contributorToken: (teamId: string, week: string, agentId: string) => string;
  readonly random: () => number;
}

/** How the ops listener observes the app (src/ops): deliveries, passes, acknowledgements. */
export interface AppInstruments {
  delivery(surface: string, d: EffectDelivery): EffectDelivery;
  careDelivery(surface: string, d: CareDelivery): CareDelivery;
  pass(p: { readonly startedAt: number; readonly endedAt: number; readonly ok: boolean }): void;
  answered: NonNullable<ConstructorParameters<typeof EscalationService>[0]['onAnswered']>;
}

export interface AppOptions {
  /** This instance's id for claims (HOLDLINE_INSTANCE_ID). */
  readonly owner: string;
  /** DEFAULT_LIMIT_*: for an agent with no limits of their own and none from their team. */
  readonly defaultLimits: Limits;
  /** HOLDLINE_LOCALE. */
  readonly defaultLocale?: Locale;
  /** With a team file: only its members start sessions; absent: anyone. */
  readonly membership?: Membership;
  readonly flagRetentionDays?: number;
  /** The operating-system user behind a CLI command, recorded in the audit log of flag commands. */
  readonly osUser?: string | undefined;
  /** Retention per kind (the *_RETENTION_DAYS keys): one purge job every 10 minutes; absent: expired flags only. */
  readonly retention?: RetentionDays;
  /** ANONYMOUS_POST_DELAY_MINUTES, in ms. */
  readonly anonymousDelayMs: number;
  readonly hardContactsNudge: number;
  readonly shiftHours: number;
  /** How often the runner looks for hard contacts (absent: the product's default). */
  readonly hardScanMs?: number;
  /** DIGEST_SCHEDULE; null or absent: off. */
  readonly digestSchedule?: DigestSchedule | null;
  /** HOME_REFRESH_SECONDS, in ms. */
  readonly homeRefreshMs: number;
  /** POLL_INTERVAL_MS. */
  readonly pollMs?: number;
  /** STATEMENT_KEY (and previous keys) as a cipher; null or absent: threat statements are not offered (issue 20). */
  readonly statementCipher?: StatementCipher | null;
  /** STATEMENT_RETENTION_DAYS (absent: the service's default). */
  readonly statementRetentionDays?: number;
  readonly instruments?: AppInstruments;
  /** After every commit that has something to deliver (besides waking the runner). */
  readonly onCommitted?: () => void;
}

const FLAG_PURGE_EVERY = 60_000;
const RETENTION_PURGE_EVERY = 10 * 60_000;

export function createApp(ports: AppPorts, options: AppOptions) {
  const { store, clock, log, directory } = ports;
  const { defaultLimits, owner } = options;
  const deliveries = new Map<string, EffectDelivery>();
  const careDeliveries = new Map<string, CareDelivery>();
  // Commits wake the runner (built last, it needs the services); listeners are added as parts are built.
  const woken: (() => void)[] = [];
  const committed = () => {
    for (const wake of woken) wake();
    options.onCommitted?.();
  };

  const care = new CareService({
    store,
    care: store.care,
    clock,
    log,
    newId: () => ports.newId('care'),
    directory,
    channels: directory,
    contributorToken: ports.contributorToken,
    anonymousDelayMs: options.anonymousDelayMs,
    random: ports.random,
    onCommitted: committed,
  });
  const team = new TeamView({
    board: store.board,
    directory,
    clock,
    log,
    defaultLimits: (agentId) => directory.defaultLimits(agentId) ?? defaultLimits,
    supportContact: (teamId) => directory.supportContact(teamId),
  });
  // Supervisors' App Home boards, republished after changes, at most once per homeRefreshMs a team.
  const boards = new BoardWatch({ view: team, directory, clock, log, minIntervalMs: options.homeRefreshMs });
  woken.push(() => boards.poke());
  const digests = options.digestSchedule
    ? new WeeklyDigests({
        care: store.care,
        clock,
        log,
        directory,
        schedule: options.digestSchedule,
        build: (teamId, week) => care.digest(teamId, week),
      })
    : undefined;
  const careRunner = new CareRunner({
    care: store.care,
    clock,
    log,
    directory,
    deliveries: careDeliveries,
    owner,
    hardContactsNudge: options.hardContactsNudge,
    shiftHours: options.shiftHours,
    ...(options.hardScanMs === undefined ? {} : { hardScanMs: options.hardScanMs }),
    digests,
    boards,
  });
  // Sessions and escalations step through one sink: neither service calls the other.
  const sink = new StepSink({
    clock,
    log,
    newId: () => ports.newId('escalation'),
    directory,
    policies: directory,
    flagRetentionDays: options.flagRetentionDays,
  });
  const escalations = new EscalationService({
    store,
    clock,
    log,
    sink,
    onCommitted: committed,
    ...(options.instruments ? { onAnswered: options.instruments.answered } : {}),
  });
  const sessions = new SessionService({
    store,
    clock,
    log,
    newId: () => ports.newId('session'),
    pseudonymiser: ports.pseudonymiser,
    defaultLimits,
    teams: directory,
    onCommitted: committed,
    sink,
    ...(options.membership ? { membership: options.membership } : {}),
  });
  const flags = new FlagService({
    store,
    clock,
    log,
    directory,
    pseudonymiser: ports.pseudonymiser,
    osUser: options.osUser,
    ...(options.retention ? { sessionRetentionDays: options.retention.sessions } : {}),
  });
  const agents = new AgentService({
    store,
    clock,
    log,
    defaultLimits,
    teams: directory,
    ...(options.defaultLocale ? { defaultLocale: options.defaultLocale } : {}),
  });
  const practice = new PracticeService({
    store: store.practice,
    clock,
    log,
    policies: directory,
    directory,
    limitsOf: limitsFrom(agents, defaultLimits),
  });
  const statements = new StatementService({
    store: store.statements,
    sessions: store,
    cipher: options.statementCipher ?? null,
    clock,
    log,
    newId: () => ports.newId('statement'),
    ...(options.statementRetentionDays === undefined ? {} : { retentionDays: options.statementRetentionDays }),
    directory,
    policies: directory,
  });
  const reports = new IncidentReportService({
    store,
    statements,
    clock,
    log,
    ...(options.osUser === undefined ? {} : { osUser: options.osUser }),
  });
  const maintenance: MaintenanceTask[] = options.retention
    ? [
        {
          // One purge job for everything past its retention (flags included).
          name: 'retention purge',
          everyMs: RETENTION_PURGE_EVERY,
          run: () =>
            new RetentionService({ store, clock, log, statements, days: options.retention as RetentionDays }).purge(),
        },
      ]
    : [{ name: 'purge flags', everyMs: FLAG_PURGE_EVERY, run: () => flags.purgeExpired() }];
  const dispatcher = new Dispatcher({ store, clock, log, deliveries, owner });
  const runner = new Runner({
    store,
    sessions,
    escalations,
    dispatcher,
    clock,
    log,
    owner,
    maintenance,
    care: careRunner,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.instruments ? { onPass: options.instruments.pass } : {}),
  });
  woken.unshift(() => runner.kick());
  const instruments = options.instruments;
  const services: AppServices = {
    sessions,
    agents,
    practice,
    statements,
    reports,
    flags,
    escalations,
    clock,
    log,
    care,
    // Wrapped for the ops metrics (page results, 429s) and liveness (a delivery is progress).
    registerDelivery: (surface, d) => void deliveries.set(surface, instruments ? instruments.delivery(surface, d) : d),
    registerCareDelivery: (surface, d) =>
      void careDeliveries.set(surface, instruments ? instruments.careDelivery(surface, d) : d),
    team,
    registerHomePublisher: (surface, publisher) => boards.register(surface, publisher),
    settle: () => runner.settle(),
  };
  return {
    services,
    statements,
    reports,
    runner,
    sessions,
    escalations,
    sink,
    agents,
    flags,
    care,
    careRunner,
    digests,
    team,
    boards,
    practice,
    dispatcher,
    deliveries,
    careDeliveries,
  };
}

export type App = ReturnType<typeof createApp>;
