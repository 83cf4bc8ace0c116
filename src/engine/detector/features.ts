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
import { allMatches } from './regex.ts';

/** Number of hash buckets. Collisions at this size are rare for our vocabulary. */
export const DIM = 1 << 20;

export interface Token {
  /** Normalised [start, end) of the word. */
  readonly start: number;
  readonly end: number;
}

export interface Featurised {
  /** Unique hashed feature ids, in order of first appearance. */
  readonly ids: Uint32Array;
  /** For each id, the index into `tokens` of a word it came from (the first one). */
  readonly token: Int32Array;
  readonly tokens: readonly Token[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over s[from, to), continuing from `h` (so a prefix is hashed once). */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  let x = h;
  for (let i = from; i < to; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return x;
}

const W = fnv(FNV_OFFSET, 'w:');
const B = fnv(FNV_OFFSET, 'b:');
const N = fnv(FNV_OFFSET, 'n:');
const C = fnv(FNV_OFFSET, 'c:');
const UNDERSCORE = '_'.charCodeAt(0);

const WORD = /[a-z0-9']+/g;
const CLAUSE_END = /[.!?;,\n]/;

/**
 * Same features as hashing the strings "w:<word>", "b:<prev>_<word>", "n:<word>" and
 * "c:<n-gram of <word>>" with FNV-1a, without building those strings.
 */
/** Per-call stamps instead of a Map: seen[id] === stamp when id was already added (one table, reused). */
const seen = new Uint32Array(DIM);
let stamp = 0;

export function featurise(n: Normalised, negators: ReadonlySet<string>): Featurised {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) seen.fill(0);
  const ids: number[] = [];
  const owner: number[] = [];
  const add = (h: number, token: number): void => {
    const id = (h >>> 0) & (DIM - 1);
    if (seen[id] === stamp) return;
    seen[id] = stamp;
    ids.push(id);
    owner.push(token);
  };
  const tokens: Token[] = [];
  let prev: string | undefined;
  let negated = false;
  let lastEnd = 0;
  for (const m of allMatches(WORD, n.text)) {
    const w = m[0];
    const between = n.text.slice(lastEnd, m.index);
    if (CLAUSE_END.test(between)) {
      prev = undefined;
      negated = false;
    }
    const t = tokens.length;
    tokens.push({ start: m.index, end: m.index + w.length });
    add(fnv(W, w), t);
    if (prev !== undefined) add(fnv(Math.imul(fnv(B, prev) ^ UNDERSCORE, FNV_PRIME), w), t);
    if (negated) add(fnv(N, w), t);
    const padded = `<${w}>`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      // n-grams of 3, 4 and 5 starting at i share their prefix hash.
      let h = fnv(C, padded, i, i + 3);
      add(h, t);
      for (let len = 4; len <= 5 && i + len <= padded.length; len++) {
        h = Math.imul(h ^ padded.charCodeAt(i + len - 1), FNV_PRIME);
        add(h, t);
      }
    }
    if (negators.has(w) || w.endsWith("n't")) negated = true;
    prev = w;
    lastEnd = m.index + w.length;
  }
  return { ids: Uint32Array.from(ids), token: Int32Array.from(owner), tokens };
}
