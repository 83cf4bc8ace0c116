/** Wires the real app (services, dispatcher, runner) over a real store, with a simulated clock. */
import { AgentService } from '../../src/app/agents.ts';
import { Dispatcher } from '../../src/app/dispatcher.ts';
import { Runner } from '../../src/app/runner.ts';
import type { AppServices } from '../../src/app/services.ts';
import { SessionService } from '../../src/app/sessions.ts';
import type { Session } from '../../src/engine/index.ts';
import type { DeliveryError, EffectDelivery, OutboxItem, Store } from '../../src/ports.ts';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import { ManualClock, MemoryLog } from './store.ts';

/** An EffectDelivery that records what it is given and can be told to fail. */
export class RecordingDelivery implements EffectDelivery {
  readonly delivered: { item: OutboxItem; session: Session }[] = [];
  private failures: DeliveryError[] = [];
  failNext(...errors: DeliveryError[]): void {
    this.failures.push(...errors);
  }
  async deliver(item: OutboxItem, session: Session): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.delivered.push({ item, session });
  }
  types(): string[] {
    return this.delivered.map((d) => d.item.effect.type);
  }
}

export function wire(
  store: Store,
  opts: {
    owner?: string;
    clock?: ManualClock;
    deliveries?: Map<string, EffectDelivery>;
    onCommitted?: () => void;
  } = {},
) {
  const clock = opts.clock ?? new ManualClock();
  const log = new MemoryLog();
  const delivery = new RecordingDelivery();
  let n = 0;
  const defaultLimits = { minutes: 20, hostility: 4, complexity: 3 };
  const sessions = new SessionService({
    store,
    clock,
    log,
    newId: () => `sess-${opts.owner ?? 'a'}-${++n}`,
    pseudonymiser: new HmacPseudonymiser('test-pepper-0123456789'),
    defaultLimits,
    ...(opts.onCommitted ? { onCommitted: opts.onCommitted } : {}),
  });
  const agents = new AgentService({ store, clock, log, defaultLimits });
  const owner = opts.owner ?? 'instance-a';
  const deliveries = opts.deliveries ?? new Map<string, EffectDelivery>();
  deliveries.set('test', delivery);
  const dispatcher = new Dispatcher({ store, clock, log, deliveries, owner });
  const runner = new Runner({ store, sessions, dispatcher, clock, log, owner });
  /** What an adapter is given (src/app/services.ts); delivery runs when the test calls runner.tick(). */
  const services: AppServices = {
    sessions,
    agents,
    clock,
    log,
    registerDelivery: (surface, d) => void deliveries.set(surface, d),
    settle: () => runner.settle(),
  };
  return { clock, log, delivery, sessions, agents, dispatcher, runner, services };
}
