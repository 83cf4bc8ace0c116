/**
 * Shouting: a run of three or more words in capitals ("THIS IS A DISGRACE"). Acronyms
 * ("ATM", "NBI") alone are too short to count. Returns original offsets of the run.
 */
import type { Span } from './profanity.ts';
import { allMatches } from './regex.ts';

const NON_SPACE = /\S+/g;
const CAPS_WORD = /\p{Lu}{2,}[\p{Lu}\p{N}'!?.,]*/u;

export function shouting(text: string): Span | undefined {
  const words = allMatches(NON_SPACE, text);
  let runStart = -1;
  let runLen = 0;
  let best: Span | undefined;
  let bestLen = 0;
  for (const w of words) {
    const word = w[0];
    const letters = word.replace(/[^\p{L}]/gu, '');
    const caps = letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    if (caps && (CAPS_WORD.test(word) || letters.length === 1)) {
      if (runLen === 0) runStart = w.index;
      runLen++;
      const letterCount = text.slice(runStart, w.index + word.length).replace(/[^\p{L}]/gu, '').length;
      if (runLen >= 3 && letterCount >= 10 && runLen > bestLen) {
        best = { start: runStart, end: w.index + word.length };
        bestLen = runLen;
      }
    } else {
      runLen = 0;
    }
  }
  return best;
}
