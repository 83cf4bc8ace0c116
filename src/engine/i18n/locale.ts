/**
 * Which language a person gets. Pure: the callers pass what they know, most specific first.
 *
 * Order used by the adapters: the person's own `/language` choice (stored per agent), the platform's
 * locale for that person (Slack users.info `locale`, e.g. `ms-MY`; Discord `interaction.locale`, e.g.
 * `id`, `no`), the team default (HOLDLINE_LOCALE), then English.
 */
import { LOCALES, type Locale } from '../types.ts';

/**
 * Language subtags (lower case) that map to a shipped locale. Regional variants share their language:
 * `ms-MY`, `ms-BN`, `ms-SG` → ms; `fil-PH` → tl (Filipino is standardised Tagalog).
 * `no` (Discord's and Slack's code for Norwegian) → nb. `nn` (Nynorsk) → nb as well: every Norwegian
 * reader reads bokmål, and bokmål is far closer than the English fallback. `in` is the old Java/ISO
 * code for Indonesian, still sent by some Android clients.
 */
const LANGUAGE_TO_LOCALE: Readonly<Record<string, Locale>> = {
  en: 'en',
  ms: 'ms',
  zsm: 'ms',
  id: 'id',
  in: 'id',
  nb: 'nb',
  no: 'nb',
  nn: 'nb',
  tl: 'tl',
  fil: 'tl',
};

/**
 * The shipped locale for one tag (`ms-MY`, `nb_NO.UTF-8`, `fil`, `NO`), or null when the language is not
 * one Holdline speaks (so the caller moves on to the next candidate).
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (typeof tag !== 'string') return null;
  const language =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return LANGUAGE_TO_LOCALE[language] ?? null;
}

/** The first candidate Holdline speaks, most specific first; English when none is. */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    const locale = matchLocale(c);
    if (locale !== null) return locale;
  }
  return 'en';
}

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
