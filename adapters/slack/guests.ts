/**
 * Slack guest accounts (issue 18, docs/security.md): a multi-channel (`is_restricted`) or single-channel
 * (`is_ultra_restricted`) guest may not use Holdline unless SLACK_ALLOW_GUESTS is on. Slack's command
 * payload does not say whether the sender is a guest, so users.info is asked once per person and the answer
 * kept for GUEST_CACHE_MS; concurrent commands from the same person share one lookup. A failed lookup is
 * not cached and refuses (fail closed) with "try again": a guest must never slip through an outage.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { LookupCache, withTimeout } from '../../src/app/lookup-cache.ts';
import { safeError } from '../../src/app/safe-error.ts';
import { text } from '../../src/engine/index.ts';
import type { SlackDeps } from './deps.ts';
import type { LocaleCache } from './locale.ts';
import type { WebClient } from './web-client.ts';

/** How long "guest or not" is kept per person: an account's type changes rarely, and only by an admin. */
export const GUEST_CACHE_MS = 10 * 60_000;
/** Longest wait for users.info before a command is answered "try again" (Slack wants an answer within 3 s). */
export const GUEST_LOOKUP_TIMEOUT_MS = 2_000;

/** Whether a Slack user is a guest account, asked once per GUEST_CACHE_MS (concurrent commands share one call). */
export class GuestCache {
  private readonly cache: LookupCache<boolean>;
  constructor(fetch: (user: string) => Promise<boolean>, now: () => number = Date.now) {
    this.cache = new LookupCache(fetch, GUEST_CACHE_MS, now);
  }

  /** Whether `user` (a Slack user id) is a guest account; throws when Slack could not be asked. */
  isGuest(user: string): Promise<boolean> {
    return this.cache.get(user);
  }
}

/**
 * users.info: a guest is `is_restricted` (multi-channel) or `is_ultra_restricted` (single-channel). Asked with
 * the locale, which the locale cache keeps: the command's own language lookup then needs no second call.
 */
export const slackGuestLookup =
  (client: WebClient, locales: LocaleCache) =>
  async (user: string): Promise<boolean> => {
    const res = await client.users.info({ user, include_locale: true });
    locales.remember(user, res.user?.locale);
    return res.user?.is_restricted === true || res.user?.is_ultra_restricted === true;
  };

/**
 * Bolt global middleware: a slash command from a guest is answered with one sentence (whom to ask) and
 * goes no further; nothing is stored. Other requests pass: a guest can reach no session, care or page
 * button without a command first, and the start form opens only from /complaint.
 */
export function refuseGuests(d: SlackDeps, guests: GuestCache): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if (!('command' in args)) return args.next();
    const { command, ack } = args;
    const locale = await d.locales.quick(command.user_id);
    let guest: boolean;
    try {
      guest = await withTimeout(guests.isGuest(command.user_id), GUEST_LOOKUP_TIMEOUT_MS, 'guest lookup');
    } catch (err) {
      d.services.log.warn({ err: safeError(err), user: command.user_id }, 'slack guest lookup failed');
      await ack({ response_type: 'ephemeral', text: text(locale, 'error.internal') });
      return;
    }
    if (!guest) return args.next();
    d.services.log.info({ user: command.user_id }, 'slack command refused: guest account');
    await ack({ response_type: 'ephemeral', text: text(locale, 'slack.guest_not_allowed') });
  };
}
