import type { Effect, Session } from '../../src/engine/index.ts';
import { viewSession } from '../../src/engine/index.ts';
import type { Clock, DeliveryReceipt, OutboxItem } from '../../src/ports.ts';
import { dispatch, type EffectHandlers, nothingToShow, refuse, type Surface } from '../kit/surface.ts';
import { renderOutgoing, renderView } from './render.ts';
import type { Speech } from './speech.ts';
import type { Printer } from './terminal.ts';

/**
 * Delivers effects to the terminal: the agent's step, notices, and pages/reports as they would be sent.
 * Everything is shown in the terminal person's current language (they may have switched with `lang`
 * since the session started).
 */
export class ConsoleDelivery implements Surface {
  constructor(
    private readonly out: Printer,
    private readonly clock: Clock,
    private readonly speech: Speech,
  ) {}

  readonly handlers = {
    prompt: async ({ session }) =>
      this.print(renderView(viewSession(session, this.clock.now(), this.speech.locale), this.speech.locale)),
    notice: async ({ item, effect, session }) => this.printOutgoing(item, effect, session),
    reportThreat: async ({ item, effect, session }) => this.printOutgoing(item, effect, session),
    offerDecompression: async ({ item, effect, session }) => this.printOutgoing(item, effect, session),
    page: async ({ item, effect, session }) => {
      this.printOutgoing(item, effect, session);
      // The terminal has no message ids: the effect id stands in as the reference of a printed page.
      return { ref: item.id };
    },
    flagCustomer: nothingToShow, // the notice that accompanies it tells the agent
    scheduleCheck: nothingToShow,
    scheduleFollowUp: nothingToShow, // the follow-up is a durable timer; its notice comes when due
    contactClosed: nothingToShow, // the app tells the open pages
    // Paging turns it into an escalation before the outbox; never mark delivered what was not.
    pageSupervisor: refuse('the terminal prints pages through paging, not "pageSupervisor"'),
  } satisfies EffectHandlers;

  // biome-ignore lint/suspicious/noConfusingVoidType: EffectDelivery's signature (only pages return a receipt)
  deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt> {
    return dispatch(this.handlers, item, session);
  }

  private printOutgoing(item: OutboxItem, effect: Effect, session: Session): void {
    const printed = renderOutgoing(effect, session, this.speech, item.createdAt);
    if (printed !== null) this.print(printed);
  }

  private print(text: string): void {
    this.out.print(`${text}\n`);
  }
}
