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

/** Profane words in `text`, each widened to the whole word ("fuck" in "fucking"). */
export function englishProfanity(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matcher.getAllMatches(text, true)) {
    let start = m.startIndex;
    let end = m.endIndex + 1;
    while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
    while (end < text.length && isWordChar(text.charAt(end))) end++;
    const last = spans[spans.length - 1];
    if (last !== undefined && start < last.end) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** The bare obscenity matcher, exported for the benchmark baseline. */
export const hasEnglishProfanity = (text: string): boolean => matcher.hasMatch(text);
