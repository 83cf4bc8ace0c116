/**
 * Per-recipient page delivery (docs/paging.md, "per-recipient delivery"), shared by the Slack and Discord
 * adapters: every recipient of a page is tried on its own, a few at a time, so one that cannot be reached
 * (DMs closed, user gone, bot not in the channel) or one whose platform call stalls never holds up another.
 *
 * What the attempt then amounts to:
 * - somebody reached, nobody failing for a reason that may pass → delivered; the unreachable are recorded
 *   in the receipt (and shown on the channel post by the adapter);
 * - somebody reached, somebody failing transiently → retried (the adapter skips who already has it), up to
 *   PARTIAL_ATTEMPTS, then delivered with the rest recorded as `failing`; the agent is not told, since a
 *   supervisor has the page;
 * - nobody reached and every failure permanent → given up at once, so the agent is told to call directly;
 * - nobody reached, some failure transient → retried as any delivery (the agent hears after 3 attempts).
 */
import { DeliveryError, type OutboxItem, type Unreachable, type UnreachableReason } from '../ports.ts';

/** Recipients of one page tried at the same time. */
export const RECIPIENT_CONCURRENCY = 4;
/** Attempts of a partly delivered page before the recipients still failing are recorded as unreachable. */
export const PARTIAL_ATTEMPTS = 3;

export type Reach<R> =
  | { readonly to: string; readonly ok: true; readonly refs: readonly R[] }
  | { readonly to: string; readonly ok: false; readonly reason: UnreachableReason | null; readonly error: unknown };

/**
 * Runs `send` for every target, at most `limit` at once, in the order given (channels first). `classify`
 * names a permanent failure's reason, or null when retrying may help. `send` may return several refs
 * (a group expanded into its members) or none (nothing to post for that target).
 */
export async function reachEach<R>(
  targets: readonly string[],
  send: (to: string) => Promise<readonly R[]>,
  classify: (err: unknown) => UnreachableReason | null,
  limit = RECIPIENT_CONCURRENCY,
): Promise<Reach<R>[]> {
  const out: Reach<R>[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < targets.length; i = next++) {
      const to = targets[i] as string;
      try {
        out[i] = { to, ok: true, refs: await send(to) };
      } catch (error) {
        out[i] = { to, ok: false, reason: classify(error), error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, targets.length) }, worker));
  return out;
}

export interface Settled<R> {
  readonly refs: R[];
  readonly missed: Unreachable[];
}

/**
 * What the attempt amounts to (see the top of this file): the refs and the unreachable, or a DeliveryError
 * to retry or to give up. `toError` turns a platform error into a DeliveryError (429 Retry-After kept).
 */
export function settle<R>(
  item: OutboxItem,
  results: readonly Reach<R>[],
  toError: (err: unknown) => DeliveryError,
): Settled<R> {
  const refs = results.flatMap((r) => (r.ok ? [...r.refs] : []));
  const reached = results.some((r) => r.ok && r.refs.length > 0);
  const failing = results.filter((r) => !r.ok && r.reason === null);
  const missed: Unreachable[] = results.flatMap((r) =>
    r.ok ? [] : r.reason !== null ? [{ to: r.to, unreachable: r.reason }] : [],
  );
  const first = failing[0];
  if (first !== undefined && !first.ok && (!reached || item.attempts < PARTIAL_ATTEMPTS)) {
    const e = toError(first.error);
    const who = failing.map((f) => f.to).join(', ');
    throw new DeliveryError(`${e.message} (for ${who})`, e.retryAfterMs, true, reached);
  }
  for (const f of failing) missed.push({ to: f.to, unreachable: 'failing' });
  if (!reached) {
    const why = missed.map((m) => `${m.to}: ${m.unreachable}`).join(', ') || 'no recipient on this surface';
    throw new DeliveryError(`nobody could be reached (${why})`, undefined, false);
  }
  return { refs, missed };
}
