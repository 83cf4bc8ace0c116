/**
 * `npm run i18n:check`: the catalogue report for translators (scripts/i18n-report.ts). Exits 1 when
 * a key is missing in a locale, a translation's placeholders differ from the English, a translation
 * is the English text (not allow-listed), a key is used by no code, or a translation uses a term the
 * glossary bans in its locale (scripts/glossary-terms.ts, docs/glossary.md); 0 when the catalogue is clean.
 * The same checks run in `npm test` (tests/engine/i18n-catalogue.test.ts, tests/engine/i18n-unused.test.ts).
 */
import { catalogueReport, problemCount } from './i18n-report.ts';

const report = catalogueReport();
process.stdout.write(`${report.lines.join('\n')}\n`);
const problems = problemCount(report);
if (problems > 0) {
  process.stdout.write(`\n${problems} problem(s) in the catalogue.\n`);
  process.exitCode = 1;
}
