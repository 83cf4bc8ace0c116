/**
 * Prints precision, recall and F1 per kind and per language for the detector, set by set.
 *
 * Sets are either TUNED ON (the lexicons were changed while looking at their misses) or HELD
 * OUT (written and committed before the tuning round they measure, never looked at while
 * tuning). Only held-out figures estimate how the detector does on text nobody tuned for.
 * `--misses` lists misses for the tuned sets only: printing a held-out set's misses would
 * invite tuning on it.
 *
 * Run: npm run eval:detector [-- --misses]
 */
import { INCIDENT_KINDS, LOCALES } from '../src/engine/types.ts';
import { evaluate, FIXTURE_SETS, loadFixture, type Report } from './detector-eval-lib.ts';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function print(title: string, r: Report, showMisses: boolean): void {
  console.log(`\n## ${title} (${r.size} utterances)\n`);
  console.log('kind                 precision  recall     F1   tp  fp  fn');
  for (const k of INCIDENT_KINDS) {
    const p = r.perKind[k];
    console.log(
      `${k.padEnd(20)} ${pct(p.precision)}  ${pct(p.recall)} ${pct(p.f1)} ${String(p.tp).padStart(4)}${String(p.fp).padStart(4)}${String(p.fn).padStart(4)}`,
    );
  }
  console.log('\nlocale   n   micro-P  micro-R  micro-F1  macro-F1');
  for (const l of LOCALES) {
    const p = r.perLocale[l];
    console.log(
      `${l.padEnd(5)} ${String(p.size).padStart(4)}  ${pct(p.micro.precision)}   ${pct(p.micro.recall)}   ${pct(p.micro.f1)}    ${pct(p.macroF1)}`,
    );
  }
  console.log(`\nmacro-F1 (mean over the six kinds): ${pct(r.macroF1)}`);
  console.log(`physical_threat recall: ${pct(r.perKind.physical_threat.recall)}`);
  console.log(`exact match (all kinds right): ${pct(r.exactMatch)}`);
  if (showMisses && r.misses.length > 0) {
    console.log('\nmisses:');
    for (const m of r.misses)
      console.log(
        `  [${m.item.locale}] want=${m.item.kinds.join(',') || '-'} got=${m.got.join(',') || '-'}  ${m.item.text}`,
      );
  }
}

const verbose = process.argv.includes('--misses');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
for (const set of FIXTURE_SETS) {
  if (only !== undefined && set.group !== only) continue;
  const items = set.files.flatMap(loadFixture);
  const tag = set.group === 'tuned' ? 'TUNED ON' : 'HELD OUT, never tuned on';
  print(`[${tag}] ${set.title}`, evaluate(items), verbose && set.group === 'tuned');
  if (set.firstRun !== undefined) console.log(`first run (before any tuning touched this set): ${set.firstRun}`);
}
console.log(
  "\nHonest estimate for unseen text: each held-out set's FIRST-run figures (above and in docs/detector.md); " +
    'the latest, heldout4 (written after the last tuning round), is the cleanest.',
);
