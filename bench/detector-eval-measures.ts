/**
 * The issue's measures (#23, round 9), printed the same way for every set and for the
 * cross-validation: false "page at once", hard negatives given a kind, errors per tricky class,
 * and the cross-language figures. Reads only what evaluate() counted.
 */
import type { Measures } from './detector-eval-lib.ts';

const pct = (a: number, n: number): string => (n === 0 ? '   –' : `${((100 * a) / n).toFixed(1)} %`);

export function formatMeasures(m: Measures): string[] {
  const lines = [
    `page at once: ${m.pages} utterances; FALSE page at once: ${m.pagesNotThreat + m.pagesShouldPropose} ` +
      `(${m.pagesNotThreat} not a threat, ${m.pagesShouldPropose} a threat labelled auto:false)`,
  ];
  if (m.autoWanted > 0)
    lines.push(
      `threats labelled auto:true that paged at once: ${m.autoWantedPaged} of ${m.autoWanted} (${pct(m.autoWantedPaged, m.autoWanted)})`,
    );
  lines.push(
    `hard negatives given a kind: ${m.hardNegativesFlagged} of ${m.hardNegatives} (${pct(m.hardNegativesFlagged, m.hardNegatives)})`,
  );
  const classes = Object.entries(m.byClass).sort(([a], [b]) => a.localeCompare(b));
  if (classes.length > 0)
    lines.push(`errors by class (not exactly right): ${classes.map(([c, v]) => `${c} ${v.wrong}/${v.n}`).join(', ')}`);
  if (m.crossLanguage.n > 0)
    lines.push(
      `written in another language than the agent's: ${m.crossLanguage.wrong} of ${m.crossLanguage.n} not exactly right`,
    );
  const written = Object.entries(m.byWritten).sort(([a], [b]) => a.localeCompare(b));
  if (written.some(([l]) => l === 'other') || m.crossLanguage.n > 0)
    lines.push(
      `macro-F1 by the language the customer wrote in: ${written.map(([l, v]) => `${l} ${(100 * v.macroF1).toFixed(1)} (${v.n})`).join(' / ')}`,
    );
  return lines;
}
