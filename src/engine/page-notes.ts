/**
 * The lines every surface adds to a page about what happened since it was first sent: the threat
 * repeated while it was open, the contact closed before anyone answered. Times come through `time` so each surface formats them for its reader.
 */
import type { PageMessage } from './escalation.ts';
import type { Locale } from './types.ts';
import { text } from './view.ts';

type Page = Extract<PageMessage, { kind: 'page' }>;

export function pageNotes(m: Page, locale: Locale, time: (at: number) => string): string[] {
  const repeats = m.repeatedAt ?? [];
  return [
    ...(repeats.length > 0 ? [text(locale, 'page.threat_repeated', { times: repeats.map(time).join(', ') })] : []),
    ...(m.contactClosedAt === undefined
      ? []
      : [text(locale, 'page.contact_closed', { time: time(m.contactClosedAt) })]),
  ];
}
