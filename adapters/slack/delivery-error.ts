/** Web API failures as DeliveryErrors: 429 → retry after Retry-After; errors retrying cannot fix → give up. */
import { DeliveryError } from '../../src/ports.ts';

/** Errors retrying cannot fix (the channel or user is gone, the message is invalid). */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'user_not_found',
  'account_inactive',
  'cannot_dm_bot',
  'invalid_blocks',
  'msg_too_long',
]);

export function asDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { code?: unknown; retryAfter?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number')
    return new DeliveryError(`slack rate limited: ${message}`, e.retryAfter * 1000);
  const platform = platformErrorOf(err);
  if (platform !== undefined) return new DeliveryError(`slack: ${platform}`, undefined, !PERMANENT.has(platform));
  return new DeliveryError(`slack: ${message}`);
}

const platformErrorOf = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : undefined;
};
