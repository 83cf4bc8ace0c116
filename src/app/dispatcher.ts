/**
 * Carries committed effects out (the outbox). Claims rows so several instances never deliver the
 * same effect, delivers them in order on the surface they belong to, retries with backoff, and
 * gives an effect up only after many attempts, loudly.
 */
import { type Clock, DeliveryError, type EffectDelivery, type Logger, type OutboxItem, type Store } from '../ports.ts';

export interface DispatcherOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  /** Delivery by surface name (console, slack, discord). */
  readonly deliveries: ReadonlyMap<string, EffectDelivery>;
  readonly owner: string;
  readonly leaseMs?: number;
  readonly batch?: number;
  readonly maxAttempts?: number;
}

const MAX_BACKOFF = 5 * 60_000;

export class Dispatcher {
  private readonly leaseMs: number;
  private readonly batch: number;
  private readonly maxAttempts: number;
  constructor(private readonly o: DispatcherOptions) {
    this.leaseMs = o.leaseMs ?? 30_000;
    this.batch = o.batch ?? 25;
    this.maxAttempts = o.maxAttempts ?? 12;
  }

  /** Delivers everything due now; returns how many effects were delivered. */
  async drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const items = await this.o.store.claimEffects(this.o.owner, this.o.clock.now(), this.batch, this.leaseMs);
      if (items.length === 0) return delivered;
      for (const item of items) if (await this.deliverOne(item)) delivered++;
    }
  }

  private async deliverOne(item: OutboxItem): Promise<boolean> {
    const delivery = this.o.deliveries.get(item.surface);
    try {
      if (delivery === undefined) throw new DeliveryError(`no adapter for surface "${item.surface}" in this instance`);
      const session = await this.o.store.getSession(item.sessionId);
      if (session === null) throw new DeliveryError(`session ${item.sessionId} not found`, undefined, false);
      await delivery.deliver(item, session);
      await this.o.store.completeEffect(item.id, this.o.clock.now());
      return true;
    } catch (err) {
      const now = this.o.clock.now();
      const retryable = !(err instanceof DeliveryError) || err.retryable;
      const giveUp = !retryable || item.attempts >= this.maxAttempts;
      const wait =
        err instanceof DeliveryError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoff(item.attempts);
      const message = err instanceof Error ? err.message : String(err);
      const ctx = { effect: item.id, type: item.effect.type, surface: item.surface, attempts: item.attempts };
      if (giveUp) this.o.log.error({ ...ctx, error: message }, 'effect delivery given up');
      else this.o.log.warn({ ...ctx, error: message, retryInMs: wait }, 'effect delivery failed; will retry');
      await this.o.store
        .failEffect(item.id, message.slice(0, 500), giveUp ? null : now + wait, now)
        .catch((e: unknown) => {
          // The store is down too: the claim lease expires and another pass retries the effect.
          this.o.log.error({ ...ctx, error: String(e) }, 'could not record the delivery failure');
        });
      return false;
    }
  }
}

/** 1 s, 2 s, 4 s … capped at five minutes. */
export const backoff = (attempts: number): number => Math.min(MAX_BACKOFF, 1000 * 2 ** Math.max(0, attempts - 1));
