/**
 * Language identification per utterance (round 9): which of our five languages the customer wrote
 * in, whatever the agent's interface language is. A multinomial naive Bayes over hashed character
 * 1- to 4-grams (with word-boundary marks) and whole words, on the lower-cased text with its own
 * letters (æ, ø, å stay: they are Norwegian's best cue). Trained offline from the labelled sets by
 * scripts/train-langid.ts; the table is data in the repository (langid.generated.ts, base64).
 *
 * Why our own: measured on the labelled sets' short utterances, `eld` has no Indonesian, `tinyld`
 * no Malay, and `franc` confuses both on short text (docs/detector.md, "Language identification").
 * Malay and Indonesian share most words, so callers run both lexicons when the two are close.
 */
import type { Locale } from '../types.ts';
import { allMatches } from './regex.ts';

export const LANGS: readonly Locale[] = ['en', 'ms', 'id', 'nb', 'tl'];
/** Hash buckets of the table: a power of two. */
export const LANGID_DIM = 1 << 14;
/** Stored log-probabilities are -byte / SCALE nats. */
const SCALE = 10;

export interface LangGuess {
  /** Posterior per language, LANGS order, summing to 1. */
  readonly p: Float64Array;
  /** The most likely language, or 'other' when none of ours explains the text. */
  readonly best: Locale | 'other';
  /** How many features the guess rests on (few = weak evidence: trust the prior). */
  readonly features: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const LETTERS = /\p{L}+/gu;

/** Calls `f` with each hashed feature of the text (bucket index). */
export function langFeatures(text: string, f: (bucket: number) => void): number {
  const lower = text.toLowerCase();
  let count = 0;
  for (const m of allMatches(LETTERS, lower)) {
    const w = m[0];
    if (w.length > 30) continue;
    let h = Math.imul(FNV_OFFSET ^ 0x77, FNV_PRIME);
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
    f((h >>> 0) & (LANGID_DIM - 1));
    count++;
    const padded = ` ${w} `;
    for (let i = 0; i < padded.length; i++) {
      let g = FNV_OFFSET;
      for (let n = 1; n <= 4 && i + n <= padded.length; n++) {
        g = Math.imul(g ^ padded.charCodeAt(i + n - 1), FNV_PRIME);
        if (n === 1 && padded.charAt(i) === ' ') continue;
        f((Math.imul(g, n) >>> 0) & (LANGID_DIM - 1));
        count++;
      }
    }
  }
  return count;
}

/** Trains the table: per language, smoothed log P(bucket), quantised to one byte. */
export function trainLangId(
  docs: readonly { readonly text: string; readonly lang: Locale }[],
  alpha = 0.1,
): Uint8Array {
  const counts = LANGS.map(() => new Float64Array(LANGID_DIM));
  const totals = LANGS.map(() => 0);
  for (const d of docs) {
    const l = LANGS.indexOf(d.lang);
    const c = counts[l];
    if (c === undefined) continue;
    totals[l] = (totals[l] ?? 0) + langFeatures(d.text, (b) => (c[b] = (c[b] ?? 0) + 1));
  }
  const table = new Uint8Array(LANGS.length * LANGID_DIM);
  LANGS.forEach((_, l) => {
    const c = counts[l] ?? new Float64Array(0);
    const denominator = (totals[l] ?? 0) + alpha * LANGID_DIM;
    for (let b = 0; b < LANGID_DIM; b++) {
      const logp = Math.log(((c[b] ?? 0) + alpha) / denominator);
      table[l * LANGID_DIM + b] = Math.min(255, Math.round(-logp * SCALE));
    }
  });
  return table;
}

/**
 * Posterior over our languages, with `prior` (the agent's locale) weighted `priorWeight` against
 * the rest sharing the remainder. 'other' when the best language's average log-probability per
 * feature is far below what our languages' own text gives.
 */
export function identify(table: Uint8Array, text: string, prior?: Locale, priorWeight = 0.4): LangGuess {
  const k = LANGS.length;
  const z = new Float64Array(k);
  const n = langFeatures(text, (b) => {
    for (let l = 0; l < k; l++) z[l] = (z[l] ?? 0) - (table[l * LANGID_DIM + b] ?? 255) / SCALE;
  });
  const best0 = z.reduce((bi, v, i) => (v > (z[bi] ?? -Infinity) ? i : bi), 0);
  const perFeature = n === 0 ? 0 : (z[best0] ?? 0) / n;
  // Naive Bayes counts every overlapping n-gram as independent evidence, so its posteriors are far
  // too sure; a temperature growing with the feature count keeps "terima kasih" ambiguous.
  const temperature = Math.max(1, n / TEMPERATURE_PER);
  for (let l = 0; l < k; l++) z[l] = (z[l] ?? 0) / temperature;
  if (prior !== undefined) {
    const rest = (1 - priorWeight) / (k - 1);
    for (let l = 0; l < k; l++) z[l] = (z[l] ?? 0) + Math.log(LANGS[l] === prior ? priorWeight : rest);
  }
  const max = Math.max(...z);
  let sum = 0;
  const p = z.map((v) => {
    const e = Math.exp(v - max);
    sum += e;
    return e;
  });
  for (let l = 0; l < k; l++) p[l] = (p[l] ?? 0) / sum;
  const best = p.reduce((bi, v, i) => (v > (p[bi] ?? 0) ? i : bi), 0);
  const other = n >= 12 && perFeature < OTHER_BELOW;
  return { p, best: other ? 'other' : (LANGS[best] ?? 'en'), features: n };
}

/** Features per unit of temperature (see identify). */
const TEMPERATURE_PER = 8;

/** Average log-probability per feature below which text is none of our languages (nats). */
const OTHER_BELOW = -7.8;

/** Decodes standard base64 (the generated table) without platform helpers: the engine is pure. */
export function fromBase64(s: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) value[alphabet.charCodeAt(i)] = i;
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | (value[clean.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
