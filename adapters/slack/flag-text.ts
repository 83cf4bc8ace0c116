/**
 * `/flag` text in Slack: which flag kind the agent typed (ids, "legal threat", the kind's name in English
 * or in their language), and a supervisor's lookup as mrkdwn (counts by kind, then each flag with its
 * kind, time, team, id and note). Pure.
 */
import { type FlagLookup, LOOKUP_WHEN, lookupText as lookupSentences } from '../../src/app/flags.ts';
import { FLAG_KINDS, type FlagKind, type Locale, text } from '../../src/engine/index.ts';
import { esc, slackDate } from './render/text.ts';

/** At most this many flags are listed in one answer (the rest are counted); `holdline flags lookup` lists all. */
export const LOOKUP_SHOWN = 20;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** The flag kind the text starts with, and what follows it (the note); null when it starts with none. */
export function splitFlagKind(input: string, locale: Locale): { kind: FlagKind; rest: string } | null {
  const words = input.trim().split(/\s+/).filter(Boolean);
  let best: { kind: FlagKind; used: number } | null = null;
  for (const kind of FLAG_KINDS) {
    const names = new Set([kind, text('en', `flags.kind.${kind}`), text(locale, `flags.kind.${kind}`)].map(norm));
    for (const name of names) {
      const used = name.split(' ').length;
      if (norm(words.slice(0, used).join(' ')) === name && (best === null || used > best.used)) best = { kind, used };
    }
  }
  // "insults", "threat" typed loosely: the singular id as a prefix of one word.
  if (best === null) {
    const first = norm(words[0] ?? '');
    const kind = FLAG_KINDS.find((k) => first.length >= 4 && (first.startsWith(k) || k.startsWith(first)));
    if (kind !== undefined) best = { kind, used: 1 };
  }
  return best === null ? null : { kind: best.kind, rest: words.slice(best.used).join(' ') };
}

/** A supervisor's lookup, newest first, as Slack mrkdwn (notes and hints escaped). */
export function lookupText(locale: Locale, found: FlagLookup): string {
  const { hint, flags } = found;
  if (flags.length === 0) return esc(text(locale, 'flags.none', { hint }));
  const { header, entries } = lookupSentences(locale, found);
  const lines = [`*${esc(header)}*`];
  for (const e of entries.slice(0, LOOKUP_SHOWN)) {
    // The time in the reader's own zone and format (Slack renders the token per reader).
    lines.push(`• ${esc(e.line).replace(LOOKUP_WHEN, slackDate(e.createdAt))}`);
    if (e.note !== null) lines.push(`> ${esc(e.note)}`);
  }
  if (flags.length > LOOKUP_SHOWN)
    lines.push(esc(text(locale, 'chat.flag.more', { count: flags.length - LOOKUP_SHOWN })));
  return lines.join('\n');
}
