/**
 * The lines every surface adds to a page about what happened since it was first sent: the threat
 * repeated while it was open, the contact closed before anyone answered. Times come through `time` so each surface formats them for its reader.
 */
import type { PageMessage } from './escalation.ts';
import type { IncidentKind, Locale } from './types.ts';
import { text } from './view.ts';

type Page = Extract<PageMessage, { kind: 'page' }>;

/**
 * Where the page stands in the policy: nothing on the first page, "Reminder 2" on a re-notification of the
 * first level, "Escalated to level 2" on the first page of a later level, and "Level 2, reminder 1" on its
 * re-notifications. Reminders count per level (the escalation's `round` starts again at 0 on each level).
 */
export function pageStage(m: Page, locale: Locale): string[] {
  if (m.level === 0) return m.round > 0 ? [text(locale, 'page.renotify', { round: m.round })] : [];
  return m.round === 0
    ? [text(locale, 'page.level', { level: m.level + 1 })]
    : [text(locale, 'page.level_renotify', { level: m.level + 1, round: m.round })];
}

export function pageNotes(m: Page, locale: Locale, time: (at: number) => string): string[] {
  const repeats = m.repeatedAt ?? [];
  return [
    ...(repeats.length > 0 ? [text(locale, 'page.threat_repeated', { times: repeats.map(time).join(', ') })] : []),
    ...(m.contactClosedAt === undefined
      ? []
      : [text(locale, 'page.contact_closed', { time: time(m.contactClosedAt) })]),
  ];
}

/** A threat report's title: the first report, or an update to it once the threat was repeated. */
export const reportTitle = (locale: Locale, to: 'security' | 'legal', repeatedAt?: readonly number[]): string =>
  text(locale, repeatedAt?.length ? 'report.update_title' : 'report.title', { to: { key: `to.${to}` } });

/** The update's line: "Legal threat repeated at 14:03, 14:05 (session …)." (none for a first report). */
export const reportRepeats = (
  locale: Locale,
  kind: IncidentKind,
  session: string,
  repeatedAt: readonly number[] | undefined,
  time: (at: number) => string,
): string[] =>
  repeatedAt?.length
    ? [
        text(locale, 'report.repeated', {
          kind: { key: `kind.${kind}` },
          times: repeatedAt.map(time).join(', '),
          session,
        }),
      ]
    : [];
