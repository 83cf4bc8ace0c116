/**
 * The language to speak to a Slack user: their own choice (`/language`, stored per person), else their
 * Slack locale (users.info with include_locale), else the team default, else English
 * (AgentService.localeFor, docs/languages.md). The Slack locale is cached per user for an hour (a
 * display preference, not session state: the session freezes its locale); the resolved language for a
 * minute, so another instance's `/language` reaches this one within a minute, and this instance's own
 * `/language` at once (forget).
 */

import { safeError } from '../../src/app/safe-error.ts';
import { type Locale, resolveLocale } from '../../src/engine/index.ts';
import type { Logger } from '../../src/ports.ts';
import type { WebClient } from './web-client.ts';

/** The person's language from their Slack user id and Slack locale tag (AgentService.localeFor). */
export type LocaleResolver = (userId: string, slackLocale: string | undefined) => Promise<Locale>;

const TAG_TTL_MS = 60 * 60_000;
const RESOLVED_TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;

interface Entry {
  /** users.info `locale` (undefined when Slack gave none). */
  readonly tag: string | undefined;
  readonly tagAt: number;
  locale: Locale;
  resolvedAt: number;
}

export class LocaleCache {
  private readonly cache = new Map<string, Entry>();
  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    /** Without one, the Slack locale alone decides (the engine's resolveLocale). */
    private readonly resolve: LocaleResolver = async (_user, tag) => resolveLocale([tag]),
  ) {}

  /**
   * The user's language without calling Slack, for an answer that must be quick (an ack, the error
   * handler): their own choice, their Slack locale if this instance has it, the team default. A choice
   * made where this instance did not see it (the terminal, another instance, before a restart) counts too.
   */
  async quick(userId: string): Promise<Locale> {
    const now = this.now();
    const hit = this.cache.get(userId);
    const tag = hit && now - hit.tagAt < TAG_TTL_MS ? hit : undefined;
    if (tag && now - tag.resolvedAt < RESOLVED_TTL_MS) return tag.locale;
    return this.resolve(userId, tag?.tag);
  }

  /** The user's language: their own choice, their Slack locale, the team default, English. */
  async of(userId: string): Promise<Locale> {
    const now = this.now();
    const hit = this.cache.get(userId);
    if (hit && now - hit.tagAt < TAG_TTL_MS) {
      if (now - hit.resolvedAt < RESOLVED_TTL_MS) return hit.locale;
      hit.locale = await this.resolve(userId, hit.tag);
      hit.resolvedAt = now;
      return hit.locale;
    }
    let tag: string | undefined;
    try {
      const res = await this.client.users.info({ user: userId, include_locale: true });
      tag = res.user?.locale;
    } catch (err) {
      // Not worth failing a request over: the stored choice or the team default still apply (not cached).
      this.log.warn({ err: safeError(err), user: userId }, 'slack locale lookup failed');
      return this.resolve(userId, undefined);
    }
    const locale = await this.resolve(userId, tag);
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(userId, { tag, tagAt: now, locale, resolvedAt: now });
    return locale;
  }

  /** A users.info answer (with include_locale) fetched elsewhere (the guest check): kept, so `of` needs no call. */
  remember(userId: string, tag: string | undefined): void {
    if (this.cache.has(userId)) return;
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    const now = this.now();
    this.cache.set(userId, { tag, tagAt: now, locale: resolveLocale([tag]), resolvedAt: Number.NEGATIVE_INFINITY });
  }

  /** The user changed their own choice (`/language`): the next `of` resolves again (the Slack locale is kept). */
  forget(userId: string): void {
    const hit = this.cache.get(userId);
    if (hit) hit.resolvedAt = Number.NEGATIVE_INFINITY;
  }
}
