/**
 * Holdline's detector: reads what the customer said (as the agent typed it) and proposes the
 * incident kinds it likely contains, with confidence and evidence offsets. Pure: no I/O.
 *
 * Decisions:
 * - Every locale runs its own lexicon plus the English one (customers code-switch).
 * - Negation cancels threats and supervisor demands only (see negation.ts); a quote attributed
 *   to staff, media or a joke cancels anything inside it.
 * - `hostile` is reported only when no other kind is. Plain angry complaints with no contempt,
 *   no shouting and no abuse ("I'm very disappointed, this is the third late delivery") give
 *   no kind at all: the agent needs no playbook for them.
 */
import type { IncidentKind, Locale } from '../types.ts';
import { type CompiledCues, compileCues, threatCueHits } from './cues.ts';
import { type Featurised, featurise } from './features.ts';
import { en } from './lexicon/en.ts';
import { id } from './lexicon/id.ts';
import { ms } from './lexicon/ms.ts';
import { nb } from './lexicon/nb.ts';
import { NEGATABLE } from './lexicon/rule.ts';
import { tl } from './lexicon/tl.ts';
import { STORED_MODEL } from './model.generated.ts';
import { type LinearModel, loadModel, scoreModel, strongestTokens } from './model.ts';
import { isNegated, isReportedQuote } from './negation.ts';
import { expandAliases, type Normalised, normalise, normalisePattern, toOriginal } from './normalise.ts';
import { englishProfanity } from './profanity.ts';
import { shouting } from './shouting.ts';
import type { ContextWords, Detection, Evidence, KindScore, Lexicon } from './types.ts';

export type { Detection, Evidence, KindScore } from './types.ts';

const LEXICONS: Readonly<Record<Locale, readonly Lexicon[]>> = {
  en: [en],
  ms: [ms, en],
  id: [id, en],
  nb: [nb, en],
  tl: [tl, en],
};

/** Which playbook wins when several kinds are present: safety first. */
export const KIND_PRIORITY: readonly IncidentKind[] = [
  'physical_threat',
  'legal_threat',
  'supervisor_request',
  'insult',
  'vulgarity',
  'hostile',
];

/** A kind is reported when its combined confidence reaches this. */
export const REPORT_THRESHOLD = 0.5;
/** The model's probability counts as evidence of this weight beside the rules'. */
export const MODEL_WEIGHT = 0.8;
export const THREAT_MODEL_WEIGHT = 1;
/** Model probabilities below this add nothing. */
export const MODEL_FLOOR = 0.5;
/** A physical threat at or above this confidence pages at once; between REPORT_THRESHOLD and this, it is proposed. */
export const AUTO_ESCALATE = 0.85;
/** The rules' own confidence a physical threat needs to page at once (the model alone only proposes). */
export const AUTO_NEEDS_RULES = 0.5;
const PROFANITY_WEIGHT = 0.85;
const SHOUTING_WEIGHT = 0.7;

export interface Hit extends Evidence {
  readonly weight: number;
}

/** Context words go through the same normalisation as the text ("ikke" -> "ike"). */
function mergeContext(lexicons: readonly Lexicon[]): ContextWords {
  const words = (pick: (c: ContextWords) => readonly string[]): string[] =>
    lexicons.flatMap((l) => pick(l.context).map(normalisePattern));
  return {
    negators: words((c) => c.negators),
    conditionals: words((c) => c.conditionals),
    keepers: words((c) => c.keepers),
    reporters: words((c) => c.reporters),
  };
}

const CONTEXTS = Object.fromEntries(
  Object.entries(LEXICONS).map(([locale, lexicons]) => [locale, mergeContext(lexicons)]),
) as Record<Locale, ContextWords>;

/** The locale's aliases over English ones (customers mix English chat-speak into every language). */
function mergeAliases(lexicons: readonly Lexicon[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const l of [...lexicons].reverse())
    for (const [from, to] of Object.entries(l.aliases ?? {})) map.set(normalise(from).text, normalise(to).text);
  return map;
}

const ALIASES = Object.fromEntries(
  Object.entries(LEXICONS).map(([locale, lexicons]) => [locale, mergeAliases(lexicons)]),
) as Record<Locale, ReadonlyMap<string, string>>;

/** One set of cue classes per locale: the locale's and English alternatives together (code-mixing). */
function mergeCues(lexicons: readonly Lexicon[]): CompiledCues[] {
  const withCues = lexicons.flatMap((l) => (l.cues === undefined ? [] : [l.cues]));
  if (withCues.length === 0) return [];
  const join = (pick: (c: (typeof withCues)[number]) => string | undefined): string =>
    withCues
      .map(pick)
      .filter((x): x is string => x !== undefined)
      .map((x) => `(?:${x})`)
      .join('|');
  const harmless = join((c) => c.harmless);
  const polite = join((c) => c.polite);
  return [
    compileCues(
      {
        violence: join((c) => c.violence),
        target: join((c) => c.target),
        menace: join((c) => c.menace),
        ...(harmless === '' ? {} : { harmless }),
        ...(polite === '' ? {} : { polite }),
      },
      normalisePattern,
    ),
  ];
}

