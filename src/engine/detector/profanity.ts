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

/** Endings and compound heads allowed after a match ("fucking", "shits", "shitshow", "dickhead"). */
const ENGLISH_ENDING =
  /^(?:|s|es|ed|er|ers|ing|in|ings|y|ty|tier|tiest|head|heads|hole|holes|face|faces|show|shows|storm|bag|bags|stain|load|wit|wits|wad|tard|ass|fest|ter|ters)$/i;
/** Compound modifiers allowed before a match ("bullshit", "motherfucker", "dumbass"). */
const ENGLISH_PREFIX =
  /^(?:bull|mother|dip|horse|jack|dumb|smart|chicken|holy|ape|bat|dog|pig|batshit|arse|ass|dick|cock|clusterf|cluster|wank|fat|lame|bad|hard|kick|mega|super|fuckin|fucking|un)$/i;

/**
 * Profane words in `text`, each widened to the whole word ("fuck" in "fucking"). With
 * `wholeWords` (now used for every locale), a match must start a word or follow a known compound
 * modifier ("bullshit"), and end it or end in an English ending or compound head ("shitshow"):
 * obscenity alone finds "cum" in Malay "cuma" (only), "nigga" in "tinggal" and "penis" in
 * "Penistone".
 */
export function englishProfanity(text: string, wholeWords = false): Span[] {
  const spans: Span[] = [];
  for (const m of matcher.getAllMatches(text, true)) {
    let start = m.startIndex;
    let end = m.endIndex + 1;
    while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
    const matchEnd = end;
    while (end < text.length && isWordChar(text.charAt(end))) end++;
    const prefixOk = start === m.startIndex || ENGLISH_PREFIX.test(text.slice(start, m.startIndex));
    if (wholeWords && (!prefixOk || !ENGLISH_ENDING.test(text.slice(matchEnd, end)))) continue;
    const last = spans[spans.length - 1];
    if (last !== undefined && start < last.end) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** The bare obscenity matcher, exported for the benchmark baseline. */
export const hasEnglishProfanity = (text: string): boolean => matcher.hasMatch(text);
