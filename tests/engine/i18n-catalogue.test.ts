/**
 * Every English key is translated in every shipped locale, with the same placeholders and the same
 * "…" gaps the agent fills in, and no translation is just the English text (unless allow-listed).
 * New English keys (any file spread into en/index.ts) fail here until they are translated.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor, type MessageKey } from '../../src/engine/i18n/catalogue.ts';
import { mayEqualEnglish, placeholders } from '../../src/engine/i18n/same-words.ts';
import { LOCALES } from '../../src/engine/index.ts';

const en = catalogueFor('en');
const keys = Object.keys(en) as MessageKey[];
const gaps = (text: string) => text.split('…').length - 1;

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  describe(`catalogue ${locale}`, () => {
    const cat = catalogueFor(locale);

    it('translates every English key', () => {
      expect(keys.filter((k) => cat[k] === undefined)).toEqual([]);
    });

    it('keeps every {placeholder} of the English text, and no others', () => {
      const wrong = keys.filter((k) => {
        const text = cat[k];
        return text !== undefined && placeholders(text).join() !== placeholders(en[k] ?? '').join();
      });
      expect(wrong).toEqual([]);
    });

    it('keeps the "…" gaps the agent fills in', () => {
      expect(keys.filter((k) => cat[k] !== undefined && gaps(cat[k] ?? '') !== gaps(en[k] ?? ''))).toEqual([]);
    });

    it('does not leave English text in place of a translation', () => {
      expect(keys.filter((k) => !mayEqualEnglish(locale, en[k] ?? '', cat[k] ?? ''))).toEqual([]);
    });

    // Tagalog marks politeness grammatically: every sentence to a customer carries "po".
    it.runIf(locale === 'tl')('says "po" in every phrase to a customer', () => {
      expect(keys.filter((k) => k.startsWith('say.') && !/\bpo\b/.test(cat[k] ?? ''))).toEqual([]);
    });
    // …and a call centre pairs "po" with "Sir/Ma’am" (issue 20's glossary review); the line that brings a
    // talkative customer back uses their name instead.
    it.runIf(locale === 'tl')('pairs "po" with "Sir/Ma’am" in every phrase to a customer but the one by name', () => {
      expect(
        keys.filter((k) => k.startsWith('say.') && k !== 'say.ctype.by_name' && !(cat[k] ?? '').includes('Sir/Ma’am')),
      ).toEqual([]);
    });
  });
}

describe('allow-list of words equal to English', () => {
  it('lets through only listed words and text without words', () => {
    expect(mayEqualEnglish('nb', 'Chat', 'Chat')).toBe(true);
    expect(mayEqualEnglish('ms', 'Chat', 'Chat')).toBe(false);
    expect(mayEqualEnglish('ms', '{kind} · {channel}', '{kind} · {channel}')).toBe(true);
    expect(mayEqualEnglish('tl', 'Close', 'Close')).toBe(false);
  });
});
