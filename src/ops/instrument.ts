/**
 * Counting without touching the app: the deliveries adapters register are wrapped here (main.ts), so
 * page results and platform 429s are counted where they happen, and each delivery attempt counts as the
 * runner making progress (a long outbox drain is not a stuck runner).
 */
import { DeliveryError, type EffectDelivery } from '../ports.ts';
import type { CareDelivery } from '../ports-care.ts';
import type { OpsMetrics, PageResult } from './metrics.ts';

const resultOf = (err: unknown): PageResult =>
  err instanceof DeliveryError && err.retryAfterMs !== undefined
    ? 'rate_limited'
    : err instanceof DeliveryError && !err.retryable
      ? 'rejected'
      : 'failed';

const rateLimited = (err: unknown) => err instanceof DeliveryError && err.retryAfterMs !== undefined;

export function instrumentDelivery(
  surface: string,
  d: EffectDelivery,
  m: OpsMetrics,
  progress: () => void,
): EffectDelivery {
  const wrapped: EffectDelivery = {
    async deliver(item, session) {
      try {
        const receipt = await d.deliver(item, session);
        if (item.effect.type === 'page') m.pageDeliveries.inc({ surface, result: 'sent' });
        return receipt;
      } catch (err) {
        if (item.effect.type === 'page') m.pageDeliveries.inc({ surface, result: resultOf(err) });
        if (rateLimited(err)) m.platform429.inc({ surface });
        throw err;
      } finally {
        progress();
      }
    },
  };
  const findSent = d.findSent?.bind(d);
  return findSent ? { ...wrapped, findSent } : wrapped;
}

export function instrumentCare(surface: string, d: CareDelivery, m: OpsMetrics, progress: () => void): CareDelivery {
  return {
    async deliverCare(item) {
      try {
        await d.deliverCare(item);
      } catch (err) {
        if (rateLimited(err)) m.platform429.inc({ surface });
        throw err;
      } finally {
        progress();
      }
    },
  };
}
