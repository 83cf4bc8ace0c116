/**
 * Utterances per second: Holdline's detect() beside obscenity's bare matcher, on the same
 * English inputs, in one run. The detector does more (five kinds, negation, offsets), so the
 * ratio says what that costs. Run: npx tsx bench/detector.ts
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { detect } from '../src/engine/detector/index.ts';
import { loadFixture } from './detector-eval-lib.ts';

const inputs = [...loadFixture('dev.jsonl'), ...loadFixture('holdout.jsonl')]
  .filter((u) => u.locale === 'en')
  .map((u) => u.text);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

function rate(label: string, fn: (text: string) => unknown): number {
  let sink = 0;
  for (let i = 0; i < 200; i++) for (const t of inputs) sink += fn(t) ? 1 : 0; // warm-up
  const rounds = 2_000;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of inputs) sink += fn(t) ? 1 : 0;
  const seconds = (performance.now() - t0) / 1000;
  const perSecond = (rounds * inputs.length) / seconds;
  console.log(
    `${label.padEnd(42)} ${Math.round(perSecond).toLocaleString('en').padStart(12)} utterances/s  (checksum ${sink})`,
  );
  return perSecond;
}

console.log(`${inputs.length} English utterances from tests/fixtures/detector, Node ${process.version}\n`);
const baseline = rate('obscenity RegExpMatcher.hasMatch', (t) => matcher.hasMatch(t));
const ours = rate("Holdline detect(text, 'en')", (t) => detect(t, 'en').kinds.length > 0);
console.log(
  `\nratio: detect() runs at ${(ours / baseline).toFixed(3)}x obscenity's bare matcher (${(baseline / ours).toFixed(1)}x slower)`,
);
