/**
 * Language identification on short texts (round 9): leave-one-set-out over the tuned sets (the
 * table trained on every other set, the left-out one identified), accuracy per language for all
 * utterances and for short ones (≤ 8 words), without and with the agent's locale as prior.
 * Held-out sets are never read. Run: npx tsx bench/langid.ts
 */
import { identify, LANGS, trainLangId } from '../src/engine/detector/langid.ts';
import type { Locale } from '../src/engine/types.ts';
import { FIXTURE_SETS, type Labelled, loadFixture } from './detector-eval-lib.ts';

const sets = FIXTURE_SETS.filter((s) => s.group === 'tuned').map((s) => s.files.flatMap(loadFixture));
const written = (u: Labelled): Locale | 'other' => u.lang ?? u.locale;
const docs = (items: readonly Labelled[]) =>
  items.flatMap((u) => {
    const lang = written(u);
    return lang === 'other' ? [] : [{ text: u.text, lang }];
  });

type Tally = Map<string, [number, number]>;
const bump = (t: Tally, key: string, ok: boolean) => {
  const c = t.get(key) ?? [0, 0];
  t.set(key, [c[0] + (ok ? 1 : 0), c[1] + 1]);
};
const tallies = { all: new Map(), short: new Map(), allPrior: new Map(), shortPrior: new Map() } as Record<
  string,
  Tally
>;
const confusion = new Map<string, number>();
let otherRight = 0;
let otherN = 0;
sets.forEach((left, i) => {
  const table = trainLangId(docs(sets.filter((_, j) => j !== i).flat()));
  for (const u of left) {
    const want = written(u);
    const short = u.text.split(/\s+/).length <= 8;
    const plain = identify(table, u.text);
    const prior = identify(table, u.text, u.locale);
    if (want === 'other') {
      otherN++;
      if (plain.best === 'other') otherRight++;
      continue;
    }
    for (const [name, guess] of [
      ['', plain],
      ['Prior', prior],
    ] as const) {
      bump(tallies[`all${name}`] as Tally, want, guess.best === want);
      if (short) bump(tallies[`short${name}`] as Tally, want, guess.best === want);
    }
    if (prior.best !== want) confusion.set(`${want}→${prior.best}`, (confusion.get(`${want}→${prior.best}`) ?? 0) + 1);
  }
});
const fmt = (t: Tally): string => {
  let ok = 0;
  let n = 0;
  const parts = LANGS.map((l) => {
    const [a, b] = t.get(l) ?? [0, 0];
    ok += a;
    n += b;
    return `${l} ${((100 * a) / (b || 1)).toFixed(1)} (${b})`;
  });
  return `${((100 * ok) / (n || 1)).toFixed(1)}: ${parts.join(' / ')}`;
};
console.log('leave-one-set-out over the tuned sets; accuracy % (utterances)');
console.log(`all utterances, no prior          ${fmt(tallies.all as Tally)}`);
console.log(`≤ 8 words, no prior               ${fmt(tallies.short as Tally)}`);
console.log(`all utterances, agent locale prior ${fmt(tallies.allPrior as Tally)}`);
console.log(`≤ 8 words, agent locale prior      ${fmt(tallies.shortPrior as Tally)}`);
console.log(`'other' (none of ours) recognised: ${otherRight} of ${otherN}`);
console.log(`confusions with the prior: ${[...confusion].map(([k, v]) => `${k} ${v}`).join(', ')}`);
