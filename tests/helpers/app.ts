/**
 * Wires the real app through createApp (src/app/create-app.ts, as src/main.ts does) over a real store,
 * with a simulated clock, readable ids and recording deliveries for surface `test`.
 */

import { DEFAULT_TEAM } from '../../src/app/care.ts';
import { type AppInstruments, createApp } from '../../src/app/create-app.ts';
import type { DigestSchedule } from '../../src/app/digest-schedule.ts';
import type { Emergency, PolicySnapshot, Session } from '../../src/engine/index.ts';
import type {
  AppDirectory,
  DeliveryError,
  DeliveryReceipt,
  Directory,
  EffectDelivery,
  Membership,
  OutboxItem,
  Policies,
  RosterDirectory,
} from '../../src/ports.ts';
import type { CareChannels, CareDelivery, CareItem } from '../../src/ports-care.ts';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import { StatementCipher } from '../../src/privacy/statement-cipher.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { ManualClock, MemoryLog } from './store.ts';

/** The limits that apply to an agent who set none, in tests (as DEFAULT_LIMIT_* would give). */
export const TEST_DEFAULT_LIMITS = { minutes: 20, hostility: 4, complexity: 3 } as const;

/** A CareDelivery that records what it is given (registered for surface `test` by wire()). */
export class RecordingCare implements CareDelivery {
  readonly delivered: CareItem[] = [];
  async deliverCare(item: CareItem): Promise<void> {
    this.delivered.push(item);
  }
  ofType(type: string) {
    return this.delivered.map((d) => d.effect).filter((e) => e.type === type);
  }
}

/** An EffectDelivery that records what it is given and can be told to fail. */
export class RecordingDelivery implements EffectDelivery {
  readonly delivered: { item: OutboxItem; session: Session }[] = [];
  private failures: DeliveryError[] = [];
  failNext(...errors: DeliveryError[]): void {
    this.failures.push(...errors);
  }
  private pageFailures: DeliveryError[] = [];
  /** The next page deliveries fail (other effects go through). */
  failPages(...errors: DeliveryError[]): void {
    this.pageFailures.push(...errors);
  }
  async deliver(item: OutboxItem, session: Session): Promise<DeliveryReceipt> {
    const pageFailure = item.effect.type === 'page' ? this.pageFailures.shift() : undefined;
    if (pageFailure) throw pageFailure;
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.delivered.push({ item, session });
    return { ref: `ref-${item.id}` };
  }
  /** The page messages delivered, in order. */
  pages() {
    return this.delivered.flatMap((d) =>
      d.item.effect.type === 'page' ? [{ ...d.item.effect.message, item: d.item }] : [],
    );
  }
  types(): string[] {
    return this.delivered.map((d) => d.item.effect.type);
  }
}

/** Policies that can be edited between calls (to prove a running escalation keeps its snapshot). */
export class EditablePolicies implements Policies {
  constructor(public policy: PolicySnapshot = NOBODY) {}
  /** The agent's team when they have one, else the policy's own. */
  policyFor(teamId: string | null): PolicySnapshot {
    return { ...this.policy, teamId: teamId ?? this.policy.teamId };
  }
}
const NOBODY: PolicySnapshot = { teamId: null, levels: [], channels: [], security: [], legal: [] };

