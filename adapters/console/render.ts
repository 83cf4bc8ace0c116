/** Terminal rendering of a session view and of the effects that go to other people. */
import {
  aboutContact,
  type Effect,
  formatDateTime,
  formatTime,
  type Locale,
  namesContact,
  type PageMessage,
  pageNotes,
  pageStage,
  reasonText,
  renderNotice,
  reportRepeats,
  reportTitle,
  type Session,
  type SessionView,
  text,
} from '../../src/engine/index.ts';
import type { Speech } from './speech.ts';

/** Keys the terminal binds to the always-available actions. */
export const ACTION_KEYS = {
  w: 'worse',
  b: 'better',
  s: 'supervisor',
  v: 'threat_physical',
  g: 'threat_legal',
  x: 'close',
} as const;
const keyOf = Object.fromEntries(Object.entries(ACTION_KEYS).map(([k, a]) => [a, k]));

export function renderView(v: SessionView, locale: Locale): string {
  if (!v.open) return `\n${v.header}\n${v.closedSummary ?? ''}\n${v.meters}\n`;
  const lines = [
    '',
    `── ${v.header} ──`,
    ...(v.priorFlags ? [`  ⚑ ${v.priorFlags}`] : []),
    `» ${v.title}`,
    ...v.guidance.map((g) => `  · ${g}`),
    ...(v.customerType ? [`  ◦ ${v.customerType}`] : []),
    ...(v.customerLanguage ? [`  ◦ ${v.customerLanguage}`] : []),
    `  ${v.sayLabel}:`,
    ...v.say.map((s, i) => `    “${s}”${v.insteadOf[i] ? `  (${v.insteadOf[i]})` : ''}`),
    '',
    ...(v.suggestion ? [`  ? ${v.suggestion}  ${text(locale, 'console.suggestion_keys')}`] : []),
    ...v.choices.map((c, i) => `  ${i + 1}) ${c.label}`),
    `  ${[...v.actions.map((a) => `${keyOf[a.id] ?? '?'}) ${a.label}`), ...(v.flag ? [`f) ${v.flag.label}`] : []), `t) ${text(locale, 'ctype.action')}`].join('   ')}`,
    `  ${v.meters}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** What a supervisor, security or legal would receive, printed as it would be sent. */
export function renderOutgoing(effect: Effect, session: Session, speech: Speech, at: number): string | null {
  const { locale, timeZone } = speech;
  const common = {
    agent: session.agentId,
    kind: { key: `kind.${session.kind}` as const },
    channel: { key: `channel.${session.channel}` as const },
  };
  switch (effect.type) {
    case 'notice': {
      // A notice the agent did not cause, or one after the contact closed, names the contact (engine/notice-contact.ts).
      const about = namesContact(effect, session)
        ? ` ${aboutContact(session, locale, (t) => formatTime(t, locale, timeZone))}`
        : '';
      return `  ! ${renderNotice(effect, locale)}${about}`;
    }
    case 'reportThreat':
      return renderReport(effect.to, effect.to, effect.repeatedAt, session, speech, at, common);
    case 'flagCustomer':
      return null; // the notice that accompanies it tells the agent
    case 'offerDecompression':
      return `\n  ${text(locale, 'notice.decompress')}\n`;
    case 'page':
      return renderPage(effect.message, session, speech, at, common);
    case 'contactClosed': // the app tells the open pages; nothing to print
    case 'pageSupervisor': // paging turns it into an escalation before the outbox (ConsoleDelivery refuses it)
    case 'prompt':
    case 'scheduleCheck':
    case 'scheduleFollowUp': // a timer, never in the outbox
      return null;
  }
}

/** A page, page update or threat report as the surface-neutral contract describes it (docs/paging.md). */
function renderPage(
  m: PageMessage,
  session: Session,
  speech: Speech,
  at: number,
  common: {
    agent: string;
    kind: { key: `kind.${Session['kind']}` };
    channel: { key: `channel.${Session['channel']}` };
  },
): string {
  const { locale, timeZone } = speech;
  switch (m.kind) {
    case 'page': {
      const to = [...m.supervisors, ...m.channels].join(', ');
      const title = text(locale, m.severity === 'critical' ? 'page.title_critical' : 'page.title', common);
      const body = text(locale, 'page.body', {
        ...common,
        reason: reasonText(m.reason),
        // Frozen at close: a page sent after the contact ended does not keep counting.
        minutes: Math.floor((Math.min(at, session.closedAt ?? at) - session.startedAt) / 60_000),
        hostility: session.hostility,
      });
      const customer = session.customer ? ` ${text(locale, 'page.customer', { hint: session.customer.hint })}` : '';
      const extra = [...pageStage(m, locale), ...pageNotes(m, locale, (t) => formatTime(t, locale, timeZone))].filter(
        Boolean,
      );
      const hint = text(locale, 'page.ack_hint', { escalation: m.escalationId.slice(0, 8) });
      return `\n  [${text(locale, 'console.page_tag')} → ${to}] ${title}\n  ${[...extra, body].join(' ')}${customer}\n  ${hint}\n`;
    }
    case 'page_update': {
      const status = text(locale, `page.update_${m.status}`, {
        by: m.by ?? '',
        time: m.at === undefined ? '' : formatTime(m.at, locale, timeZone),
      });
      return `\n  [${text(locale, 'console.page_update_tag')} ${m.escalationId.slice(0, 8)}] ${status}\n`;
    }
    case 'page_edit': {
      // The terminal cannot edit what it printed: the note is printed once, under the page's tag.
      const first = m.edits[0];
      if (first === undefined) return '';
      const notes = pageNotes(first.page, locale, (t) => formatTime(t, locale, timeZone)).join(' ');
      return `\n  [${text(locale, 'console.page_update_tag')} ${m.escalationId.slice(0, 8)}] ${notes}\n`;
    }
    case 'report':
      return renderReport(m.recipients.join(', '), m.to, m.repeatedAt, session, speech, at, common);
  }
}

/** A threat report, or an update to it saying when the threat was repeated (times in the reader's zone). */
function renderReport(
  recipients: string,
  to: 'security' | 'legal',
  repeatedAt: readonly number[] | undefined,
  session: Session,
  speech: Speech,
  at: number,
  common: Record<string, string | { key: `kind.${Session['kind']}` } | { key: `channel.${Session['channel']}` }>,
): string {
  const { locale, timeZone } = speech;
  const repeats = reportRepeats(locale, session.kind, session.id, repeatedAt, (t) => formatTime(t, locale, timeZone));
  const body = text(locale, 'report.body', {
    ...common,
    to,
    time: formatDateTime(at, locale, timeZone),
    session: session.id,
  });
  return `\n  [${text(locale, 'console.report_tag')} → ${recipients}] ${reportTitle(locale, to, repeatedAt)}\n  ${[...repeats, body].join('\n  ')}\n`;
}