const NEGATORS = Object.fromEntries(
  Object.entries(CONTEXTS).map(([locale, ctx]) => [locale, new Set(ctx.negators)]),
) as Record<Locale, Set<string>>;

const MODEL: LinearModel = loadModel(STORED_MODEL);

const CUES = Object.fromEntries(
  Object.entries(LEXICONS).map(([locale, lexicons]) => [locale, mergeCues(lexicons)]),
) as Record<Locale, CompiledCues[]>;

function lexiconHits(text: string, n: Normalised, locale: Locale): Hit[] {
  const ctx = CONTEXTS[locale];
  const hits: Hit[] = [];
  for (const lexicon of LEXICONS[locale]) {
    for (const r of lexicon.rules) {
      for (const m of n.text.matchAll(r.re)) {
        const s = m.index;
        const e = s + m[0].length;
        if (r.negatable && isNegated(n.text, s, e, ctx)) continue;
        if (isReportedQuote(n.text, s, e, ctx)) continue;
        hits.push({ ...toOriginal(n, s, e), kind: r.kind, weight: r.weight });
      }
    }
  }
  for (const c of threatCueHits(n, CUES[locale], ctx)) {
    if (isReportedQuote(n.text, c.start, c.end, ctx)) continue;
    hits.push({ ...toOriginal(n, c.start, c.end), kind: 'physical_threat', weight: c.weight });
  }
  // Whole words in every locale: obscenity's substring matches find "penis" in "Penistone".
  for (const span of englishProfanity(text, true)) {
    const ns = n.starts.findIndex((o) => o >= span.start);
    const ne = n.ends.findIndex((o) => o >= span.end);
    if (ns >= 0 && ne >= 0 && isReportedQuote(n.text, ns, ne + 1, ctx)) continue;
    hits.push({ ...span, kind: 'vulgarity', weight: PROFANITY_WEIGHT });
  }
  const shout = shouting(text);
  if (shout !== undefined) hits.push({ ...shout, kind: 'hostile', weight: SHOUTING_WEIGHT });
  return hits;
}

