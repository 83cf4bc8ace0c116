/**
 * Normalisation for matching: lower case, no diacritics, common leetspeak, repeated letters
 * collapsed to one ("fuuuck" -> "fuck", "dritt" -> "drit"), whitespace runs to one space.
 * Keeps a map back to the original offsets so evidence points into the caller's text.
 */

export interface Normalised {
  readonly text: string;
  /** For each normalised char, the original index where it starts. */
  readonly starts: readonly number[];
  /** For each normalised char, the original index just after the chars it stands for. */
  readonly ends: readonly number[];
}

const SPECIAL: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '«': '"',
  '»': '"',
};

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isAsciiLetter = (c: string): boolean => c >= 'a' && c <= 'z';

/** Maps one original character to zero or more normalised characters (no leet, no collapsing). */
export function foldChar(c: string): string {
  const lower = c.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  if (/\s/u.test(lower)) return ' ';
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function normalise(input: string): Normalised {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charAt(i);
    // A repeated letter collapses before folding, so "jææævla" is "jævla", not "jaeaeaevla".
    if (isLetter(c) && c.toLowerCase() === input.charAt(i - 1).toLowerCase() && ends.length > 0) {
      ends[ends.length - 1] = i + 1;
      continue;
    }
    let folded = foldChar(c);
    const leet = LEET[c];
    // Leet only inside words ("sh1t", "@ss"), so account numbers and times stay digits.
    if (leet !== undefined && (isLetter(input.charAt(i - 1)) || isLetter(input.charAt(i + 1)))) folded = leet;
    for (const f of folded) {
      const last = text.charAt(text.length - 1);
      const collapses = (f === ' ' && (last === ' ' || text.length === 0)) || (isAsciiLetter(f) && f === last);
      if (collapses) {
        if (ends.length > 0) ends[ends.length - 1] = i + 1;
        continue;
      }
      text += f;
      starts.push(i);
      ends.push(i + 1);
    }
  }
  return { text, starts, ends };
}

/** Normalises a pattern written in natural spelling, so lexicons can say "dritt" or "jævla". */
export function normalisePattern(src: string): string {
  let out = '';
  for (const c of src) {
    const f = c === ' ' ? ' ' : foldChar(c);
    for (const ch of f) {
      if (isAsciiLetter(ch) && ch === out.charAt(out.length - 1)) continue;
      out += ch;
    }
  }
  return out;
}

/** Original [start, end) for normalised [start, end). */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
