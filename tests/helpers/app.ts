/**
 * Wires the real app (services, dispatcher, runner, and the care side through careServices) over a
 * real store, with a simulated clock, as src/main.ts does.
 */
import { AgentService } from '../../src/app/agents.ts';
import type { CareService } from '../../src/app/care.ts';
import { Dispatcher } from '../../src/app/dispatcher.ts';
import { EscalationService } from '../../src/app/escalations.ts';
import { FlagService } from '../../src/app/flags.ts';
import { IncidentReportService } from '../../src/app/incident-report.ts';
import { limitsFrom, PracticeService } from '../../src/app/practice.ts';
import { Runner } from '../../src/app/runner.ts';
import type { AppServices } from '../../src/app/services.ts';
import { SessionService } from '../../src/app/sessions.ts';
import { StatementService } from '../../src/app/statements.ts';
import type { WeeklyDigests } from '../../src/app/weekly-digest.ts';
import type { Emergency, Escalation, PolicySnapshot, Session } from '../../src/engine/index.ts';
import type {
  DeliveryError,
  DeliveryReceipt,
  Directory,
  EffectDelivery,
  Logger,
  Membership,
  OutboxItem,
  Policies,
  RosterDirectory,
} from '../../src/ports.ts';
import type { CareChannels, CareDelivery, CareItem } from '../../src/ports-care.ts';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import { StatementCipher } from '../../src/privacy/statement-cipher.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { careServices } from './care.ts';
import { ManualClock, MemoryLog } from './store.ts';

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
  policyFor(teamId: string | null): PolicySnapshot {
    return { ...this.policy, teamId };
  }
}
const NOBODY: PolicySnapshot = { teamId: null, levels: [], channels: [], security: [], legal: [] };

