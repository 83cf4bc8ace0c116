/**
 * The chat-adapter kit's Surface: how one adapter (terminal, Slack, Discord) carries out each effect the
 * outbox holds. Each adapter writes one handler per effect type and checks the map with
 * `satisfies EffectHandlers`, so a new effect type is a compile error in every adapter until each says
 * what it does with it (tests/kit/effect-handlers.test.ts proves it), instead of a run-time throw or an
 * effect silently marked delivered.
 */
import type { Effect, EffectType, Session } from '../../src/engine/index.ts';
import { DeliveryError, type DeliveryReceipt, type EffectDelivery, type OutboxItem } from '../../src/ports.ts';

/** One outbox item, its effect narrowed to type T, and the session it belongs to. */
export interface EffectCall<T extends EffectType> {
  readonly item: OutboxItem;
  readonly effect: Extract<Effect, { readonly type: T }>;
  readonly session: Session;
}

// biome-ignore lint/suspicious/noConfusingVoidType: EffectDelivery's signature (only pages return a receipt)
export type EffectHandler<T extends EffectType> = (call: EffectCall<T>) => Promise<void | DeliveryReceipt>;

/** One handler for every effect type: the map each adapter declares with `satisfies EffectHandlers`. */
export type EffectHandlers = { readonly [T in EffectType]: EffectHandler<T> };

/** A surface: the effect delivery the app registers, built on a complete handler map. */
export interface Surface extends EffectDelivery {
  readonly handlers: EffectHandlers;
}

/** Calls the handler for the item's effect type (the one place that looks the type up). */
export function dispatch(
  handlers: EffectHandlers,
  item: OutboxItem,
  session: Session,
  // biome-ignore lint/suspicious/noConfusingVoidType: EffectDelivery's signature (only pages return a receipt)
): Promise<void | DeliveryReceipt> {
  // The map's type pairs each type with its own handler; TypeScript cannot follow that pairing through
  // an index, so the lookup is widened once here.
  const handler = handlers[item.effect.type] as EffectHandler<EffectType>;
  return handler({ item, effect: item.effect, session });
}

/**
 * For effects the app consumes before the outbox (a flag is a row, a time check a timer, a closed
 * contact tells its pages): nothing to show on a surface. An old outbox row of such a type is done.
 */
export const nothingToShow = async (): Promise<void> => {};

/** For an effect a surface must never carry out itself: refused, never marked delivered. */
export const refuse = (why: string) => async (): Promise<never> => {
  throw new DeliveryError(why, undefined, false);
};
