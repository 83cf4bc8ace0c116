/**
 * Holdline's detector: reads what the customer said (as the agent typed it) and proposes the
 * incident kinds it likely contains, with confidence and evidence offsets. Pure: no I/O.
 *
 * Decisions:
 * - The lexicons that run are the agent's locale's, English, and every language the identifier
 *   finds in the utterance (bundles.ts): customers write in their own language and code-switch.
 * - Negation cancels threats and supervisor demands only (see negation.ts); a quote attributed
 *   to staff, media or a joke cancels anything inside it.
 * - `hostile` is reported only when no other kind is. Plain angry complaints with no contempt,
 *   no shouting and no abuse ("I'm very disappointed, this is the third late delivery") give
 *   no kind at all: the agent needs no playbook for them.
 */
import type { IncidentKind, Locale } from '../types.ts';
import { type Bundle, bundleFor } from './bundles.ts';
import { threatCueHits } from './cues.ts';
import { type Featurised, featurise } from './features.ts';
import { NEGATABLE } from './lexicon/rule.ts';
import { LAUGHTER } from './lexicon/speech.ts';
import { PACKED_MODEL } from './model.generated.ts';
import { type LinearModel, loadPackedModel, scoreModel, strongestTokens } from './model.ts';
import { isNegated, isReportedQuote } from './negation.ts';
import { expandAliases, type Normalised, normalise, toOriginal } from './normalise.ts';
import { englishProfanity } from './profanity.ts';
import { allMatches } from './regex.ts';
import { shouting } from './shouting.ts';
import { blank, figurativeSpans, legalNotOurs, praises, type Reading, readingOf } from './speech.ts';
import type { Detection, Evidence, KindScore } from './types.ts';

export type { Detection, Evidence, KindScore } from './types.ts';

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
  /** Normalised [ns, ne), for the reading of physical threats (absent for profanity and shouting). */
  readonly ns?: number;
  readonly ne?: number;
}

let MODEL: LinearModel | undefined;
/** The shipped model, decoded from its packed form once, on the first detect() (model.ts). */
export function shippedModel(): LinearModel {
  MODEL ??= loadPackedModel(PACKED_MODEL);
  return MODEL;
}

