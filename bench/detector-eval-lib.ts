/** Scoring for the detector's labelled evaluation set (tests/fixtures/detector/*.jsonl). */
import { readFileSync } from 'node:fs';
import { type Detection, detect, featuresOf } from '../src/engine/detector/index.ts';
import { type StoredModel, type TrainOptions, trainModel } from '../src/engine/detector/model.ts';
import { INCIDENT_KINDS, type IncidentKind, LOCALES, type Locale } from '../src/engine/types.ts';

export interface Labelled {
  /** The AGENT's interface language (which the detector is told). */
  readonly locale: Locale;
  readonly kinds: readonly IncidentKind[];
  readonly text: string;
  /** On physical threats (round 9 sets): true = should page at once, false = should only be proposed. */
  readonly auto?: boolean;
  /** The language the customer wrote in, when it is not the agent's (`other` for none of ours). */
  readonly lang?: Locale | 'other';
  /** Tricky items: idiom, reported, negated_legal, third_party_legal, compliment, everyday, cross_language, veiled. */
  readonly class?: string;
}

export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Report {
  readonly size: number;
  readonly perKind: Readonly<Record<IncidentKind, Prf>>;
  readonly perLocale: Readonly<
    Record<Locale, { readonly micro: Prf; readonly macroF1: number; readonly size: number }>
  >;
  readonly macroF1: number;
  readonly exactMatch: number;
  readonly misses: readonly { readonly item: Labelled; readonly got: readonly IncidentKind[] }[];
  /** The auto-escalation tier alone: physical threats that would page at once (the rest are proposed). */
  readonly autoEscalation: Prf;
  /** The issue's measures (round 9), see Measures. */
  readonly measures: Measures;
}

/** Round 9 (issue #23): what a false alarm costs, counted the way the issue counts it. */
export interface Measures {
  /** Utterances that paged at once. */
  readonly pages: number;
  /** ...of which were not physical threats at all. */
  readonly pagesNotThreat: number;
  /** ...of which were physical threats labelled `auto: false` (reported, third-party, past, veiled). */
  readonly pagesShouldPropose: number;
  /** Threats labelled `auto: true`, and how many of them paged at once. */
  readonly autoWanted: number;
  readonly autoWantedPaged: number;
  /** Utterances labelled with no kind, and how many of them were given one. */
  readonly hardNegatives: number;
  readonly hardNegativesFlagged: number;
  /** Per `class`: how many items, and how many were not exactly right. */
  readonly byClass: Readonly<Record<string, { readonly n: number; readonly wrong: number }>>;
  /** Items written in another language than the agent's (`lang` set): how many, how many not exactly right. */
  readonly crossLanguage: { readonly n: number; readonly wrong: number };
  /** Macro-F1 by the language the customer wrote in (`lang`, else `locale`). */
  readonly byWritten: Readonly<Record<string, { readonly n: number; readonly macroF1: number }>>;
}

export const FIXTURE_DIR = new URL('../tests/fixtures/detector/', import.meta.url);

/** Held-out groups, one per fresh set; add the next one here (the tests derive their lists from this). */
export const HELD_OUT_GROUPS = ['heldout6', 'heldout9'] as const;
export type SetGroup = 'tuned' | (typeof HELD_OUT_GROUPS)[number];

export interface FixtureSet {
  /**
   * `tuned`: lexicons were changed looking at its misses, and the model (round 7) trains on it.
   * Any other group is held out: never tuned on, never trained on, misses never printed.
   */
  readonly group: SetGroup;
  readonly title: string;
  readonly files: readonly string[];
  /** The set's figures the first time it was run, when it is or was held out. */
  readonly firstRun?: string;
}

/**
 * Every labelled set, in the order the evaluation prints them. The tests may assert thresholds
 * only on `tuned` sets: asserting held-out figures would turn them into a tuning target.
 */
