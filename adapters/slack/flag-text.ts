/**
 * `/flag` text in Slack: which flag kind the agent typed (ids, "legal threat", the kind's name in English
 * or in their language), and a supervisor's lookup as mrkdwn (counts by kind, then each flag with its
 * kind, time, team, id and note). Pure.
 */
import type { FlagLookup } from '../../src/app/flags.ts';
import { FLAG_KINDS, type FlagKind, type Locale, text } from '../../src/engine/index.ts';
import { esc, slackDate } from './render/text.ts';

/** Stands in for the time while the line is escaped; replaced by Slack's own date token after. */
const WHEN = '\u0000when\u0000';

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
  const counts = FLAG_KINDS.map((kind) => ({ kind, count: flags.filter((f) => f.kind === kind).length }))
    .filter((c) => c.count > 0)
    .map((c) => text(locale, 'chat.flag.kind_count', { kind: { key: `flags.kind.${c.kind}` }, count: c.count }));
  const lines = [
    `*${esc(text(locale, 'chat.flag.lookup_header', { count: flags.length, hint, kinds: counts.join(', ') }))}*`,
  ];
  for (const f of flags.slice(0, LOOKUP_SHOWN)) {
    const line = text(locale, 'chat.flag.lookup_line', {
      kind: { key: `flags.kind.${f.kind}` },
      date: WHEN,
      team: f.teamId === null ? { key: 'flags.no_team' } : text(locale, 'flags.team', { team: f.teamId }),
      id: f.id,
    });
    // The time in the reader's own zone and format (Slack renders the token per reader).
    lines.push(`• ${esc(line).replace(WHEN, slackDate(f.createdAt))}`);
    if (f.note !== null)
      lines.push(`> ${esc(text(locale, 'chat.flag.lookup_note', { note: f.note.replace(/\s+/g, ' ') }))}`);
  }
  if (flags.length > LOOKUP_SHOWN)
    lines.push(esc(text(locale, 'chat.flag.more', { count: flags.length - LOOKUP_SHOWN })));
  return lines.join('\n');
}