export function wire(
  store: DrizzleStore,
  opts: {
    owner?: string;
    clock?: ManualClock;
    policies?: Policies;
    teamOf?: (agentId: string) => string | null;
    /** Who is a supervisor (flags); nobody unless a test passes its own. */
    directory?: Directory;
    deliveries?: Map<string, EffectDelivery>;
    onCommitted?: () => void;
    /** After a committed acknowledgement (the ops metrics' time to acknowledge). */
    onAnswered?: (e: Escalation) => void;
    /** The care side's teams and supervisors: by default everyone is in `teamOf`'s team, supervised by nobody. */
    careDirectory?: RosterDirectory;
    /** Who may start sessions (a team file's members); everyone when absent. */
    membership?: Membership;
    /** Peer and check-in channels per surface; none by default. */
    channels?: CareChannels;
    /** How often the care runner looks for hard contacts (0: every tick; absent: the product's default). */
    hardScanMs?: number;
    /** The weekly digest timer (built from the service, since it asks the service for each digest). */
    digests?: (care: CareService, log: Logger) => WeeklyDigests | undefined;
    /** Shortest time between two App Home republishes of a team's board. */
    homeRefreshMs?: number;
    /** Sessions record `teamOf`'s team (as with a team file); by default they carry none. */
    sessionTeams?: boolean;
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
  const defaultLimits = { minutes: 20, hostility: 4, complexity: 3 };
  const pseudonymiser = new HmacPseudonymiser('test-pepper-0123456789', { defaultCountry: '47' });
  const policies = opts.policies ?? new EditablePolicies();
  const teamOf = opts.teamOf ?? (() => 'team-a');
  const escalations: EscalationService = new EscalationService({
    store,
    clock,
    log,
    newId: () => `esc${opts.owner ?? 'a'}${String(++n).padStart(5, '0')}`,
    directory: { teamOf, isSupervisor: () => false },
    policies,
    sessions: () => sessions,
    onCommitted: () => boards.poke(),
    ...(opts.onAnswered ? { onAnswered: opts.onAnswered } : {}),
  });
  const sessions: SessionService = new SessionService({
    store,
    clock,
    log,
    newId: () => `sess-${opts.owner ?? 'a'}-${++n}`,
    pseudonymiser,
    defaultLimits,
    paging: escalations,
    ...(opts.sessionTeams || opts.emergency
      ? {
          teams: {
            teamOf: opts.sessionTeams ? teamOf : () => null,
            defaultLimits: () => null,
            ...(opts.emergency ? { emergency: opts.emergency } : {}),
          },
        }
      : {}),
    ...(opts.membership ? { membership: opts.membership } : {}),
    onCommitted: () => {
      opts.onCommitted?.();
      boards.poke();
    },
  });
  const flags = new FlagService({
    store,
    clock,
    log,
    pseudonymiser,
    directory: opts.directory ?? { teamOf: () => null, isSupervisor: () => false },
  });
  const agents = new AgentService({ store, clock, log, defaultLimits });
  const statementKey = opts.statementKey === undefined ? TEST_STATEMENT_KEY : opts.statementKey;
  const statements = new StatementService({
    store: store.statements,
    sessions: store,
    cipher: statementKey === null ? null : new StatementCipher(statementKey),
    clock,
    log,
    newId: () => `stmt-${opts.owner ?? 'a'}-${++n}`,
    directory: opts.directory ?? { teamOf, isSupervisor: () => false },
    policies,
  });
  const reports = new IncidentReportService({ store, statements, clock, log });
  const owner = opts.owner ?? 'instance-a';
  const deliveries = opts.deliveries ?? new Map<string, EffectDelivery>();
  deliveries.set('test', delivery);
  const dispatcher = new Dispatcher({ store, clock, log, deliveries, owner });
  const careDelivery = new RecordingCare();
  const careDeliveries = new Map<string, CareDelivery>([['test', careDelivery]]);
  const { care, careRunner, digests, team, boards } = careServices({
    store,
    clock,
    log,
    owner,
    directory: opts.careDirectory ?? { teamOf, isSupervisor: () => false, supervisorsOf: () => [] },
    channels: opts.channels ?? { peer: () => null, checkin: () => null },
    deliveries: careDeliveries,
    ...(opts.hardScanMs === undefined ? {} : { hardScanMs: opts.hardScanMs }),
    ...(opts.digests ? { digests: (service: CareService) => opts.digests?.(service, log) } : {}),
    ...(opts.homeRefreshMs === undefined ? {} : { homeRefreshMs: opts.homeRefreshMs }),
    ...(opts.supportContact ? { supportContact: opts.supportContact } : {}),
  });
  const maintenance = [{ name: 'purge flags', everyMs: 60_000, run: () => flags.purgeExpired() }];
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
  });
  const practice = new PracticeService({
    store: store.practice,
    clock,
    log,
    policies,
    directory: opts.directory ?? { teamOf, isSupervisor: () => false },
    limitsOf: limitsFrom(agents, defaultLimits),
  });
  /** What an adapter receives (as from src/main.ts); tests deliver with `runner.tick()`. */
  const services: AppServices = {
    sessions,
    agents,
    flags,
    escalations,
    clock,
    log,
    care,
    practice,
    statements,
    reports,
    registerDelivery: (surface, d) => void deliveries.set(surface, d),
    registerCareDelivery: (surface, d) => void careDeliveries.set(surface, d),
    team,
    registerHomePublisher: (surface, p) => boards.register(surface, p),
    settle: () => runner.settle(),
  };
  return {
    clock,
    log,
    delivery,
    sessions,
    agents,
    flags,
    escalations,
    dispatcher,
    runner,
    policies,
    care,
    careRunner,
    careDelivery,
    digests,
    team,
    boards,
    practice,
    statements,
    services,
  };
}

/** The test STATEMENT_KEY (32 bytes); tests assert its plain text never reaches a log or a table. */
export const TEST_STATEMENT_KEY = Buffer.alloc(32, 7);
