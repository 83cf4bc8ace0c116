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
import { en } from './lexicon/en.ts';
import { id } from './lexicon/id.ts';
import { ms } from './lexicon/ms.ts';
import { nb } from './lexicon/nb.ts';
import { tl } from './lexicon/tl.ts';
import { isNegated, isReportedQuote } from './negation.ts';
import { expandAliases, normalise, normalisePattern, toOriginal } from './normalise.ts';
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
const PROFANITY_WEIGHT = 0.85;
const SHOUTING_WEIGHT = 0.7;

interface Hit extends Evidence {
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

const CUES = Object.fromEntries(
  Object.entries(LEXICONS).map(([locale, lexicons]) => [locale, mergeCues(lexicons)]),
) as Record<Locale, CompiledCues[]>;

function lexiconHits(text: string, locale: Locale): Hit[] {
  const n = expandAliases(normalise(text), ALIASES[locale]);
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

export function detect(text: string, locale: Locale): Detection {
  const hits = dedupe(lexiconHits(text, locale));
  const miss = new Map<IncidentKind, number>();
  for (const h of hits) miss.set(h.kind, (miss.get(h.kind) ?? 1) * (1 - h.weight));
  let kinds: KindScore[] = [...miss].map(([kind, m]) => ({ kind, confidence: Math.round((1 - m) * 1000) / 1000 }));
  kinds = kinds.filter((k) => k.confidence >= REPORT_THRESHOLD);
  if (kinds.some((k) => k.kind !== 'hostile')) kinds = kinds.filter((k) => k.kind !== 'hostile');
  kinds.sort((a, b) => b.confidence - a.confidence || KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind));
  const reported = new Set(kinds.map((k) => k.kind));
  const evidence = hits.filter((h) => reported.has(h.kind)).map(({ start, end, kind }) => ({ start, end, kind }));
  return { kinds, evidence };
}

/** The one playbook to propose: the highest-priority kind detected, or null for none. */
export function primaryKind(detection: Detection): IncidentKind | null {
  for (const kind of KIND_PRIORITY) if (detection.kinds.some((k) => k.kind === kind)) return kind;
  return null;
}
