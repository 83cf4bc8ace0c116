/**
 * Round 9: figures of speech, reported speech and the page-at-once tier, on normalised text.
 *
 * - Figurative spans (per-language idioms, titles typed in Title Case such as a film's name, words
 *   in scare quotes, quoted names without a speaker) are blanked out before physical threats are
 *   sought: "killing time at the airport", "we watched Kill Bill", "he'll "blow up" the router".
 * - The reading of a threat's sentence decides its tier: `direct` (the customer, first person or an
 *   oath, nothing reported, past or hedged) may page at once; `reported` (a third party is the
 *   subject of a speech verb), `past`, `hedged` and `indirect` (no first person: "people like you
 *   get what they deserve") are proposed. A quote after "caller said:" is the customer's own words.
 * - Legal threats whose clause has a third party as subject and neither the customer nor the
 *   company in it ("my sister is taking her landlord to court") are not the customer's.
 */
import type { SpeechWords } from './lexicon/speech.ts';
import type { Normalised } from './normalise.ts';
import { normalisePattern } from './normalise.ts';
import { allMatches } from './regex.ts';

export interface CompiledSpeech {
  readonly figurative: RegExp;
  readonly reported: RegExp;
  readonly agent: RegExp;
  readonly agentReport: RegExp;
  readonly past: RegExp;
  readonly hedge: RegExp;
  readonly first: RegExp;
  readonly third: RegExp;
  readonly subject: RegExp;
  readonly second: RegExp;
  readonly estate: RegExp;
  readonly praise: RegExp;
}

const word = (src: string): RegExp => new RegExp(`(?<![a-z0-9'])(?:${normalisePattern(src)})(?![a-z0-9])`, 'g');

export function compileSpeech(all: readonly SpeechWords[]): CompiledSpeech {
  const join = (pick: (w: SpeechWords) => string): RegExp => word(all.map((w) => `(?:${pick(w)})`).join('|'));
  return {
    figurative: join((w) => w.figurative),
    reported: join((w) => w.reported),
    agent: join((w) => w.agent),
    agentReport: join((w) => w.agentReport),
    past: join((w) => w.past),
    hedge: join((w) => w.hedge),
    first: join((w) => w.first),
    third: join((w) => w.third),
    subject: join((w) => w.subject),
    second: join((w) => w.second),
    estate: join((w) => w.estate),
    praise: join((w) => w.praise),
  };
}

const has = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};

const QUOTE = /"([^"]+)"|(?<![a-z0-9])'([^']+?)'(?![a-z0-9])/g;
const TITLE_WORD = /\p{L}[\p{L}'-]*/gu;

/** [start, end) of quoted passages in normalised text. */
export function quotes(text: string): Array<[number, number]> {
  return allMatches(QUOTE, text).map((m) => [m.index, m.index + m[0].length]);
}

/** Original-text spans typed in Title Case, two words or more ("Dead Man Walking", "Kill Bill"). */
function titleSpans(original: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  const flush = () => {
    if (run.length >= 2) spans.push([run[0]?.[0] ?? 0, run[run.length - 1]?.[1] ?? 0]);
    run = [];
  };
  let last = 0;
  for (const m of allMatches(TITLE_WORD, original)) {
    const w = m[0];
    const gap = original.slice(last, m.index);
    const title = /^\p{Lu}\p{Ll}+/u.test(w) && !/[.!?:;,"\n]/.test(gap);
    if (title) run.push([m.index, m.index + w.length]);
    else if (!/^(?:of|the|a|in|on|at|sa|si|di|ng|og|i|på)$/i.test(w) || run.length === 0 || /[.!?]/.test(gap)) flush();
    last = m.index + w.length;
  }
  flush();
  return spans;
}

const SPEAKER = word(
  "i|i'm|i'l|me|my|you|your|u|aku|saya|gue|gw|kau|awak|korang|kamu|kalian|lo|lu|ako|ko|kita|ka|mo|kayo|niyo|nyo|jeg|meg|du|deg|dere|æ",
);

/** Normalised spans read figuratively (for physical threats only). */
export function figurativeSpans(original: string, n: Normalised, sp: CompiledSpeech): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of allMatches(sp.figurative, n.text)) spans.push([m.index, m.index + m[0].length]);
  for (const [open, close] of quotes(n.text)) {
    const inside = n.text.slice(open + 1, close - 1).trim();
    const words = inside.split(' ').length;
    // Round 10: a quote after "cust stated" / "pelanggan menjerit" is the customer's own words,
    // even with no "I" in it ("come down and knock their heads off").
    if (words > 2 && has(sp.agent, n.text.slice(Math.max(0, open - 40), open))) continue;
    // Scare quotes around a word or two, or a quoted name with nobody speaking in it.
    if (words <= 2 || !has(SPEAKER, inside)) spans.push([open, close]);
  }
  for (const [s, e] of titleSpans(original)) {
    const ns = n.starts.findIndex((o) => o >= s);
    let ne = n.ends.findIndex((o) => o >= e);
    if (ne < 0) ne = n.text.length - 1;
    if (ns >= 0) spans.push([ns, ne + 1]);
  }
  return spans;
}

