/**
 * Features for the learned component (round 7): what the model sees of an utterance.
 *
 * The text goes through the same normalisation and alias expansion as the rules (lower case, no
 * diacritics, leetspeak, repeated letters collapsed, chat abbreviations expanded), then:
 *   - word unigrams and bigrams ("w:bunuh", "b:aku_bunuh");
 *   - character n-grams of 3 to 5 inside each word, with word-boundary marks ("c:<mem", "c:nuh>"),
 *     so unseen word forms share pieces with seen ones (bunuh/membunuh, drep/drepe, patay/patayin);
 *   - a word after a negator in the same clause also gives "n:<word>" ("not going to sue").
 * Every feature is hashed (FNV-1a, 32 bits) into DIM buckets, so the model is a table of numbers.
 * Each feature remembers the word it came from, so the model's evidence points at real words.
 */
import type { Normalised } from './normalise.ts';

/** Number of hash buckets. Collisions at this size are rare for our vocabulary. */
export const DIM = 1 << 20;

export interface Token {
  /** Normalised [start, end) of the word. */
  readonly start: number;
  readonly end: number;
}

export interface Featurised {
  /** Unique hashed feature ids, ascending. */
  readonly ids: Uint32Array;
  /** For each id, the index into `tokens` of a word it came from (the first one). */
  readonly token: Int32Array;
  readonly tokens: readonly Token[];
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /[a-z0-9']+/g;
const CLAUSE_END = /[.!?;,\n]/;

export function featurise(n: Normalised, negators: ReadonlySet<string>): Featurised {
  const byId = new Map<number, number>();
  const add = (f: string, token: number): void => {
    const id = fnv1a(f) & (DIM - 1);
    if (!byId.has(id)) byId.set(id, token);
  };
  const tokens: Token[] = [];
  let prev: string | undefined;
  let negated = false;
  let lastEnd = 0;
  for (const m of n.text.matchAll(WORD)) {
    const w = m[0];
    const between = n.text.slice(lastEnd, m.index);
    if (CLAUSE_END.test(between)) {
      prev = undefined;
      negated = false;
    }
    const t = tokens.length;
    tokens.push({ start: m.index, end: m.index + w.length });
    add(`w:${w}`, t);
    if (prev !== undefined) add(`b:${prev}_${w}`, t);
    if (negated) add(`n:${w}`, t);
    const padded = `<${w}>`;
    for (let len = 3; len <= 5; len++)
      for (let i = 0; i + len <= padded.length; i++) add(`c:${padded.slice(i, i + len)}`, t);
    if (negators.has(w) || w.endsWith("n't")) negated = true;
    prev = w;
    lastEnd = m.index + w.length;
  }
  const ids = Uint32Array.from([...byId.keys()].sort((a, b) => a - b));
  const token = Int32Array.from(ids, (id) => byId.get(id) ?? 0);
  return { ids, token, tokens };
}
