/**
 * The agent's Slack locale (users.info with include_locale) mapped to a Holdline locale. Cached per
 * user for an hour: it is a display preference, not session state (the session freezes its locale).
 */

import type { Locale } from '../../src/engine/index.ts';
import type { Logger } from '../../src/ports.ts';
import type { WebClient } from './web-client.ts';

/** ms-MY→ms, id-ID→id, nb-NO/no→nb, fil/tl→tl, anything else→en. */
export function mapSlackLocale(tag: string | undefined): Locale {
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (lang === 'ms') return 'ms';
  if (lang === 'id' || lang === 'in') return 'id';
  if (lang === 'nb' || lang === 'no' || lang === 'nn') return 'nb';
  if (lang === 'fil' || lang === 'tl') return 'tl';
  return 'en';
}

const TTL_MS = 60 * 60_000;
const MAX_ENTRIES = 5_000;

export class LocaleCache {
  private readonly cache = new Map<string, { locale: Locale; at: number }>();
  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached locale without a Web API call, or null. */
  known(userId: string): Locale | null {
    const hit = this.cache.get(userId);
    return hit && this.now() - hit.at < TTL_MS ? hit.locale : null;
  }

  async of(userId: string): Promise<Locale> {
    const known = this.known(userId);
    if (known) return known;
    try {
      const res = await this.client.users.info({ user: userId, include_locale: true });
      const locale = mapSlackLocale(res.user?.locale);
      if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
      this.cache.set(userId, { locale, at: this.now() });
      return locale;
    } catch (err) {
      // Not worth failing a request over: English is always complete.
      this.log.warn({ err: String(err), user: userId }, 'slack locale lookup failed; using en');
      return 'en';
    }
  }
}
