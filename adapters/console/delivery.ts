import type { Session } from '../../src/engine/index.ts';
import { viewSession } from '../../src/engine/index.ts';
import type { Clock, EffectDelivery, OutboxItem } from '../../src/ports.ts';
import { renderOutgoing, renderView } from './render.ts';

/** Delivers effects to the terminal: the agent's step, notices, and pages/reports as they would be sent. */
export class ConsoleDelivery implements EffectDelivery {
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly clock: Clock,
  ) {}

  async deliver(item: OutboxItem, session: Session): Promise<void> {
    const effect = item.effect;
    const printed =
      effect.type === 'prompt'
        ? renderView(viewSession(session, this.clock.now()))
        : renderOutgoing(effect, session, session.locale, item.createdAt);
    if (printed !== null) this.out.write(`${printed}\n`);
  }
}
