/**
 * Exactly-once page delivery over an at-least-once outbox. Before the platform call the effect id is
 * recorded (committed) as 'sending'; after it, as 'sent' with the platform's reference. On a later
 * attempt (after a crash, or a lease that ran out):
 *   - 'sent'      → the page went out: nothing is sent again;
 *   - 'uncertain' → the previous attempt may have reached the platform: the adapter's findSent looks for
 *                   it (by effect id) and only if it is not there is the page sent again.
 * An adapter without findSent gets at-least-once in that one window (see docs/paging.md).
 */
import type { Session } from '../engine/index.ts';
import type { Clock, EffectDelivery, OutboxItem, Store } from '../ports.ts';

export interface JournalDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly owner: string;
}

export async function deliverPage(
  d: JournalDeps,
  delivery: EffectDelivery,
  item: OutboxItem,
  session: Session,
): Promise<void> {
  const state = await d.store.beginDelivery(item.id, d.owner, d.clock.now());
  if (state.state === 'sent') return;
  if (state.state === 'uncertain' && delivery.findSent) {
    const found = await delivery.findSent(item, session);
    if (found !== null) {
      await d.store.finishDelivery(item.id, found.ref, d.clock.now());
      return;
    }
  }
  const message = item.effect.type === 'page' ? item.effect.message : null;
  const withRefs =
    message?.kind === 'page_update'
      ? { ...item, pageRefs: await d.store.deliveryRefs(message.pageIds) }
      : message?.kind === 'page_edit'
        ? { ...item, pageRefs: await d.store.deliveryRefs(message.edits.map((x) => x.pageId)) }
        : item;
  const receipt = await delivery.deliver(withRefs, session);
  await d.store.finishDelivery(item.id, receipt ? receipt.ref : null, d.clock.now());
}
