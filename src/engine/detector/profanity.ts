/**
 * English profanity through `obscenity`, which handles leetspeak, look-alike characters and
 * Scunthorpe-style words ("assistant", "Dickens"). It runs for every locale: agents in
 * Malaysia, Indonesia, Norway and the Philippines hear English swearing mixed in.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const isWordChar = (c: string): boolean => c !== '' && /[\p{L}\p{N}@$*]/u.test(c);

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** English endings allowed after a match when the sentence is not English ("fucking", "shits"). */
const ENGLISH_ENDING = /^(?:|s|es|ed|er|ers|ing|in|y|ty|head|hole|face)$/i;

/**
 * Profane words in `text`, each widened to the whole word ("fuck" in "fucking"). With
 * `wholeWords` (non-English sentences), a match must start a word and end it or end in an
 * English ending: obscenity alone finds "cum" in Malay "cuma" (only) and "nigga" in "tinggal".
 */
export function englishProfanity(text: string, wholeWords = false): Span[] {
  const spans: Span[] = [];
  for (const m of matcher.getAllMatches(text, true)) {
    let start = m.startIndex;
    let end = m.endIndex + 1;
    while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
    const matchEnd = end;
    while (end < text.length && isWordChar(text.charAt(end))) end++;
    if (wholeWords && (start !== m.startIndex || !ENGLISH_ENDING.test(text.slice(matchEnd, end)))) continue;
    const last = spans[spans.length - 1];
    if (last !== undefined && start < last.end) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** The bare obscenity matcher, exported for the benchmark baseline. */
export const hasEnglishProfanity = (text: string): boolean => matcher.hasMatch(text);