function lexiconHits(text: string, n: Normalised, bundle: Bundle, threatText: string): Hit[] {
  const ctx = bundle.context;
  const hits: Hit[] = [];
  for (const lexicon of bundle.lexicons) {
    for (const r of lexicon.rules) {
      // Physical threats are sought with figures of speech blanked out (same offsets).
      const source = r.kind === 'physical_threat' ? threatText : n.text;
      for (const m of allMatches(r.re, source)) {
        const s = m.index;
        const e = s + m[0].length;
        if (r.negatable && isNegated(n.text, s, e, ctx)) continue;
        if (isReportedQuote(n.text, s, e, ctx)) continue;
        if (r.kind === 'legal_threat' && legalNotOurs(n.text, s, e, bundle.speech)) continue;
        hits.push({ ...toOriginal(n, s, e), kind: r.kind, weight: r.weight, ns: s, ne: e });
      }
    }
  }
  for (const c of threatCueHits({ ...n, text: threatText }, bundle.cues, ctx)) {
    if (isReportedQuote(n.text, c.start, c.end, ctx)) continue;
    hits.push({ ...toOriginal(n, c.start, c.end), kind: 'physical_threat', weight: c.weight, ns: c.start, ne: c.end });
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
  /**
   * How the strongest physical-threat evidence is meant (speech.ts): only `direct` may page at
   * once. Absent when the rules found no strong physical threat (then nothing pages either).
   */
  readonly threatReading?: Reading;
}

/** A physical-threat phrase rule this strong is a threat whatever legal words surround it. */
const STRONG_THREAT = 0.85;

const mentionsViolence = (text: string, bundle: Bundle): boolean =>
  bundle.cues.some((c) => {
    c.violence.lastIndex = 0;
    return c.violence.test(text);
  });

/** The most telling reading among physical-threat hits: direct wins, then reported, past, hedged. */
function threatReadingOf(hits: readonly Hit[], text: string, bundle: Bundle): Reading | undefined {
  // A polite request ("could you ask the driver to wait for me outside?") is never read as direct.
  const polite = (sentence: string): boolean =>
    bundle.cues.some((c) => {
      if (c.polite === undefined) return false;
      c.polite.lastIndex = 0;
      return c.polite.test(sentence);
    });
  const explicit = (sentence: string): boolean =>
    bundle.cues.some((c) => {
      c.violence.lastIndex = 0;
      c.target.lastIndex = 0;
      return c.violence.test(sentence) && c.target.test(sentence);
    });
  const order: Reading[] = ['direct', 'reported', 'past', 'hedged', 'indirect'];
  let best: Reading | undefined;
  for (const h of hits) {
    if (h.kind !== 'physical_threat' || h.ns === undefined || h.ne === undefined) continue;
    const r = readingOf(text, h.ns, h.ne, bundle.speech, explicit, polite);
    if (best === undefined || order.indexOf(r) < order.indexOf(best)) best = r;
  }
  return best;
}

export function analyse(text: string, locale: Locale, model: LinearModel | null = shippedModel()): Analysis {
  const bundle = bundleFor(text, locale);
  const n = expandAliases(normalise(text), bundle.aliases);
  const figurative = figurativeSpans(text, n, bundle.speech);
  const threatText = blank(n.text, figurative);
  let hits = dedupe(lexiconHits(text, n, bundle, threatText));
  // Praise: "can I have your manager's name? you've been brilliant" asks for no supervisor.
  const praised = praises(n.text, bundle.speech);
  if (praised) hits = hits.filter((h) => h.kind !== 'supervisor_request');
  // A legal threat with menace words and no violence ("you'll see, you'll hear from my lawyer"):
  // the menace belongs to the legal threat, not to a physical one.
  // Strong phrase rules ("I know where you live") stand.
  const violent = mentionsViolence(threatText, bundle);
  const legalOnly =
    hits.some((h) => h.kind === 'legal_threat') &&
    !violent &&
    !hits.some((h) => h.kind === 'physical_threat' && h.weight >= STRONG_THREAT);
  if (legalOnly) hits = hits.filter((h) => h.kind !== 'physical_threat');
  // Round 10: laughing ("haha", "wkwk", a grin) and no violence named: menace words are teasing
  // ("awas ya, jangan kaget kalau saya pesan tiap hari 😄").
  const joking = LAUGHTER.test(text.toLowerCase());
  const teasing = joking && !violent;
  if (teasing) hits = hits.filter((h) => h.kind !== 'physical_threat');
  const miss = new Map<IncidentKind, number>();
  for (const h of hits) miss.set(h.kind, (miss.get(h.kind) ?? 1) * (1 - h.weight));
  const rules = new Map([...miss].map(([kind, m]) => [kind, 1 - m] as const));
  const scores = new Map<IncidentKind, { p: number; evidence: Evidence[] }>();
  if (model !== null) {
    const f = featurise(n, bundle.negators);
    const ctx = bundle.context;
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
      const inFigure = (t: { start: number; end: number }): boolean =>
        figurative.some(([s, e]) => t.start >= s && t.end <= e);
      const cancelled =
        top !== undefined &&
        ((NEGATABLE.has(kind) && isNegated(n.text, top.start, top.end, ctx)) ||
          isReportedQuote(n.text, top.start, top.end, ctx) ||
          (kind === 'physical_threat' && (inFigure(top) || legalOnly || teasing)) ||
          (kind === 'supervisor_request' && praised) ||
          (kind === 'legal_threat' && legalNotOurs(n.text, top.start, top.end, bundle.speech)));
      const evidence = words.map((w) => ({ ...toOriginal(n, w.start, w.end), kind }));
      scores.set(kind, { p: cancelled ? 0 : p, evidence });
    });
  }
  let threatReading = threatReadingOf(hits, threatText, bundle);
  // Round 10: a threat-like phrase in a laughing message is a joke or a figure: proposed, never paged.
  if (threatReading === 'direct' && joking) threatReading = 'hedged';
  return { hits, rules, model: scores, ...(threatReading === undefined ? {} : { threatReading }) };
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
  /** ...and only when the threat reads as the customer's own, first person (speech.ts); off = round 8. */
  readonly tierNeedsDirect: boolean;
}

export const COMBINATION: Combination = {
  modelWeight: MODEL_WEIGHT,
  threatModelWeight: THREAT_MODEL_WEIGHT,
  report: REPORT_THRESHOLD,
  modelFloor: MODEL_FLOOR,
  autoEscalate: AUTO_ESCALATE,
  autoNeedsRules: AUTO_NEEDS_RULES,
  tierNeedsDirect: true,
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
  // The tier rule (round 9): a first-person threat, not reported, past, hedged or figurative.
  const auto =
    threat !== undefined &&
    threat.confidence >= c.autoEscalate &&
    (a.rules.get('physical_threat') ?? 0) >= c.autoNeedsRules &&
    (a.threatReading === 'direct' || !c.tierNeedsDirect);
  return { kinds, evidence, autoEscalate: auto };
}

/** The model's features for an utterance (training reads them; scripts/train-detector.ts). */
export function featuresOf(text: string, locale: Locale): Featurised {
  const bundle = bundleFor(text, locale);
  return featurise(expandAliases(normalise(text), bundle.aliases), bundle.negators);
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