/** Drops evidence of the same kind inside evidence already kept (strongest, then longest, first). */
function dedupe(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Hit[] = [];
  for (const h of sorted) {
    // Contained, not merely overlapping: two weak cues over different words still add up.
    if (kept.some((k) => k.kind === h.kind && k.start <= h.start && h.end <= k.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What the rules and the model each found, before they are combined (the evaluation reads it). */
export interface Analysis {
  readonly hits: readonly Hit[];
  /** Noisy-OR of the rules' evidence per kind (0 when none). */
  readonly rules: ReadonlyMap<IncidentKind, number>;
  /** The model's probability per kind, with evidence in original offsets; empty without a model. */
  readonly model: ReadonlyMap<IncidentKind, { readonly p: number; readonly evidence: readonly Evidence[] }>;
}

export function analyse(text: string, locale: Locale, model: LinearModel | null = MODEL): Analysis {
  const n = expandAliases(normalise(text), ALIASES[locale]);
  const hits = dedupe(lexiconHits(text, n, locale));
  const miss = new Map<IncidentKind, number>();
  for (const h of hits) miss.set(h.kind, (miss.get(h.kind) ?? 1) * (1 - h.weight));
  const rules = new Map([...miss].map(([kind, m]) => [kind, 1 - m] as const));
  const scores = new Map<IncidentKind, { p: number; evidence: Evidence[] }>();
  if (model !== null) {
    const f = featurise(n, NEGATORS[locale]);
    const ctx = CONTEXTS[locale];
    const probabilities = scoreModel(model, f);
    model.kinds.forEach((kind, c) => {
      const p = probabilities[c] ?? 0;
      // Below the floor the model says "no" (decide() ignores it): no evidence to find.
      if (p < MODEL_FLOOR) {
        scores.set(kind, { p, evidence: [] });
        return;
      }
      const words = strongestTokens(model, f, c).flatMap((t) => f.tokens[t] ?? []);
      // The rules' negation and quoting apply to the model's strongest word too: "hindi ko kayo
      // idedemanda" is no threat, whatever its words weigh.
      const top = words[0];
      const cancelled =
        top !== undefined &&
        ((NEGATABLE.has(kind) && isNegated(n.text, top.start, top.end, ctx)) ||
          isReportedQuote(n.text, top.start, top.end, ctx));
      const evidence = words.map((w) => ({ ...toOriginal(n, w.start, w.end), kind }));
      scores.set(kind, { p: cancelled ? 0 : p, evidence });
    });
  }
  return { hits, rules, model: scores };
}

/** How rules and model are combined, and the physical-threat tiers (chosen by cross-validation). */
export interface Combination {
  /** The model's probability counts as evidence of this weight (noisy-OR with the rules). */
  readonly modelWeight: number;
  /** The same for physical threats: recall first, and a lower-tier threat only proposes, never pages. */
  readonly threatModelWeight: number;
  /** A kind is reported when its combined confidence reaches this. */
  readonly report: number;
  /** Below this probability the model says "no": it adds no evidence (a 0.1 must not tip a rule's 0.45 over). */
  readonly modelFloor: number;
  /** A physical threat this confident starts the critical path at once; below, it is proposed. */
  readonly autoEscalate: number;
  /** ...and only when the rules alone gave it at least this: the model alone never pages anyone. */
  readonly autoNeedsRules: number;
}

export const COMBINATION: Combination = {
  modelWeight: MODEL_WEIGHT,
  threatModelWeight: THREAT_MODEL_WEIGHT,
  report: REPORT_THRESHOLD,
  modelFloor: MODEL_FLOOR,
  autoEscalate: AUTO_ESCALATE,
  autoNeedsRules: AUTO_NEEDS_RULES,
};

export function decide(a: Analysis, c: Combination = COMBINATION): Detection {
  const all = new Set<IncidentKind>([...a.rules.keys(), ...a.model.keys()]);
  let kinds: KindScore[] = [];
  for (const kind of all) {
    const r = a.rules.get(kind) ?? 0;
    const raw = a.model.get(kind)?.p ?? 0;
    const p = raw >= c.modelFloor ? raw : 0;
    const weight = kind === 'physical_threat' ? c.threatModelWeight : c.modelWeight;
    const confidence = 1 - (1 - r) * (1 - weight * p);
    kinds.push({ kind, confidence: Math.round(confidence * 1000) / 1000 });
  }
  kinds = kinds.filter((k) => k.confidence >= c.report);
  if (kinds.some((k) => k.kind !== 'hostile')) kinds = kinds.filter((k) => k.kind !== 'hostile');
  kinds.sort((a, b) => b.confidence - a.confidence || KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind));
  const reported = new Set(kinds.map((k) => k.kind));
  const evidence: Evidence[] = a.hits
    .filter((h) => reported.has(h.kind))
    .map(({ start, end, kind }) => ({ start, end, kind }));
  // A kind the model found on its own points at the words that weighed most for it.
  for (const kind of reported)
    if (!evidence.some((e) => e.kind === kind)) evidence.push(...(a.model.get(kind)?.evidence ?? []));
  evidence.sort((x, y) => x.start - y.start || x.end - y.end);
  const threat = kinds.find((k) => k.kind === 'physical_threat');
  const auto =
    threat !== undefined &&
    threat.confidence >= c.autoEscalate &&
    (a.rules.get('physical_threat') ?? 0) >= c.autoNeedsRules;
  return { kinds, evidence, autoEscalate: auto };
}

/** The model's features for an utterance (training reads them; scripts/train-detector.ts). */
export function featuresOf(text: string, locale: Locale): Featurised {
  return featurise(expandAliases(normalise(text), ALIASES[locale]), NEGATORS[locale]);
}

export function detect(text: string, locale: Locale): Detection {
  return decide(analyse(text, locale));
}

/** The one playbook to propose: the highest-priority kind detected, or null for none. */
export function primaryKind(detection: Pick<Detection, 'kinds'>): IncidentKind | null {
  for (const kind of KIND_PRIORITY) if (detection.kinds.some((k) => k.kind === kind)) return kind;
  return null;
}

/**
 * What to do with a detection at start, so the suggestion shown and the playbook run agree.
 * `suggested` is the kind shown first (the highest-priority kind detected); `start` the playbook
 * to run. They differ only for a physical threat below the auto-escalation tier: it is proposed
 * (shown first, one tap from the critical path) while the next detected kind's playbook runs, or
 * none (the caller's default), so nobody is paged on a guess. Without `autoEscalate` (a detection
 * recorded before the tiers), a physical threat escalates as it always did.
 */
export interface Proposal {
  readonly suggested: IncidentKind | null;
  readonly start: IncidentKind | null;
  /** 'auto' when a physical threat starts the critical path, 'proposed' when it waits for the agent. */
  readonly threat: 'auto' | 'proposed' | null;
}

export function propose(detection: Pick<Detection, 'kinds'> & { readonly autoEscalate?: boolean }): Proposal {
  const primary = primaryKind(detection);
  if (primary !== 'physical_threat') return { suggested: primary, start: primary, threat: null };
  if (detection.autoEscalate !== false) return { suggested: primary, start: primary, threat: 'auto' };
  const next = KIND_PRIORITY.find((k) => k !== 'physical_threat' && detection.kinds.some((x) => x.kind === k));
  return { suggested: primary, start: next ?? null, threat: 'proposed' };
}