export const FIXTURE_SETS: readonly FixtureSet[] = [
  {
    group: 'tuned',
    title: 'Development set (dev.jsonl): written with the first lexicons',
    files: ['dev.jsonl'],
  },
  {
    group: 'tuned',
    title: 'Old held-out set 1 (holdout.jsonl): held out for round 1, then tuned on in round 2',
    files: ['holdout.jsonl'],
    firstRun: 'macro-F1 77.1, physical_threat recall 54.5',
  },
  {
    group: 'tuned',
    title: 'Old held-out set 2 (holdout-2.jsonl): held out for round 2, then tuned on in round 3',
    files: ['holdout-2.jsonl'],
    firstRun: 'macro-F1 86.1, physical_threat recall 50.0, legal_threat recall 60.0',
  },
  {
    group: 'tuned',
    title: 'Development set 2 (dev-round4.jsonl): written for round 4 (generalisation) and tuned on',
    files: ['dev-round4.jsonl'],
  },
  {
    group: 'tuned',
    title: 'Development set 3 (dev-round4b.jsonl): written mid-round 4 as a self-check (hard negatives) and tuned on',
    files: ['dev-round4b.jsonl'],
    firstRun:
      'macro-F1 75.8, physical_threat recall 70.6 (written after the first half of round 4, before its second half)',
  },
  {
    group: 'tuned',
    title: 'Development set 4 (dev-round5.jsonl): written for round 5 (threat cues) and tuned on',
    files: ['dev-round5.jsonl'],
    firstRun: 'physical_threat recall 8.8 (P 42.9), macro-F1 69.1 (run with the round-4 detector, before round 5)',
  },
  {
    group: 'tuned',
    title: 'Development set 5 (dev-round6.jsonl): written for round 6 (vocabulary breadth) and tuned on',
    files: ['dev-round6.jsonl'],
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout-1.jsonl: written just before round 4, held out for rounds 4-6 (misses never shown); trained and tuned on from round 7',
    files: ['heldout-1.jsonl'],
    firstRun:
      'macro-F1 73.7, physical_threat recall 27.9 (P 75.0), insult recall 43.3, legal_threat recall 73.3, exact match 64.4',
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout2-1.jsonl: written after round 4, held out for rounds 5-6 (misses never shown); trained and tuned on from round 7',
    files: ['heldout2-1.jsonl'],
    firstRun:
      'macro-F1 72.6, physical_threat recall 28.1 (P 90.0), insult recall 55.0, legal_threat recall 75.0, hostile recall 53.3, exact match 65.4',
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout3-1.jsonl: written after round 5, held out for round 6 (misses never shown); trained and tuned on from round 7',
    files: ['heldout3-1.jsonl'],
    firstRun:
      'macro-F1 76.1, physical_threat recall 48.1 (P 72.2), insult recall 60.0, hostile recall 46.7, exact match 67.9',
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout4-1.jsonl: written after round 6, its first run recorded; trained and tuned on from round 7',
    files: ['heldout4-1.jsonl'],
    firstRun:
      'macro-F1 76.4, physical_threat recall 53.8 (P 82.4), legal_threat recall 66.7, hostile recall 26.7, exact match 71.5',
  },
  {
    group: 'tuned',
    title:
      'Development set 6 (dev-round7.jsonl): written for round 7, everyday phrases that share words with threats, and trained on',
    files: ['dev-round7.jsonl'],
  },
  // A new held-out set is added here with its own group, written after the round it measures and
  // never tuned on; the eval tags it HELD OUT and never prints its misses.
  {
    group: 'heldout9',
    title:
      'Held-out set heldout9-1.jsonl (450, 90 per written language, with auto/lang/class labels): written blind during round 10 by an author who had read nothing of the project (not the lexicons, rules, model or any other set); scored once; never tuned or trained on. Its labels treat a conditional threat ("if … I will …") as propose (auto: false), stricter than heldout7/8',
    files: ['heldout9-1.jsonl'],
    firstRun:
      'round 10: macro-F1 83.4, physical_threat recall 90.0 (P 84.0), page at once 39 (2 not a threat, 7 threats labelled propose), 30 of 45 auto-labelled threats paged at once, hard negatives given a kind 20 of 140 (14.3 %), insult recall 56.1, hostile recall 48.0, legal recall 91.8, exact match 78.4; macro-F1 en 84.4 / ms 89.8 / id 81.3 / nb 78.0 / tl 82.6. The round-9 detector on the same set: macro-F1 79.0, physical_threat recall 85.7 (P 80.0), the same 9 false pages at once, hard negatives 15.7 %, insult recall 47.0, hostile recall 36.0',
  },
  {
    group: 'heldout6',
    title:
      'Held-out set heldout6-1.jsonl: written after round 8 by an author who had not read the lexicons, rules, model or other sets; never tuned or trained on',
    files: ['heldout6-1.jsonl'],
    firstRun:
      'macro-F1 90.8, physical_threat recall 90.2 (P 86.8), auto tier recall 60.8 (P 91.2), legal_threat recall 76.2, hostile recall 75.0, exact match 87.2; rules alone 85.8 / 62.7 (P 86.5), model alone 80.1 / 88.2 (P 93.8)',
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout5-1.jsonl: written after round 7 by an author who had not read the lexicons, rules or other sets, its first run recorded; trained on from round 8',
    files: ['heldout5-1.jsonl'],
    firstRun:
      'macro-F1 83.6, physical_threat recall 82.6 (P 84.4), auto tier recall 54.3 (P 89.3), hostile recall 55.0, exact match 79.3; rules alone 80.6 / 56.5 (P 86.7), model alone 72.1 / 76.1 (P 89.7)',
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout7-1.jsonl (475, with auto/lang/class labels): written blind after round 8 by an author who had not read the lexicons, rules, model or other sets; first run recorded, then the development set of round 9 (tuned and trained on)',
    files: ['heldout7-1.jsonl'],
    firstRun:
      'macro-F1 76.4, physical_threat recall 81.4 (P 60.9), page at once 53 (6 not a threat, 10 reported/third-party threats), hard negatives given a kind 49 of 131 (37.4 %), insult recall 58.6, hostile recall 40.0, exact match 66.5; macro-F1 en 74.9 / ms 77.1 / id 76.8 / nb 74.5 / tl 78.1',
  },
  {
    group: 'tuned',
    title:
      'Former held-out set heldout8-1.jsonl (451, with auto/lang/class labels): written blind after round 9 by an author who had not read the lexicons, rules, model or any other set; first run recorded, then the development set of round 10 (tuned and trained on)',
    files: ['heldout8-1.jsonl'],
    firstRun:
      'round 9: macro-F1 75.5, physical_threat recall 73.8 (P 70.2), page at once 36 (4 not a threat, 5 threats labelled propose), 27 of 50 auto-labelled threats paged at once, hard negatives given a kind 26 of 128 (20.3 %), insult recall 52.9, hostile recall 27.9, exact match 67.4; macro-F1 en 74.0 / ms 76.2 / id 76.5 / nb 69.8 / tl 79.2. The round-8 detector on the same set: macro-F1 67.7, physical_threat recall 65.0 (P 66.7), 15 false pages at once (8 + 7), hard negatives given a kind 25.8 %',
  },
];

