/**
 * The care side (CareService and CareRunner) wired the same way for every test: ids counted per
 * owner, readable contributor tokens, anonymous posts without delay, three hard contacts per 8-hour
 * shift. Callers pick the directory, the channels, where care effects are delivered and, for the
 * weekly digest, the timer (built from the service, since it asks the service for each digest).
 */
import { BoardWatch } from '../../src/app/board-watch.ts';
import { CareService } from '../../src/app/care.ts';
import { CareRunner } from '../../src/app/care-runner.ts';
import { TeamView } from '../../src/app/team-view.ts';
import type { WeeklyDigests } from '../../src/app/weekly-digest.ts';
import type { Clock, Logger, RosterDirectory } from '../../src/ports.ts';
import type { CareChannels, CareDelivery } from '../../src/ports-care.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';

export interface CareWiring {
  readonly store: DrizzleStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly directory: RosterDirectory;
  readonly channels: CareChannels;
  readonly deliveries: ReadonlyMap<string, CareDelivery>;
  readonly owner?: string;
  /** How often the runner looks for hard contacts (0: every tick; absent: the product's default). */
  readonly hardScanMs?: number;
  readonly digests?: (care: CareService) => WeeklyDigests | undefined;
  /** Shortest time between two App Home republishes of a team's board (default 10 s). */
  readonly homeRefreshMs?: number;
  /** The team's support contact (team file care.support). */
  readonly supportContact?: (teamId: string) => string | null;
}

/** The limits that apply to an agent who set none, in tests (as DEFAULT_LIMIT_* would give). */
export const TEST_DEFAULT_LIMITS = { minutes: 20, hostility: 4, complexity: 3 } as const;

export function careServices(w: CareWiring): {
  care: CareService;
  careRunner: CareRunner;
  digests: WeeklyDigests | undefined;
  team: TeamView;
  boards: BoardWatch;
} {
  const owner = w.owner ?? 'instance-a';
  let n = 0;
  const care = new CareService({
    store: w.store,
    care: w.store.care,
    clock: w.clock,
    log: w.log,
    newId: () => `care-${owner}-${++n}`,
    directory: w.directory,
    channels: w.channels,
    contributorToken: (team, week, agent) => `tok:${team}:${week}:${agent}`,
    anonymousDelayMs: 0,
    random: () => 0,
  });
  const digests = w.digests?.(care);
  const team = new TeamView({
    board: w.store.board,
    directory: w.directory,
    clock: w.clock,
    log: w.log,
    defaultLimits: () => TEST_DEFAULT_LIMITS,
    ...(w.supportContact ? { supportContact: w.supportContact } : {}),
  });
  const boards = new BoardWatch({
    view: team,
    directory: w.directory,
    clock: w.clock,
    log: w.log,
    minIntervalMs: w.homeRefreshMs ?? 10_000,
  });
  const careRunner = new CareRunner({
    care: w.store.care,
    clock: w.clock,
    log: w.log,
    directory: w.directory,
    deliveries: w.deliveries,
    owner,
    hardContactsNudge: 3,
    shiftHours: 8,
    ...(w.hardScanMs === undefined ? {} : { hardScanMs: w.hardScanMs }),
    digests,
    boards,
  });
  return { care, careRunner, digests, team, boards };
}
