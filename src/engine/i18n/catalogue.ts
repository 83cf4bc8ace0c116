import type { Locale } from '../types.ts';
import { en, type MessageKey } from './en/index.ts';
import { id } from './id/index.ts';
import { ms } from './ms/index.ts';
import { nb } from './nb/index.ts';
import { tl } from './tl/index.ts';

export type { MessageKey };
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type PartialCatalogue = Readonly<Partial<Record<MessageKey, string>>>;
export type Params = Readonly<Record<string, string | number>>;

/**
 * Translations by locale. English is complete by type; the others may lag behind a new English key
 * (tests/engine/i18n.test.ts fails until it is translated) and fall back to English meanwhile.
 */
const catalogues: Readonly<Record<Locale, PartialCatalogue>> = { en, ms, id, nb, tl };

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

export const catalogueFor = (locale: Locale): PartialCatalogue => catalogues[locale];

/** The text for `key` in `locale`, falling back to English; `{name}` placeholders are filled from params. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogues[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export type Translator = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translator =>
  (key, params) =>
    translate(locale, key, params);
