import type { Session } from '../../src/engine/index.ts';
import { viewSession } from '../../src/engine/index.ts';
import {
  type Clock,
  DeliveryError,
  type DeliveryReceipt,
  type EffectDelivery,
  type OutboxItem,
} from '../../src/ports.ts';
import { renderOutgoing, renderView } from './render.ts';
import type { Speech } from './speech.ts';
import type { Printer } from './terminal.ts';

/**
 * Delivers effects to the terminal: the agent's step, notices, and pages/reports as they would be sent.
 * Everything is shown in the terminal person's current language (they may have switched with `lang`
 * since the session started).
 */
export class ConsoleDelivery implements EffectDelivery {
  constructor(
    private readonly out: Printer,
    private readonly clock: Clock,
    private readonly speech: Speech,
  ) {}

  /** The terminal has no message ids: the effect id stands in as the reference of a printed page. */
  // biome-ignore lint/suspicious/noConfusingVoidType: deliveries written before pages existed return Promise<void>
  async deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt> {
    const effect = item.effect;
    // Paging turns it into an escalation before the outbox; never mark delivered what was not.
    if (effect.type === 'pageSupervisor')
      throw new DeliveryError('the terminal prints pages through paging, not "pageSupervisor"', undefined, false);
    const printed =
      effect.type === 'prompt'
        ? renderView(viewSession(session, this.clock.now(), this.speech.locale), this.speech.locale)
        : renderOutgoing(effect, session, this.speech, item.createdAt);
    if (printed !== null) this.out.print(`${printed}\n`);
    return effect.type === 'page' ? { ref: item.id } : undefined;
  }
}