export function loadFixture(name: string): Labelled[] {
  const raw = readFileSync(new URL(name, FIXTURE_DIR), 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

function prf(tp: number, fp: number, fn: number): Prf {
  // An empty class (nothing expected, nothing predicted) is perfect, not undefined.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

type Counts = Record<IncidentKind, { tp: number; fp: number; fn: number }>;
const zero = (): Counts => Object.fromEntries(INCIDENT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Counts;

const toPrf = (c: Counts): Record<IncidentKind, Prf> =>
  Object.fromEntries(INCIDENT_KINDS.map((k) => [k, prf(c[k].tp, c[k].fp, c[k].fn)])) as Record<IncidentKind, Prf>;

const macro = (p: Record<IncidentKind, Prf>): number =>
  INCIDENT_KINDS.reduce((s, k) => s + p[k].f1, 0) / INCIDENT_KINDS.length;

export type Predictor = (item: Labelled) => Detection;
const shipped: Predictor = (u) => detect(u.text, u.locale);

export function evaluate(items: readonly Labelled[], predict: Predictor = shipped): Report {
  const all = zero();
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, zero()])) as Record<Locale, Counts>;
  const sizes = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  const byWritten = new Map<string, { counts: Counts; n: number }>();
  const byClass: Record<string, { n: number; wrong: number }> = {};
  const misses: { item: Labelled; got: IncidentKind[] }[] = [];
  const m = {
    pages: 0,
    pagesNotThreat: 0,
    pagesShouldPropose: 0,
    autoWanted: 0,
    autoWantedPaged: 0,
    hardNegatives: 0,
    hardNegativesFlagged: 0,
    crossLanguage: { n: 0, wrong: 0 },
  };
  let exact = 0;
  const auto = { tp: 0, fp: 0, fn: 0 };
  for (const item of items) {
    const detection = predict(item);
    const got = detection.kinds.map((k) => k.kind);
    const threat = item.kinds.includes('physical_threat');
    if (detection.autoEscalate && threat) auto.tp++;
    else if (detection.autoEscalate) auto.fp++;
    else if (threat) auto.fn++;
    if (detection.autoEscalate) {
      m.pages++;
      if (!threat) m.pagesNotThreat++;
      else if (item.auto === false) m.pagesShouldPropose++;
    }
    if (threat && item.auto === true) {
      m.autoWanted++;
      if (detection.autoEscalate) m.autoWantedPaged++;
    }
    if (item.kinds.length === 0) {
      m.hardNegatives++;
      if (got.length > 0) m.hardNegativesFlagged++;
    }
    sizes[item.locale]++;
    const written = item.lang ?? item.locale;
    const w = byWritten.get(written) ?? { counts: zero(), n: 0 };
    byWritten.set(written, w);
    w.n++;
    let ok = true;
    for (const k of INCIDENT_KINDS) {
      const want = item.kinds.includes(k);
      const has = got.includes(k);
      const slot = want && has ? 'tp' : has ? 'fp' : want ? 'fn' : undefined;
      if (slot === undefined) continue;
      all[k][slot]++;
      byLocale[item.locale][k][slot]++;
      w.counts[k][slot]++;
      if (slot !== 'tp') ok = false;
    }
    if (item.class !== undefined) {
      const c = byClass[item.class] ?? { n: 0, wrong: 0 };
      byClass[item.class] = c;
      c.n++;
      if (!ok) c.wrong++;
    }
    if (item.lang !== undefined) {
      m.crossLanguage.n++;
      if (!ok) m.crossLanguage.wrong++;
    }
    if (ok) exact++;
    else misses.push({ item, got });
  }
  const perKind = toPrf(all);
  const perLocale = Object.fromEntries(
    LOCALES.map((l) => {
      const c = byLocale[l];
      const sum = (f: 'tp' | 'fp' | 'fn'): number => INCIDENT_KINDS.reduce((s, k) => s + c[k][f], 0);
      return [l, { micro: prf(sum('tp'), sum('fp'), sum('fn')), macroF1: macro(toPrf(c)), size: sizes[l] }];
    }),
  ) as Report['perLocale'];
  return {
    size: items.length,
    perKind,
    perLocale,
    macroF1: macro(perKind),
    exactMatch: exact / items.length,
    misses,
    autoEscalation: prf(auto.tp, auto.fp, auto.fn),
    measures: {
      ...m,
      byClass,
      byWritten: Object.fromEntries(
        [...byWritten].map(([l, { counts, n }]) => [l, { n, macroF1: macro(toPrf(counts)) }]),
      ),
    },
  };
}

/** Sums the issue's measures over several reports (cross-validation folds). */
export function poolMeasures(ms: readonly Measures[]): Measures {
  const add = (pick: (x: Measures) => number): number => ms.reduce((s, x) => s + pick(x), 0);
  const byClass: Record<string, { n: number; wrong: number }> = {};
  for (const x of ms)
    for (const [c, v] of Object.entries(x.byClass)) {
      const t = byClass[c] ?? { n: 0, wrong: 0 };
      byClass[c] = { n: t.n + v.n, wrong: t.wrong + v.wrong };
    }
  return {
    pages: add((x) => x.pages),
    pagesNotThreat: add((x) => x.pagesNotThreat),
    pagesShouldPropose: add((x) => x.pagesShouldPropose),
    autoWanted: add((x) => x.autoWanted),
    autoWantedPaged: add((x) => x.autoWantedPaged),
    hardNegatives: add((x) => x.hardNegatives),
    hardNegativesFlagged: add((x) => x.hardNegativesFlagged),
    byClass,
    crossLanguage: { n: add((x) => x.crossLanguage.n), wrong: add((x) => x.crossLanguage.wrong) },
    // Macro-F1 does not pool by addition; per-fold figures are printed instead.
    byWritten: {},
  };
}

/** Trains the detector's model on labelled utterances (the tuned sets, or a cross-validation fold). */
export function trainOn(items: readonly Labelled[], options?: TrainOptions): StoredModel {
  return trainModel(
    items.map((u) => ({ ids: featuresOf(u.text, u.locale).ids, kinds: u.kinds })),
    options,
  );
}