export function wire(
  store: DrizzleStore,
  opts: {
    owner?: string;
    clock?: ManualClock;
    policies?: Policies;
    /** The agents' team (sessions record it; escalations take its policy); by default `directory`'s, else the care directory's, else none. */
    teamOf?: (agentId: string) => string | null;
    /** Who is a supervisor (flags, practice); nobody unless a test passes its own (or a care directory). */
    directory?: Directory;
    onCommitted?: () => void;
    /** The ops listener's instruments (deliveries, passes, acknowledgements), as src/main.ts passes them. */
    instruments?: AppInstruments;
    /** The care side's teams and supervisors: by default everyone is in `teamOf`'s team, supervised by nobody. */
    careDirectory?: RosterDirectory;
    /** Who may start sessions (a team file's members); everyone when absent. */
    membership?: Membership;
    /** Peer and check-in channels per surface; none by default. */
    channels?: CareChannels;
    /** How often the care runner looks for hard contacts (0: every tick; absent: the product's default). */
    hardScanMs?: number;
    /** The weekly digest's schedule (absent: off). */
    digestSchedule?: DigestSchedule | null;
    /** Shortest time between two App Home republishes of a team's board. */
    homeRefreshMs?: number;
    supportContact?: (teamId: string) => string | null;
    /** The team file's emergency number and note for an agent (none by default). */
    emergency?: (agentId: string) => Emergency | null;
    /** STATEMENT_KEY: a fixed test key by default; null switches threat statements off. */
    statementKey?: Buffer | null;
  } = {},
) {
  const clock = opts.clock ?? new ManualClock();
  const log = new MemoryLog();
  const delivery = new RecordingDelivery();
  let n = 0;
  let care = 0;
  const owner = opts.owner ?? 'instance-a';
  const policies = opts.policies ?? new EditablePolicies();
  const statementKey = opts.statementKey === undefined ? TEST_STATEMENT_KEY : opts.statementKey;
  const app = createApp(
    {
      store,
      clock,
      log,
      newId: (kind) =>
        kind === 'session'
          ? `sess-${opts.owner ?? 'a'}-${++n}`
          : kind === 'escalation'
            ? `esc${opts.owner ?? 'a'}${String(++n).padStart(5, '0')}`
            : kind === 'statement'
              ? `stmt-${opts.owner ?? 'a'}-${++n}`
              : `care-${owner}-${++care}`,
      directory: testDirectory(opts, policies),
      pseudonymiser: new HmacPseudonymiser('test-pepper-0123456789', { defaultCountry: '47' }),
      contributorToken: (team, week, agent) => `tok:${team}:${week}:${agent}`,
      random: () => 0,
    },
    {
      owner,
      defaultLimits: TEST_DEFAULT_LIMITS,
      anonymousDelayMs: 0,
      hardContactsNudge: 3,
      shiftHours: 8,
      homeRefreshMs: opts.homeRefreshMs ?? 10_000,
      statementCipher: statementKey === null ? null : new StatementCipher(statementKey),
      ...(opts.hardScanMs === undefined ? {} : { hardScanMs: opts.hardScanMs }),
      ...(opts.digestSchedule ? { digestSchedule: opts.digestSchedule } : {}),
      ...(opts.membership ? { membership: opts.membership } : {}),
      ...(opts.onCommitted ? { onCommitted: opts.onCommitted } : {}),
      ...(opts.instruments ? { instruments: opts.instruments } : {}),
    },
  );
  app.services.registerDelivery('test', delivery);
  const careDelivery = new RecordingCare();
  app.services.registerCareDelivery('test', careDelivery);
  return { ...app, clock, log, delivery, policies, careDelivery };
}

/**
 * The one directory a test app is wired with, from the pieces a test names: teams (`teamOf`, else the care
 * directory's), supervisors (`directory` for flags and practice, the care directory's for the care side),
 * the policies, the channels, the support contact and the emergency number.
 */
function testDirectory(opts: Parameters<typeof wire>[1] & object, policies: Policies): AppDirectory {
  const roster = opts.careDirectory;
  const people = opts.directory;
  const teamOf =
    opts.teamOf ?? (people ? (a: string) => people.teamOf(a) : roster ? (a: string) => roster.teamOf(a) : () => null);
  const isSupervisor = (p: string, t?: string | null, g?: readonly string[]) =>
    (people?.isSupervisor(p, t, g) ?? false) || (roster?.isSupervisor(p, t, g) ?? false);
  return {
    teamOf,
    isSupervisor,
    flagTeams: (p) => people?.flagTeams?.(p) ?? (isSupervisor(p) ? 'all' : []),
    policyFor: (teamId) => policies.policyFor(teamId),
    defaultLimits: () => null,
    emergency: (agentId) => opts.emergency?.(agentId) ?? null,
    supervisorsOf: (teamId) => roster?.supervisorsOf(teamId) ?? [],
    teams: () => roster?.teams?.() ?? [DEFAULT_TEAM],
    teamsSupervisedBy: (p) => roster?.teamsSupervisedBy?.(p) ?? (isSupervisor(p) ? [teamOf(p) ?? DEFAULT_TEAM] : []),
    membersOf: (teamId) => roster?.membersOf?.(teamId) ?? [],
    supportContact: (teamId) => opts.supportContact?.(teamId) ?? null,
    peer: (surface, teamId) => opts.channels?.peer(surface, teamId) ?? null,
    checkin: (surface, teamId) => opts.channels?.checkin(surface, teamId) ?? null,
  };
}

/** The test STATEMENT_KEY (32 bytes); tests assert its plain text never reaches a log or a table. */
export const TEST_STATEMENT_KEY = Buffer.alloc(32, 7);
