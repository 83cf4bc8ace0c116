/** Wires the real app (services, dispatcher, runner) over a real store, with a simulated clock. */
import { AgentService } from '../../src/app/agents.ts';
import { Dispatcher } from '../../src/app/dispatcher.ts';
import { EscalationService } from '../../src/app/escalations.ts';
import { FlagService } from '../../src/app/flags.ts';
import { Runner } from '../../src/app/runner.ts';
import type { AppServices } from '../../src/app/services.ts';
import { SessionService } from '../../src/app/sessions.ts';
import type { PolicySnapshot, Session } from '../../src/engine/index.ts';
import type {
  DeliveryError,
  DeliveryReceipt,
  Directory,
  EffectDelivery,
  OutboxItem,
  Policies,
  Store,
} from '../../src/ports.ts';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import { ManualClock, MemoryLog } from './store.ts';

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
  store: Store,
  opts: {
    owner?: string;
    clock?: ManualClock;
    policies?: Policies;
    teamOf?: (agentId: string) => string | null;
    /** Who is a supervisor (flags); nobody unless a test passes its own. */
    directory?: Directory;
    deliveries?: Map<string, EffectDelivery>;
    onCommitted?: () => void;
  } = {},
) {
  const clock = opts.clock ?? new ManualClock();
  const log = new MemoryLog();
  const delivery = new RecordingDelivery();
  let n = 0;
  const defaultLimits = { minutes: 20, hostility: 4, complexity: 3 };
  const pseudonymiser = new HmacPseudonymiser('test-pepper-0123456789', { defaultCountry: '47' });
  const policies = opts.policies ?? new EditablePolicies();
  const escalations: EscalationService = new EscalationService({
    store,
    clock,
    log,
    newId: () => `esc${opts.owner ?? 'a'}${String(++n).padStart(5, '0')}`,
    directory: { teamOf: opts.teamOf ?? (() => 'team-a'), isSupervisor: () => false },
    policies,
    sessions: () => sessions,
  });
  const sessions: SessionService = new SessionService({
    store,
    clock,
    log,
    newId: () => `sess-${opts.owner ?? 'a'}-${++n}`,
    pseudonymiser,
    defaultLimits,
    paging: escalations,
    ...(opts.onCommitted ? { onCommitted: opts.onCommitted } : {}),
  });
  const flags = new FlagService({
    store,
    clock,
    log,
    pseudonymiser,
    directory: opts.directory ?? { teamOf: () => null, isSupervisor: () => false },
  });
  const agents = new AgentService({ store, clock, log, defaultLimits });
  const owner = opts.owner ?? 'instance-a';
  const deliveries = opts.deliveries ?? new Map<string, EffectDelivery>();
  deliveries.set('test', delivery);
  const dispatcher = new Dispatcher({ store, clock, log, deliveries, owner });
  const maintenance = [{ name: 'purge flags', everyMs: 60_000, run: () => flags.purgeExpired() }];
  const runner = new Runner({ store, sessions, escalations, dispatcher, clock, log, owner, maintenance });
  /** What an adapter receives (as from src/main.ts); tests deliver with `runner.tick()`. */
  const services: AppServices = {
    sessions,
    agents,
    flags,
    escalations,
    clock,
    log,
    registerDelivery: (surface, d) => void deliveries.set(surface, d),
    settle: () => runner.settle(),
  };
  return { clock, log, delivery, sessions, agents, flags, escalations, dispatcher, runner, policies, services };
}
