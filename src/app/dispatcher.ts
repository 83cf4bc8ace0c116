/**
 * Carries committed effects out (the outbox). Claims rows so several instances never deliver the
 * same effect, delivers them in order on the surface they belong to, retries with backoff, and
 * gives an effect up only after many attempts, loudly. Pages go through the delivery journal
 * (see page-journal.ts) so a crash cannot send one twice; a page that keeps failing is also told
 * to the agent, who can then phone their supervisor.
 */
import type { Session } from '../engine/index.ts';
import {
  type Clock,
  DeliveryError,
  type EffectClass,
  type EffectDelivery,
  type Logger,
  type OutboxItem,
  type Store,
} from '../ports.ts';
import { deliverPage } from './page-journal.ts';
import { safeError, safeMessage } from './safe-error.ts';

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
  /** After this many failed attempts of a page, the agent is told it is not getting through. */
  readonly warnAgentAfter?: number;
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

  /** Delivers everything due now (`only`: just pages, or just the rest); returns how many were delivered. */
  async drain(only?: EffectClass): Promise<number> {
    let delivered = 0;
    for (;;) {
      const items = await this.o.store.claimEffects(this.o.owner, this.o.clock.now(), this.batch, this.leaseMs, only);
      if (items.length === 0) return delivered;
      for (const item of items) {
        // A lease per item: the batch's lease started when it was claimed, and a slow platform may have
        // used it up; an item another instance has taken meanwhile is its business now.
        if (!(await this.o.store.renewClaim(item.id, this.o.owner, this.o.clock.now(), this.leaseMs))) continue;
        if (await this.deliverOne(item)) delivered++;
      }
    }
  }

  private async deliverOne(item: OutboxItem): Promise<boolean> {
    const delivery = this.o.deliveries.get(item.surface);
    let session: Session | null = null;
    try {
      if (delivery === undefined) throw new DeliveryError(`no adapter for surface "${item.surface}" in this instance`);
      session = await this.o.store.getSession(item.sessionId);
      if (session === null) throw new DeliveryError(`session ${item.sessionId} not found`, undefined, false);
      if (item.effect.type === 'page')
        await deliverPage({ store: this.o.store, clock: this.o.clock, owner: this.o.owner }, delivery, item, session);
      else await delivery.deliver(item, session);
      await this.o.store.completeEffect(item.id, this.o.clock.now(), this.o.owner);
      return true;
    } catch (err) {
      const now = this.o.clock.now();
      const retryable = !(err instanceof DeliveryError) || err.retryable;
      const giveUp = !retryable || item.attempts >= this.maxAttempts;
      const wait =
        err instanceof DeliveryError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoff(item.attempts);
      const message = safeMessage(err instanceof Error ? err.message : String(err));
      const ctx = { effect: item.id, type: item.effect.type, surface: item.surface, attempts: item.attempts };
      if (giveUp) this.o.log.error({ ...ctx, error: message }, 'effect delivery given up');
      else this.o.log.warn({ ...ctx, error: message, retryInMs: wait }, 'effect delivery failed; will retry');
      await this.o.store
        .failEffect(item.id, message.slice(0, 500), giveUp ? null : now + wait, now, this.o.owner)
        .catch((e: unknown) => {
          // The store is down too: the claim lease expires and another pass retries the effect.
          this.o.log.error({ ...ctx, error: safeError(e) }, 'could not record the delivery failure');
        });
      // A page some supervisor already has is retried for the others without alarming the agent.
      const reached = err instanceof DeliveryError && err.reachedSomeone;
      if (item.effect.type === 'page' && session !== null && !reached) await this.tellAgent(item, session, giveUp);
      return false;
    }
  }

  /** A page that keeps failing must not fail silently: the agent hears it (once when failing, once at give-up). */
  private async tellAgent(item: OutboxItem, session: Session, gaveUp: boolean): Promise<void> {
    const warnAfter = this.o.warnAgentAfter ?? 3;
    if (!gaveUp && item.attempts !== warnAfter) return;
    const key = gaveUp ? 'notice.page_failed' : 'notice.page_failing';
    const effect = {
      type: 'notice',
      key,
      params: { surface: item.surface, attempts: item.attempts },
      id: `${item.id}:${gaveUp ? 'failed' : 'failing'}`,
      sessionId: session.id,
    } as const;
    try {
      await this.o.store.tx((tx) => tx.enqueue([{ effect, surface: session.surface }], this.o.clock.now()));
    } catch (e) {
      this.o.log.error({ effect: item.id, error: safeError(e) }, 'could not tell the agent their page is failing');
    }
  }
}

/** 1 s, 2 s, 4 s … capped at five minutes. */
export const backoff = (attempts: number): number => Math.min(MAX_BACKOFF, 1000 * 2 ** Math.max(0, attempts - 1));
