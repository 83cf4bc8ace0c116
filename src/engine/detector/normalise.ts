/**
 * Normalisation for matching: lower case, no diacritics, common leetspeak, repeated letters
 * collapsed to one ("fuuuck" -> "fuck", "dritt" -> "drit"), whitespace runs to one space.
 * Keeps a map back to the original offsets so evidence points into the caller's text.
 */
import { allMatches } from './regex.ts';

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

/**
 * How a pattern's æ/ø/å may be typed without a Norwegian keyboard: "jævla" as jaevla, javla or
 * jevla, "føkk" as fokk or foekk, "på" as paa or pa (doubled letters collapse, so "aa" is "a").
 */
const PATTERN_SPELLINGS: Readonly<Record<string, string>> = {
  æ: '(?:ae|a|e)',
  ø: '(?:oe|o)',
};

/**
 * Normalises a pattern written in natural spelling, so lexicons can say "dritt" or "jævla".
 * Outside character classes, æ and ø also match their keyboard-less spellings.
 */
export function normalisePattern(src: string): string {
  let out = '';
  let inClass = false;
  for (const c of src) {
    if (c === '[' && !out.endsWith('\\')) inClass = true;
    if (c === ']' && !out.endsWith('\\')) inClass = false;
    const lower = c.toLowerCase();
    const spelled = inClass ? undefined : PATTERN_SPELLINGS[lower];
    if (spelled !== undefined) {
      out += spelled;
      continue;
    }
    const f = c === ' ' ? ' ' : foldChar(c);
    for (const ch of f) {
      if (isAsciiLetter(ch) && ch === out.charAt(out.length - 1)) continue;
      out += ch;
    }
  }
  return out;
}

/**
 * Replaces chat abbreviations and dialect spellings word by word ("sy nk ckp dgn manager" ->
 * "saya nak cakap dengan manager", "æ ska ta dæ" -> "jeg skal ta deg"), keeping the offset map:
 * every character of an expansion points at the whole original word.
 */
export function expandAliases(n: Normalised, aliases: ReadonlyMap<string, string>): Normalised {
  if (aliases.size === 0) return n;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /[a-z0-9']+/g;
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      text += n.text.charAt(i);
      starts.push(n.starts[i] ?? 0);
      ends.push(n.ends[i] ?? 0);
    }
  };
  for (const m of allMatches(re, n.text)) {
    const expansion = aliases.get(m[0]);
    if (expansion === undefined) continue;
    copy(last, m.index);
    const s0 = n.starts[m.index] ?? 0;
    const e0 = n.ends[m.index + m[0].length - 1] ?? 0;
    for (const ch of expansion) {
      text += ch;
      starts.push(s0);
      ends.push(e0);
    }
    last = m.index + m[0].length;
  }
  if (last === 0) return n;
  copy(last, n.text.length);
  return { text, starts, ends };
}

/** Original [start, end) for normalised [start, end). */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
