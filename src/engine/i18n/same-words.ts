/**
 * Translations allowed to read exactly like the English text. Everything else that equals English is
 * treated as a missing translation (an English fallback) by the tests and `npm run i18n:check`.
 * Keep this short: only words that really are the same in that language.
 */
import type { Locale } from '../types.ts';

/** Language names are written in their own language, the same in every locale, so people find their own. */
const AUTONYMS = ['English', 'Bahasa Melayu', 'Bahasa Indonesia', 'Norsk bokmål', 'Tagalog'];
/** The product's name is not translated (Slack App Home title, Discord command description). */
const BRAND = ['Holdline'];
/** A supervisor's flag line in chat: "id" is the Norwegian and Filipino word too. */
const FLAG_LINE = ['{kind} · {date} · {team} · id {id}'];
/** The contact channel "SMS" is the same abbreviation in every language. */
const SMS = ['SMS'];

export const SAME_AS_ENGLISH: Readonly<Record<Locale, readonly string[]>> = {
  en: [],
  ms: [...AUTONYMS, ...BRAND, ...SMS],
  id: [...AUTONYMS, ...BRAND, ...SMS],
  // "Chat" and "team" are the Norwegian words too.
  nb: [...AUTONYMS, ...BRAND, ...SMS, ...FLAG_LINE, 'Chat', 'team {team}', 'Team'],
  // Filipino agents say "chat", "e-mail", "customer" and "team"; the Tagalog coinages would read as odd.
  tl: [
    ...AUTONYMS,
    ...BRAND,
    ...SMS,
    ...FLAG_LINE,
    'Chat',
    'E-mail',
    'Social media',
    'Customer {hint}.',
    'Customer: {type}',
    'team {team}',
  ],
};

/** Text with no words of its own (only placeholders, numbers and punctuation) is the same in every language. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

/** Whether `translated` may equal the English `english` in `locale`. */
export const mayEqualEnglish = (locale: Locale, english: string, translated: string): boolean =>
  english !== translated || !hasWords(english) || SAME_AS_ENGLISH[locale].includes(english);

/** The `{name}` placeholders of a text, sorted, for comparing a translation with its English source. */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
