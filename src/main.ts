/**
 * The only place that wires config, store and adapters together. With no Slack or Discord
 * tokens Holdline runs in the terminal on the embedded database.
 */
import { createHmac, randomUUID } from 'node:crypto';
import 'dotenv/config';
import { startConsole } from '../adapters/console/index.ts';
import { AgentService } from './app/agents.ts';
import { BoardWatch } from './app/board-watch.ts';
import { CareService } from './app/care.ts';
import { CareRunner } from './app/care-runner.ts';
import { parseDigestSchedule } from './app/digest-schedule.ts';
import { Dispatcher } from './app/dispatcher.ts';
import { EscalationService } from './app/escalations.ts';
import { FlagService } from './app/flags.ts';
import { Runner } from './app/runner.ts';
import { safeError } from './app/safe-error.ts';
import type { Adapter, AppServices } from './app/services.ts';
import { SessionService } from './app/sessions.ts';
import { StaticDirectory } from './app/static-directory.ts';
import { TeamView } from './app/team-view.ts';
import { WeeklyDigests } from './app/weekly-digest.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { CareDirectory } from './paging/care-directory.ts';
import { demoTeamFile } from './paging/demo-team.ts';
import { TeamDirectory } from './paging/directory.ts';
import { readTeamFile, type TeamFile, TeamFileError } from './paging/team-file.ts';
import type { Clock, Directory, EffectDelivery, Logger } from './ports.ts';
import type { CareDelivery } from './ports-care.ts';
import { HmacPseudonymiser } from './privacy/customer-ref.ts';
import { loadPepper } from './privacy/pepper.ts';
import { openStore } from './store/open.ts';

const systemClock: Clock = { now: () => Date.now() };

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const log = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  let directory: TeamDirectory;
  let teamFile: TeamFile | null;
  try {
    // The terminal without a team file pages a built-in demo team, printed in the terminal.
    const terminalOnly = !config.SLACK_BOT_TOKEN && !config.DISCORD_TOKEN;
    teamFile = config.HOLDLINE_CONFIG ? readTeamFile(config.HOLDLINE_CONFIG) : terminalOnly ? demoTeamFile() : null;
    directory = new TeamDirectory(teamFile);
  } catch (err) {
    if (err instanceof TeamFileError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!config.HOLDLINE_CONFIG && (config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN))
    log.warn({}, 'no team file (HOLDLINE_CONFIG): pages reach nobody; agents are told so');
  // A platform library failing on a malformed payload must not take the process down (see the note in
  // tests/fakes/discord/README.md); log it and carry on.
  process.on('unhandledRejection', (err) => log.error({ error: safeError(err) }, 'unhandled rejection'));

  const store = await openStore(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  const { services, runner } = buildServices(config, log, store, directory, teamFile);
  runner.start();
  // PostgreSQL: wake as soon as another instance commits something due (NOTIFY), not at the next poll.
  const unlisten = store.listen ? await store.listen(() => runner.kick(), log) : async () => {};

  const adapters: Adapter[] = [];
  const chat = Boolean(config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN);
  try {
    // Chat adapters are added here (Slack, Discord); with none configured, the terminal runs.
    if (config.SLACK_BOT_TOKEN) {
      // Loaded only when configured: the terminal should not pay for Bolt at start-up.
      const { startSlack } = await import('../adapters/slack/index.ts');
      adapters.push(
        await startSlack(services, {
          botToken: config.SLACK_BOT_TOKEN,
          signingSecret: config.SLACK_SIGNING_SECRET,
          appToken: config.SLACK_APP_TOKEN,
          port: config.PORT,
          apiUrl: config.SLACK_API_URL,
          escalationChannel: config.SLACK_ESCALATION_CHANNEL,
        }),
      );
    }
    if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
      // Loaded only when configured, so the terminal does not pay for importing discord.js.
      const { startDiscord } = await import('../adapters/discord/index.ts');
      adapters.push(
        await startDiscord(services, {
          token: config.DISCORD_TOKEN,
          applicationId: config.DISCORD_APPLICATION_ID,
          apiUrl: config.DISCORD_API_URL,
          escalationChannelId: config.DISCORD_ESCALATION_CHANNEL_ID,
          locale: config.HOLDLINE_LOCALE,
        }),
      );
    }
    if (!chat) adapters.push(await startConsole(services, { agentName: config.agentName, timeZone: config.timeZone }));
    await Promise.race([waitForSignal(), ...adapters.flatMap((a) => (a.done ? [a.done] : []))]);
  } finally {
    for (const a of adapters) await a.stop();
    await unlisten();
    await runner.stop();
    await store.close();
  }
  return 0;
}