export const blank = (text: string, spans: ReadonlyArray<readonly [number, number]>): string => {
  if (spans.length === 0) return text;
  const chars = [...text];
  for (const [s, e] of spans) for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== ' ') chars[i] = ' ';
  return chars.join('');
};

/**
 * `hedged` also covers polite requests and errands ("wait for me outside for the papers") and, since
 * round 10, laughing messages ("haha", "wkwk", a grin).
 */
export type Reading = 'direct' | 'reported' | 'past' | 'hedged' | 'indirect';

const SENTENCE_END = /[.!?;\n]/;
/** A question opening with a request ("can the courier wait for me outside?"). */
const POLITE_QUESTION = /^ ?(?:can|could|would|will|kan|kunne|vil|boleh|bisa|pwede|puwede|paki[a-z-]*)(?![a-z])/;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text.charAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text.charAt(e))) e++;
  return [s, e];
}

/** A quote the agent typed after "caller said:" holding [start, end): the customer's own words. */
function agentQuote(text: string, start: number, end: number, sp: CompiledSpeech): [number, number] | undefined {
  for (const [open, close] of quotes(text)) {
    if (start < open || end > close) continue;
    if (has(sp.agent, text.slice(Math.max(0, open - 40), open))) return [open + 1, close - 1];
  }
  return undefined;
}

/**
 * How the threat at normalised [start, end) is meant (see the module comment). `explicit` tells
 * whether a sentence names harm to someone addressed (violence and target cues together): "you're
 * dead" is direct without a first person, "see what happens to you" is not.
 */
export function readingOf(
  text: string,
  start: number,
  end: number,
  sp: CompiledSpeech,
  explicit: (sentence: string) => boolean,
  polite: (sentence: string) => boolean,
): Reading {
  const quoted = agentQuote(text, start, end, sp);
  const [s, e] = quoted ?? sentenceAround(text, start, end);
  const sentence = text.slice(s, e);
  if (quoted === undefined && has(sp.reported, sentence)) return 'reported';
  if (has(sp.past, sentence)) return 'past';
  const question = text.charAt(e) === '?' && POLITE_QUESTION.test(sentence);
  if (has(sp.hedge, sentence) || polite(sentence) || question) return 'hedged';
  return has(sp.first, sentence) || has(sp.agentReport, sentence) || explicit(sentence) ? 'direct' : 'indirect';
}

const CLAUSE_END = /[.!?;,\n]|(?<![a-z])(?:but|and|tapi|dan|pero|at|men|og)(?![a-z])/;

/** Whether the utterance praises the agent (then asking for a manager's name is no supervisor demand). */
export const praises = (text: string, sp: CompiledSpeech): boolean => has(sp.praise, text);

/** Whether a legal threat at [start, end) belongs to a third party or an estate, not to the customer. */
export function legalNotOurs(text: string, start: number, end: number, sp: CompiledSpeech): boolean {
  const [s, e] = sentenceAround(text, start, end);
  if (has(sp.estate, text.slice(s, e))) return true;
  // Round 10: a quote a third party spoke ("her neighbour shouted "I'll sue the lot of you"").
  for (const [open, close] of quotes(text))
    if (start >= open && end <= close && has(sp.reported, text.slice(Math.max(0, open - 60), open))) return true;
  const clauseStart = clauseStartBefore(text, s, start);
  const clause = text.slice(clauseStart, clauseEndAfter(text, end, e));
  return has(sp.third, clause) && !has(sp.subject, clause) && !has(sp.second, clause);
}

const CLAUSE_END_G = new RegExp(CLAUSE_END.source, 'g');
const CLAUSE_END_ONE = new RegExp(CLAUSE_END.source);

function clauseStartBefore(text: string, floor: number, at: number): number {
  const before = text.slice(floor, at);
  let cut = 0;
  for (const m of allMatches(CLAUSE_END_G, before)) cut = m.index + m[0].length;
  return floor + cut;
}

function clauseEndAfter(text: string, at: number, ceiling: number): number {
  const m = CLAUSE_END_ONE.exec(text.slice(at, ceiling));
  return m === null ? ceiling : at + m.index;
}
