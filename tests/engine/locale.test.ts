/** Choosing a person's language from what the platforms send, and formatting times for them. */
import { describe, expect, it } from 'vitest';
import { formatDateTime, isTimeZone, matchLocale, resolveLocale } from '../../src/engine/index.ts';

describe('matchLocale', () => {
  it.each([
    ['ms-MY', 'ms'],
    ['ms_BN', 'ms'],
    ['id-ID', 'id'],
    ['id', 'id'],
    ['in', 'id'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['NO', 'nb'],
    ['nn-NO', 'nb'],
    ['fil-PH', 'tl'],
    ['fil', 'tl'],
    ['tl', 'tl'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['ms_MY.UTF-8', 'ms'],
  ])('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it.each([['de-DE'], ['zh-CN'], [''], ['  '], [null], [undefined], ['msx']])('%s → null', (tag) => {
    expect(matchLocale(tag)).toBeNull();
  });
});

describe('resolveLocale', () => {
  it('takes the first candidate Holdline speaks, in order: own choice, platform, team default', () => {
    expect(resolveLocale(['tl', 'ms-MY', 'nb'])).toBe('tl');
    expect(resolveLocale([null, 'ms-MY', 'nb'])).toBe('ms');
    expect(resolveLocale([null, 'de-DE', 'nb'])).toBe('nb');
    expect(resolveLocale([undefined, undefined, 'id'])).toBe('id');
  });

  it('falls back to English when nothing matches', () => {
    expect(resolveLocale([])).toBe('en');
    expect(resolveLocale([null, 'fr-FR', 'ja'])).toBe('en');
  });

  it('lets a platform that says English win over the team default (the person chose English)', () => {
    expect(resolveLocale([null, 'en-US', 'ms'])).toBe('en');
  });
});

describe('formatDateTime', () => {
  const at = Date.UTC(2026, 10, 23, 9, 5); // 23 November 2026, 09:05 UTC

  it('shows the time in the given zone', () => {
    expect(formatDateTime(at, 'nb', 'Europe/Oslo')).toContain('10:05');
    expect(formatDateTime(at, 'en', 'UTC')).toContain('09:05');
    expect(formatDateTime(at, 'id', 'Asia/Jakarta')).toContain('16.05');
  });

  it('uses the language’s own date format', () => {
    expect(formatDateTime(at, 'en', 'Europe/London')).toMatch(/^23 Nov 2026, 09:05/);
    expect(formatDateTime(at, 'nb', 'Europe/Oslo')).toMatch(/^23\. nov\. 2026/);
    expect(formatDateTime(at, 'tl', 'Asia/Manila')).toMatch(/Nob 23, 2026/);
    expect(formatDateTime(at, 'ms', 'Asia/Kuala_Lumpur')).toMatch(/23 Nov 2026/);
  });

  it('falls back to UTC for a zone Intl does not know, instead of failing the message', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(formatDateTime(at, 'en', 'Mars/Olympus_Mons')).toContain('09:05');
  });
});
