/**
 * Negation and quoting, decided on normalised text around one match.
 *
 * Negation: a negator in the same clause, just before the match ("I'm not going to sue",
 * "I never said I'd hurt anyone") cancels a threat or a supervisor demand, unless a
 * conditional or contrastive word keeps it alive ("if you don't refund me I'll sue",
 * "I won't hurt you, but ...", "I won't hurt you if ..."). Kept deliberately narrow, so a
 * real physical threat is never lost to a stray "not" elsewhere in the message.
 *
 * Quoting: a phrase inside quotes attributed to staff, an advert, a film, or called a joke
 * is not the customer speaking ("the last agent said 'see you in court' as a joke").
 */

import { allMatches } from './regex.ts';
import type { ContextWords } from './types.ts';

const CLAUSE_END = /[.!?;:,\n]/;
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 8;
const VAGUE = new Set(['anything', 'something', 'whatever', 'apa', 'apa-apa', 'ano', 'noe', 'noko', 'sebagainya']);

/**
 * Words for the customer as an agent types them in a note ("cust said", "pelanggan menjerit"),
 * compared with doubled letters collapsed as normalise() does ("caller" → "caler").
 */
const CUSTOMER = new Set(
  [
    'cust',
    'customer',
    'caller',
    'client',
    'pelanggan',
    'pemanggil',
    'penelepon',
    'klien',
    'kunden',
    'kunde',
    'innringer',
    'innringeren',
    'kustomer',
    'tumawag',
  ].map((w) => w.replace(/(.)\1+/g, '$1')),
);

const tokens = (s: string): string[] => s.split(/[^a-z0-9']+/).filter((t) => t.length > 0);

function hasWord(list: readonly string[], words: readonly string[]): boolean {
  const joined = ` ${list.join(' ')} `;
  return words.some((w) => joined.includes(` ${w} `));
}

/** "or", "atau", "o", "eller": a threat's "or else" only when a subject or "else" follows. */
const OR = new Set(['or', 'atau', 'o', 'eller', 'ke']);
const OR_ELSE = new Set([
  'i',
  "i'l",
  'il',
  'we',
  "we'l",
  'else',
  'saya',
  'aku',
  'gue',
  'gw',
  'kami',
  'ako',
  'kami',
  'kita',
  'jeg',
  'vi',
  'æ',
  'you',
  'kau',
  'kamu',
  'kalian',
  'korang',
  'kayo',
]);

/**
 * Round 10: "I'm not going to sue anyone or go to the ombudsman", "hindi ako magdedemanda o
 * magrereklamo": "or" joining a second negated verb is no condition; "…or I'll sue" still is.
 */
const coordinates = (token: string, next: string): boolean => OR.has(token) && !OR_ELSE.has(next);

function isNegator(token: string, ctx: ContextWords): boolean {
  return ctx.negators.includes(token) || token.endsWith("n't");
}

/** Tokens from the start of the clause holding `at` up to `at`. */
function clauseBefore(text: string, at: number): string[] {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(text.charAt(i - 1))) i--;
  return tokens(text.slice(i, at));
}

export function isNegated(text: string, start: number, end: number, ctx: ContextWords): boolean {
  const before = clauseBefore(text, start);
  const cut = before.findLastIndex((t) => ctx.keepers.includes(t));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  // "If you don't refund me by Friday I'll sue": the negation belongs to the condition.
  // Round 10: "not going to complain or take you to court": the "or" joins a second negated verb.
  const matchWords = tokens(text.slice(start, end));
  const or = clause.findIndex((t, i) => coordinates(t, clause[i + 1] ?? matchWords[0] ?? ''));
  if (clause.some((t, i) => ctx.conditionals.includes(t) && i !== or)) return false;
  // The match's own words count too: "I won't hurt you" matches from "won't".
  const near = or >= 0 ? clause.slice(Math.max(0, or - WINDOW_BEFORE), or) : clause.slice(-WINDOW_BEFORE);
  const scope = [...near, ...matchWords];
  if (!scope.some((t) => isNegator(t, ctx))) return false;
  const after = tokens(text.slice(end)).slice(0, WINDOW_AFTER);
  // "…or anything", "…atau apa", "…o ano", "…eller noe": a vague tail, not a condition.
  return !after.some(
    (t, i) =>
      ctx.keepers.includes(t) ||
      (ctx.conditionals.includes(t) && !VAGUE.has(after[i + 1] ?? '') && !coordinates(t, after[i + 1] ?? '')),
  );
}

const QUOTE = /"([^"]+)"|(?<![a-z0-9])'([^']+?)'(?![a-z0-9])/g;

/** Spans [open, close) of quoted passages in normalised text. */
function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of allMatches(QUOTE, text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function isReportedQuote(text: string, start: number, end: number, ctx: ContextWords): boolean {
  for (const [open, close] of quoteSpans(text)) {
    if (start < open || end > close) continue;
    const before = tokens(text.slice(Math.max(0, open - 80), open)).slice(-8);
    const after = tokens(text.slice(close, close + 60)).slice(0, 6);
    // Round 10: "Agent note: cust said "…"": the customer, named after the agent's own header, is
    // the speaker; the quote is theirs, not staff's.
    const reporter = before.findLastIndex((t) => ctx.reporters.includes(t));
    const customer = before.findLastIndex((t) => CUSTOMER.has(t.replace(/(.)\1+/g, '$1')));
    if (customer > reporter) continue;
    if (hasWord(before, ctx.reporters) || hasWord(after, ctx.reporters)) return true;
  }
  return false;
}
