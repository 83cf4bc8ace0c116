/**
 * The catalogue report behind `npm run i18n:check` (scripts/i18n-check.ts) and its test
 * (tests/engine/i18n-unused.test.ts): per locale the English keys still missing, translations whose
 * placeholders differ from the English, translations that are just the English text (not
 * allow-listed); then the keys no code uses.
 *
 * "Used" means the key appears as a string literal in src/ or adapters/ (outside the catalogue), or
 * starts with the static prefix of a template literal the code builds keys from, like
 * `kind.${session.kind}` ("kind.") or `care.option_${id}` ("care.option_").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueFor, type MessageKey } from '../src/engine/i18n/catalogue.ts';
import { mayEqualEnglish, placeholders } from '../src/engine/i18n/same-words.ts';
import { LOCALES, type Locale } from '../src/engine/types.ts';
import { type BannedHit, bannedTermHits } from './glossary-terms.ts';

export const ROOT = join(import.meta.dirname, '..');

function sources(dir: string, skip: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === skip ? [] : sources(path, skip);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Static prefixes of keys built at run time: the text of a template literal up to its first `${`,
 * when it looks like the start of a key (lower-case words with at least one dot). `kind.${k}` gives
 * "kind.", `step.${which}.title` gives "step.", `checkin.saved_${v}` gives "checkin.saved_".
 */
export function keyPrefixes(code: string): Set<string> {
  return new Set([...code.matchAll(/`([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.[a-z0-9_]*)\$\{/g)].map((m) => m[1] ?? ''));
}

export interface CatalogueReport {
  readonly lines: readonly string[];
  readonly missing: number;
  readonly badPlaceholders: number;
  readonly asEnglish: number;
  readonly unused: readonly MessageKey[];
  /** Translations that still use a term the glossary bans in their locale (docs/glossary.md). */
  readonly banned: readonly BannedHit[];
}

/** How many problems make `npm run i18n:check` fail. */
export const problemCount = (r: CatalogueReport): number =>
  r.missing + r.badPlaceholders + r.asEnglish + r.unused.length + r.banned.length;

export function catalogueReport(
  root = ROOT,
  catalogueOf: (locale: Locale) => Readonly<Record<string, string | undefined>> = catalogueFor,
): CatalogueReport {
  const catalogueDir = join(root, 'src', 'engine', 'i18n');
  const files = ['src', 'adapters'].flatMap((d) => sources(join(root, d), catalogueDir));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const prefixes = keyPrefixes(text);
  const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => text.includes(q));

  const en = catalogueFor('en');
  const keys = Object.keys(en) as MessageKey[];
  const lines: string[] = [`Catalogue check: ${keys.length} English keys, ${files.length} source files scanned.`, ''];
  let missingTotal = 0;
  let badTotal = 0;
  let englishTotal = 0;
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const cat = catalogueFor(locale);
    const missing = keys.filter((k) => cat[k] === undefined);
    const badPlaceholders = keys.filter(
      (k) => cat[k] !== undefined && placeholders(cat[k] ?? '').join() !== placeholders(en[k] ?? '').join(),
    );
    const asEnglish = keys.filter((k) => cat[k] !== undefined && !mayEqualEnglish(locale, en[k] ?? '', cat[k] ?? ''));
    missingTotal += missing.length;
    badTotal += badPlaceholders.length;
    englishTotal += asEnglish.length;
    lines.push(`${locale}: ${keys.length - missing.length}/${keys.length} translated`);
    for (const [label, list] of [
      ['missing', missing],
      ['placeholders differ from English', badPlaceholders],
      ['same as English (not allow-listed)', asEnglish],
    ] as const)
      if (list.length > 0) lines.push(`  ${label} (${list.length}):`, ...list.map((k) => `    ${k}`));
  }

  const unused = keys.filter((k) => !quoted(k) && ![...prefixes].some((p) => k.startsWith(p)));
  lines.push('', `Dynamic key prefixes found in the code: ${[...prefixes].sort().join(' ')}`);
  lines.push(
    unused.length === 0 ? 'Unused keys: none.' : `Unused keys (${unused.length}), not referenced by the code:`,
  );
  lines.push(...unused.map((k) => `  ${k}`));
  const banned = bannedTermHits(catalogueOf);
  lines.push(
    banned.length === 0
      ? 'Banned glossary terms: none.'
      : `Banned glossary terms (${banned.length}), see docs/glossary.md:`,
    ...banned.map((b) => `  ${b.locale} ${b.key}: "${b.found}" (use: ${b.use})`),
  );
  return { lines, missing: missingTotal, badPlaceholders: badTotal, asEnglish: englishTotal, unused, banned };
}
