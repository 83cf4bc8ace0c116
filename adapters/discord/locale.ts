import type { Locale } from '../../src/engine/index.ts';

/**
 * Discord's locale (the agent's client language, e.g. `en-US`, `no`, `id`) → Holdline's Locale.
 * Discord ships no Malay or Filipino locale today; `ms` and `tl`/`fil` are mapped anyway so they
 * work the day it does (and for clients that send them).
 */
export function holdlineLocale(discordLocale: unknown): Locale {
  // Typed as a string by discord.js, but it is whatever the payload carried (the fuzz test sends numbers).
  const lang = (typeof discordLocale === 'string' ? discordLocale : '').toLowerCase().split(/[-_]/)[0];
  switch (lang) {
    case 'no':
    case 'nb':
    case 'nn':
      return 'nb';
    case 'id':
      return 'id';
    case 'ms':
      return 'ms';
    case 'tl':
    case 'fil':
      return 'tl';
    default:
      return 'en';
  }
}
