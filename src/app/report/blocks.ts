/**
 * The incident report as plain blocks (headings, lines, list items, verbatim text), in the reader's
 * language and time zone; Markdown and PDF are both written from these (markdown.ts, src/pdf/). Pure.
 */
import {
  type Escalation,
  formatDateTime,
  type Locale,
  type MessageKey,
  reasonText,
  type TimelineEntry,
  text,
} from '../../engine/index.ts';
import type { IncidentReport } from '../incident-report.ts';

export type Block =
  | { readonly type: 'title' | 'heading' | 'line' | 'item'; readonly text: string }
  /** A label and its value (the summary table). */
  | { readonly type: 'field'; readonly label: string; readonly value: string }
  /** What someone wrote, shown exactly as written (a threat statement). */
  | { readonly type: 'verbatim'; readonly text: string };

const KINDS = new Set(['vulgarity', 'insult', 'legal_threat', 'physical_threat', 'supervisor_request', 'hostile']);

export function reportBlocks(r: IncidentReport, locale: Locale, timeZone: string): Block[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => text(locale, key, params);
  const time = (at: number) => formatDateTime(at, locale, timeZone);
  const kind = (k: unknown) => (typeof k === 'string' && KINDS.has(k) ? t(`kind.${k as 'hostile'}`) : String(k));
  const s = r.session;
  const entries = (type: string) => s.timeline.filter((e) => e.type === type);
  const list = (items: string[]): Block[] =>
    items.length === 0 ? [{ type: 'item', text: t('incident.none') }] : items.map((text) => ({ type: 'item', text }));
  const started = entries('started')[0];
  const blocks: Block[] = [
    { type: 'title', text: t('incident.title') },
    { type: 'line', text: t('incident.prepared', { by: r.reader, time: time(r.at), zone: timeZone }) },
    { type: 'field', label: t('incident.session'), value: s.id },
    { type: 'field', label: t('incident.agent'), value: s.agentId },
    { type: 'field', label: t('incident.team'), value: s.teamId ?? t('incident.no_team') },
    { type: 'field', label: t('incident.channel'), value: t(`channel.${s.channel}`) },
    { type: 'field', label: t('incident.kind'), value: kind(s.kind) },
    { type: 'field', label: t('incident.started'), value: time(s.startedAt) },
    {
      type: 'field',
      label: t('incident.closed'),
      value: s.closedAt === null ? t('incident.still_open') : time(s.closedAt),
    },
    { type: 'field', label: t('incident.outcome'), value: s.outcome === null ? '-' : t(`outcome.${s.outcome}`) },
    { type: 'heading', text: t('incident.kinds') },
    ...list([
      ...(started ? [t('incident.kind_first', { time: time(started.at), kind: kind(started.data?.kind) })] : []),
      ...entries('reclassified').map((e) =>
        t('incident.kind_change', { time: time(e.at), from: kind(e.data?.from), to: kind(e.data?.to) }),
      ),
    ]),
    { type: 'heading', text: t('incident.timeline') },
    ...s.timeline.map((e): Block => ({ type: 'item', text: timelineLine(e, time, t) })),
    { type: 'heading', text: t('incident.limits') },
    ...list(
      entries('escalated')
        .filter((e) => e.data?.reason === 'limit')
        .map((e) =>
          t('incident.limit_line', {
            time: time(e.at),
            limit: t(`limit.${String(e.data?.limit) as 'minutes'}`),
            value: String(e.data?.value ?? ''),
            max: String(e.data?.max ?? ''),
          }),
        ),
    ),
    { type: 'heading', text: t('incident.pages') },
    ...list(r.escalations.map((e) => pageLine(e, locale, time, t))),
    { type: 'heading', text: t('incident.threats') },
    ...list(
      entries('threat_reported').map((e) =>
        t('incident.threat_line', {
          time: time(e.at),
          to: t(e.data?.to === 'legal' ? 'incident.threat_to.legal' : 'incident.threat_to.security'),
        }),
      ),
    ),
    { type: 'heading', text: t('incident.statements') },
    ...(r.statements.length === 0 ? [{ type: 'item' as const, text: t('incident.none') }] : []),
    ...r.statements.flatMap((st): Block[] => [
      {
        type: 'line',
        text: t('incident.statement_head', {
          agent: st.agentId,
          time: time(st.createdAt),
          threat: t(`statement.threat.${st.threat}`),
        }),
      },
      st.said === null ? { type: 'line', text: t('incident.statement_sealed') } : { type: 'verbatim', text: st.said },
      ...(st.when ? [{ type: 'line' as const, text: t('incident.statement_when', { when: st.when }) }] : []),
      ...(st.witnesses
        ? [{ type: 'line' as const, text: t('incident.statement_witnesses', { witnesses: st.witnesses }) }]
        : []),
    ]),
    { type: 'heading', text: t('incident.flags') },
    ...list(
      entries('customer_flagged').map((e) =>
        t('incident.flag_line', {
          time: time(e.at),
          kind: t(`flags.kind.${String(e.data?.kind) as 'insult'}`),
        }),
      ),
    ),
  ];
  return blocks;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "23 Nov 2026, 10:05 CET: Supervisor paged (reason=limit, severity=normal)". */
function timelineLine(e: TimelineEntry, time: (at: number) => string, t: T): string {
  const label = KNOWN_EVENTS.has(e.type) ? t(`incident.event.${e.type as 'started'}`) : e.type;
  const data = Object.entries(e.data ?? {})
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return `${time(e.at)}: ${label}${data ? ` (${data})` : ''}`;
}

const KNOWN_EVENTS = new Set([
  'started',
  'detected',
  'hostility_changed',
  'complexity_changed',
  'handed_over',
  'supervisor_acknowledged',
  'kind_confirmed',
  'reclassified',
  'choice',
  'step_entered',
  'warning_given',
  'told_ending',
  'escalated',
  'threat_reported',
  'customer_flagged',
  'threat',
  'threat_report_updated',
  'time_limit_reached',
  'closed',
]);

/** A page: when, why, how urgent, and who answered when (or that nobody did). */
function pageLine(e: Escalation, locale: Locale, time: (at: number) => string, t: T): string {
  const why = reasonText(e.reason);
  const head = t('incident.page_line', {
    time: time(e.startedAt),
    reason: text(locale, why.key, 'params' in why ? why.params : undefined),
    severity: t(`incident.severity.${e.severity}`),
  });
  const at = e.acknowledgedAt === null ? '' : time(e.acknowledgedAt);
  const answer =
    e.status === 'acknowledged'
      ? t('incident.page_acknowledged', { by: e.acknowledgedBy ?? '', time: at })
      : e.status === 'taken_over'
        ? t('incident.page_taken_over', { by: e.acknowledgedBy ?? '', time: at })
        : e.status === 'paging'
          ? t('incident.page_open')
          : t('incident.page_unanswered');
  return `${head}; ${answer}`;
}
