/** The glossary (issue 20): `npm run i18n:check` fails on a term a fluent-speaker review banned in a locale. */
import { describe, expect, it } from 'vitest';
import { BANNED_TERMS, bannedTermHits } from '../../scripts/glossary-terms.ts';
import { catalogueReport, problemCount } from '../../scripts/i18n-report.ts';
import { catalogueFor } from '../../src/engine/i18n/catalogue.ts';
import type { Locale } from '../../src/engine/types.ts';

/** The real catalogue, with one old translation put back per locale (the fixture). */
const FIXTURE: Partial<Record<Locale, Record<string, string>>> = {
  en: { 'flags.prior': 'Heads up: this customer was flagged {total} time(s) in earlier contacts: {kinds}.' },
  ms: { 'page.title': 'Panggilan Holdline: {agent} memerlukan penyelia' },
  id: { 'kind.vulgarity': 'Kata-kata kasar' },
  nb: { 'page.title': 'Holdline-varsel: {agent} trenger en leder' },
  tl: { 'page.update_taken_over': 'Inako ni {by}.' },
};
const withFixture = (locale: Locale) => ({ ...catalogueFor(locale), ...(FIXTURE[locale] ?? {}) });

describe('glossary check', () => {
  it('passes on the shipped catalogue', () => {
    expect(bannedTermHits(catalogueFor)).toEqual([]);
  });

  it('fails i18n:check on a banned term in each locale, naming the key and the term to use', () => {
    const report = catalogueReport(undefined, withFixture);
    expect(report.banned.map((b) => `${b.locale} ${b.key} ${b.found}`)).toEqual([
      'en flags.prior (s)',
      'ms page.title Panggilan',
      'id kind.vulgarity kasar',
      'nb page.title leder',
      'tl page.update_taken_over Inako ni',
    ]);
    expect(problemCount(report)).toBe(5);
    expect(report.lines).toContain('  nb page.title: "leder" (use: teamleder)');
  });

  it('keeps the words that are right: a phone call, a team leader, a compound', () => {
    const fine: Partial<Record<Locale, Record<string, string>>> = {
      ms: { a: 'tamatkan panggilan telefon dengan selamat' },
      id: { a: 'alihkan panggilan telepon kepada mereka' },
      nb: { a: 'Ring teamlederen din direkte, som terminalleder' },
      tl: { a: 'tapusin nang ligtas ang tawag sa telepono' },
    };
    expect(bannedTermHits((l) => fine[l] ?? {})).toEqual([]);
  });

  it('gives every banned term a replacement and a reason', () => {
    for (const t of BANNED_TERMS) expect(t.use.length * t.reason.length, String(t.term)).toBeGreaterThan(0);
  });
});