function buildServices(
  config: Config,
  log: Logger,
  store: Awaited<ReturnType<typeof openStore>>,
  directory: TeamDirectory,
  teamFile: TeamFile | null,
) {
  const defaultLimits = {
    minutes: config.DEFAULT_LIMIT_MINUTES,
    hostility: config.DEFAULT_LIMIT_HOSTILITY,
    complexity: config.DEFAULT_LIMIT_COMPLEXITY,
  };
  const deliveries = new Map<string, EffectDelivery>();
  const careDeliveries = new Map<string, CareDelivery>();
  let runner: Runner | null = null;
  const pepper = loadPepper(config, log);
  const pseudonymiser = new HmacPseudonymiser(pepper, { defaultCountry: config.DEFAULT_PHONE_COUNTRY });
  // The care side reads the same team file, merged with HOLDLINE_SUPERVISORS and the channel keys.
  const careDirectory = new CareDirectory(teamFile, {
    supervisors: config.HOLDLINE_SUPERVISORS,
    peerChannel: config.HOLDLINE_PEER_CHANNEL,
    checkinChannel: config.HOLDLINE_CHECKIN_CHANNEL,
  });
  const care = new CareService({
    store,
    care: store.care,
    clock: systemClock,
    log,
    newId: randomUUID,
    directory: careDirectory,
    channels: careDirectory,
    contributorToken: (team, week, agent) =>
      createHmac('sha256', pepper).update(`checkin-contributor\n${team}\n${week}\n${agent}`).digest('base64url'),
    anonymousDelayMs: config.ANONYMOUS_POST_DELAY_MINUTES * 60_000,
    random: Math.random,
    onCommitted: () => runner?.kick(),
  });
  const team = new TeamView({
    board: store.board,
    directory: careDirectory,
    clock: systemClock,
    log,
    defaultLimits: (agentId) => directory.defaultLimits(agentId) ?? defaultLimits,
    supportContact: (teamId) => careDirectory.supportContact(teamId),
  });
  // Supervisors' App Home boards, republished after changes, at most once per HOME_REFRESH_SECONDS a team.
  const boards = new BoardWatch({
    view: team,
    directory: careDirectory,
    clock: systemClock,
    log,
    minIntervalMs: config.HOME_REFRESH_SECONDS * 1000,
  });
  const committed = () => {
    runner?.kick();
    boards.poke();
  };
  const digestSchedule = parseDigestSchedule(config.DIGEST_SCHEDULE, config.timeZone);
  const careRunner = new CareRunner({
    care: store.care,
    clock: systemClock,
    log,
    directory: careDirectory,
    deliveries: careDeliveries,
    owner: config.instanceId,
    hardContactsNudge: config.HARD_CONTACTS_NUDGE,
    shiftHours: config.SHIFT_HOURS,
    digests: digestSchedule
      ? new WeeklyDigests({
          care: store.care,
          clock: systemClock,
          log,
          directory: careDirectory,
          schedule: digestSchedule,
          build: (team, week) => care.digest(team, week),
        })
      : undefined,
    boards,
  });
  const escalations: EscalationService = new EscalationService({
    store,
    clock: systemClock,
    log,
    newId: randomUUID,
    directory,
    policies: directory,
    sessions: () => sessions,
    onCommitted: committed,
  });
  const sessions: SessionService = new SessionService({
    store,
    clock: systemClock,
    log,
    newId: randomUUID,
    pseudonymiser,
    defaultLimits,
    flagRetentionDays: config.FLAG_RETENTION_DAYS,
    teams: directory,
    onCommitted: committed,
    paging: escalations,
  });
  // Supervisors come from the team file (HOLDLINE_CONFIG), plus anyone listed in HOLDLINE_SUPERVISORS.
  const listed = new StaticDirectory(config.HOLDLINE_SUPERVISORS);
  const supervisors: Directory = {
    teamOf: (agentId) => directory.teamOf(agentId),
    isSupervisor: (person, team) => directory.isSupervisor(person, team) || listed.isSupervisor(person),
  };
  const flags = new FlagService({ store, clock: systemClock, log, directory: supervisors, pseudonymiser });
  const dispatcher = new Dispatcher({ store, clock: systemClock, log, deliveries, owner: config.instanceId });
  runner = new Runner({
    store,
    sessions,
    escalations,
    dispatcher,
    clock: systemClock,
    log,
    owner: config.instanceId,
    pollMs: config.POLL_INTERVAL_MS,
    maintenance: [{ name: 'purge expired flags', everyMs: 10 * 60_000, run: () => flags.purgeExpired() }],
    care: careRunner,
  });
  if (digestSchedule)
    log.info({ schedule: config.DIGEST_SCHEDULE, timeZone: config.timeZone }, 'weekly digest scheduled');
  const started = runner;
  const services: AppServices = {
    sessions,
    agents: new AgentService({
      store,
      clock: systemClock,
      log,
      defaultLimits,
      defaultLocale: config.HOLDLINE_LOCALE,
      teams: directory,
    }),
    flags,
    escalations,
    clock: systemClock,
    log,
    care,
    registerDelivery: (surface, delivery) => deliveries.set(surface, delivery),
    registerCareDelivery: (surface, delivery) => careDeliveries.set(surface, delivery),
    team,
    registerHomePublisher: (surface, publisher) => boards.register(surface, publisher),
    settle: () => started.settle(),
  };
  return { services, runner: started };
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Holdline stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
