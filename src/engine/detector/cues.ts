/**
 * Round 5: physical threats from co-occurring cues in one sentence, not from whole phrases.
 *
 * Held-out text showed that threats are phrased too many ways for phrase patterns to keep up
 * ("you'll need a dentist when I'm done with you", "accidents happen to people like you"). So each
 * language also lists three cue classes, matched anywhere in a sentence (commas do not end it:
 * "if I see you outside, you're dead"):
 *   violence  words of harm in any form: verbs, weapons, injuries, hospital, fire;
 *   target    the person addressed or a member of staff: you, your, the cashier;
 *   menace    the setting of a threat: outside, after work, I know when, my mates, careful.
 * Two classes together are evidence; violence with a target is the strongest pair, menace with
 * a target is weak unless two separate menace cues stand with it ("my mates ... after work ...
 * you"); a single one only counts beside another cue ("I'll be in the car park"). Negation cancels it like any other threat ("I'm not going to hurt you").
 */
import { isNegated } from './negation.ts';
import type { Normalised } from './normalise.ts';
import { allMatches } from './regex.ts';
import type { ContextWords, ThreatCues } from './types.ts';

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

export interface CompiledCues {
  readonly violence: RegExp;
  readonly target: RegExp;
  readonly menace: RegExp;
  readonly harmless: RegExp | undefined;
  readonly polite: RegExp | undefined;
}

/** Weights by which classes co-occur. */
const WEIGHT = {
  all: 0.95,
  violenceTarget: 0.8,
  violenceMenace: 0.65,
  menacesTarget: 0.65,
  menaceTarget: 0.45,
} as const;

const SENTENCE = /[^.!?;\n]+/g;

/** How many separate matches of `re` in `s`. */
const count = (re: RegExp, s: string): number => {
  return allMatches(re, s).length;
};

const first = (re: RegExp, s: string): [number, number] | undefined => {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m === null ? undefined : [m.index, m.index + m[0].length];
};

export function threatCueHits(n: Normalised, cues: readonly CompiledCues[], ctx: ContextWords): CueHit[] {
  const hits: CueHit[] = [];
  for (const sentence of allMatches(SENTENCE, n.text)) {
    const s = sentence[0];
    const base = sentence.index;
    for (const c of cues) {
      const clean = c.harmless === undefined ? s : s.replace(c.harmless, (m) => ' '.repeat(m.length));
      const v = first(c.violence, clean);
      const t = first(c.target, clean);
      const m = first(c.menace, clean);
      const found = [v, t, m].filter((x): x is [number, number] => x !== undefined);
      if (found.length < 2) continue;
      if (v === undefined && c.polite !== undefined && first(c.polite, clean) !== undefined) continue;
      const weight =
        v && t && m
          ? WEIGHT.all
          : v && t
            ? WEIGHT.violenceTarget
            : v && m
              ? WEIGHT.violenceMenace
              : count(c.menace, clean) >= 2
                ? WEIGHT.menacesTarget
                : WEIGHT.menaceTarget;
      const start = base + Math.min(...found.map((f) => f[0]));
      const end = base + Math.max(...found.map((f) => f[1]));
      const anchor = base + (v ?? m ?? t ?? [0, 0])[0];
      if (isNegated(n.text, anchor, anchor + 1, ctx)) continue;
      hits.push({ start, end, weight });
    }
  }
  return hits;
}

const wordRe = (src: string, normalisePattern: (s: string) => string): RegExp =>
  new RegExp(`(?<![a-z0-9])(?:${normalisePattern(src)})(?![a-z0-9])`, 'g');

export function compileCues(c: ThreatCues, normalisePattern: (s: string) => string): CompiledCues {
  return {
    violence: wordRe(c.violence, normalisePattern),
    target: wordRe(c.target, normalisePattern),
    menace: wordRe(c.menace, normalisePattern),
    harmless: c.harmless === undefined ? undefined : wordRe(c.harmless, normalisePattern),
    polite: c.polite === undefined ? undefined : wordRe(c.polite, normalisePattern),
  };
}
