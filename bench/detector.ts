/**
 * Utterances per second: Holdline's detect() beside obscenity's bare matcher, on the same inputs, in
 * one run. Inputs: every utterance of the development sets dev.jsonl and holdout.jsonl in all five
 * languages (each detected under its own locale; `--en` for the English ones only, the figure before
 * issue 19). The detector does more (five languages, six kinds, negation, offsets), so the ratio says
 * what that costs. Rounds alternate between the two (and a second tree's detector when given) so
 * that a loaded machine slows them alike; each round runs about `--seconds` / rounds.
 *   npx tsx bench/detector.ts [--en] [--seconds 6] [--rounds 3] [--other /path/to/other/tree]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { detect } from '../src/engine/detector/index.ts';
import type { Locale } from '../src/engine/types.ts';
import { loadFixture } from './detector-eval-lib.ts';

const { values } = parseArgs({
  options: {
    en: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    other: { type: 'string' },
  },
});
const inputs = [...loadFixture('dev.jsonl'), ...loadFixture('holdout.jsonl')].filter(
  (u) => !values.en || u.locale === 'en',
);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

type Detect = (text: string, locale: Locale) => { kinds: readonly unknown[] };
const contenders: [string, (text: string, locale: Locale) => boolean][] = [
  ['obscenity RegExpMatcher.hasMatch', (t) => matcher.hasMatch(t)],
  ['Holdline detect(text, locale)', (t, l) => detect(t, l).kinds.length > 0],
];
if (values.other) {
  const other = (await import(join(values.other, 'src/engine/detector/index.ts'))) as { detect: Detect };
  contenders.push([`detect() of ${values.other}`, (t, l) => other.detect(t, l).kinds.length > 0]);
}

const budget = (Number(values.seconds) * 1000) / Number(values.rounds) / contenders.length;
const counts = contenders.map(() => 0);
const times = contenders.map(() => 0);
let sink = 0;
for (const [, fn] of contenders) for (const u of inputs) sink += fn(u.text, u.locale) ? 1 : 0; // warm-up
for (let r = 0; r < Number(values.rounds); r++) {
  contenders.forEach(([, fn], c) => {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < budget) {
      for (const u of inputs) sink += fn(u.text, u.locale) ? 1 : 0;
      n += inputs.length;
    }
    counts[c] = (counts[c] ?? 0) + n;
    times[c] = (times[c] ?? 0) + (performance.now() - t0);
  });
}

const langs = [...new Set(inputs.map((u) => u.locale))].join(', ');
console.log(`${inputs.length} utterances (${langs}) from tests/fixtures/detector, Node ${process.version}\n`);
const rates = contenders.map(([label], c) => {
  const perSecond = ((counts[c] ?? 0) / (times[c] ?? 1)) * 1000;
  console.log(`${label.padEnd(48)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} utterances/s`);
  return perSecond;
});
const base = rates[0] ?? 1;
console.log('');
for (let c = 1; c < rates.length; c++)
  console.log(`ratio: ${contenders[c]?.[0]} runs at ${((rates[c] ?? 0) / base).toFixed(3)}x obscenity's bare matcher`);
console.log(`(checksum ${sink})`);
