import type { Session } from '../../src/engine/index.ts';
import { viewSession } from '../../src/engine/index.ts';
import type { Clock, DeliveryReceipt, EffectDelivery, OutboxItem } from '../../src/ports.ts';
import { renderOutgoing, renderView } from './render.ts';

/** Delivers effects to the terminal: the agent's step, notices, and pages/reports as they would be sent. */
export class ConsoleDelivery implements EffectDelivery {
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly clock: Clock,
  ) {}

  /** The terminal has no message ids: the effect id stands in as the reference of a printed page. */
  // biome-ignore lint/suspicious/noConfusingVoidType: deliveries written before pages existed return Promise<void>
  async deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt> {
    const effect = item.effect;
    const printed =
      effect.type === 'prompt'
        ? renderView(viewSession(session, this.clock.now()))
        : renderOutgoing(effect, session, session.locale, item.createdAt);
    if (printed !== null) this.out.write(`${printed}\n`);
    return effect.type === 'page' ? { ref: item.id } : undefined;
  }
}
