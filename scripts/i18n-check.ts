/**
 * `npm run i18n:check`: a report on the catalogue, for translators. Lists per locale the English keys
 * still missing, translations whose placeholders differ from the English, and translations that are
 * just the English text (not allow-listed); then the keys no code uses. It reports and exits 0: the
 * tests (tests/engine/i18n-*.test.ts) are what fail the build.
 *
 * "Used" means the key appears as a string literal in src/ or adapters/ (outside the catalogue), or
 * starts with a prefix the code builds keys from, like `kind.${session.kind}`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueFor, type MessageKey } from '../src/engine/i18n/catalogue.ts';
import { mayEqualEnglish, placeholders } from '../src/engine/i18n/same-words.ts';
import { LOCALES } from '../src/engine/types.ts';

const root = join(import.meta.dirname, '..');
const catalogueDir = join(root, 'src', 'engine', 'i18n');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === catalogueDir ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const code = ['src', 'adapters'].flatMap((d) => sources(join(root, d))).map((f) => readFileSync(f, 'utf8'));
const text = code.join('\n');
/** Prefixes of keys built at run time: `kind.${...}` gives "kind.", `step.${which}.title` gives "step.". */
const prefixes = new Set([...text.matchAll(/`([a-z_]+(?:\.[a-z_]+)*\.)\$\{/g)].map((m) => m[1] ?? ''));
const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => text.includes(q));

const en = catalogueFor('en');
const keys = Object.keys(en) as MessageKey[];
const lines: string[] = [`Catalogue check: ${keys.length} English keys, ${code.length} source files scanned.`, ''];

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  const cat = catalogueFor(locale);
  const missing = keys.filter((k) => cat[k] === undefined);
  const badPlaceholders = keys.filter(
    (k) => cat[k] !== undefined && placeholders(cat[k] ?? '').join() !== placeholders(en[k] ?? '').join(),
  );
  const asEnglish = keys.filter((k) => cat[k] !== undefined && !mayEqualEnglish(locale, en[k] ?? '', cat[k] ?? ''));
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
lines.push(unused.length === 0 ? 'Unused keys: none.' : `Unused keys (${unused.length}), not referenced by the code:`);
lines.push(...unused.map((k) => `  ${k}`));
process.stdout.write(`${lines.join('\n')}\n`);
