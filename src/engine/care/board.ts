/**
 * "Who needs help now" (the supervisor's board): a team's open contacts, most urgent first, and the
 * personal limits of its agents (field guide §3: tell your colleagues and supervisor your limits).
 * Every open Holdline session is a contact the agent found hard enough to open Holdline for, so all
 * of them are listed. Pure: built from sessions and their escalations, rendered as catalogue lines.
 */
import type { Escalation } from '../escalation.ts';
import { translate } from '../i18n/catalogue.ts';
import type { Session, ThreatTarget } from '../model.ts';
import type { ContactChannel, IncidentKind, Limits, Locale } from '../types.ts';

export interface BoardContact {
  readonly sessionId: string;
  readonly agentId: string;
  readonly kind: IncidentKind;
  readonly channel: ContactChannel;
  readonly startedAt: number;
  readonly hostility: number;
  /** The limits the session runs under (frozen when it started). */
  readonly limits: Limits;
  /** Escalations still paging (nobody has acknowledged yet). */
  readonly pagesOpen: number;
  /** Supervisors who acknowledged (on the way) or took over. */
  readonly onTheWay: readonly { readonly by: string; readonly takenOver: boolean }[];
  readonly threats: readonly ThreatTarget[];
}

export interface AgentLimits {
  readonly agentId: string;
  readonly limits: Limits;
  /** True when the agent set them; false when the team's (or the default) limits apply. */
  readonly own: boolean;
}

export interface TeamBoard {
  readonly teamId: string;
  readonly contacts: readonly BoardContact[];
  readonly limits: readonly AgentLimits[];
}

export function boardContact(s: Session, escalations: readonly Escalation[]): BoardContact {
  const mine = escalations.filter((e) => e.sessionId === s.id);
  return {
    sessionId: s.id,
    agentId: s.agentId,
    kind: s.kind,
    channel: s.channel,
    startedAt: s.startedAt,
    hostility: s.hostility,
    limits: s.limits,
    pagesOpen: mine.filter((e) => e.status === 'paging').length,
    onTheWay: mine.flatMap((e) =>
      e.acknowledgedBy === null ? [] : [{ by: e.acknowledgedBy, takenOver: e.status === 'taken_over' }],
    ),
    threats: s.reported,
  };
}

/** Pages nobody has answered first, then the most hostile, then the longest running. */
export function sortBoard(contacts: readonly BoardContact[]): BoardContact[] {
  return [...contacts].sort(
    (a, b) => b.pagesOpen - a.pagesOpen || b.hostility - a.hostility || a.startedAt - b.startedAt,
  );
}

/** What the board shows, minus the clock: App Home is republished only when this changes. */
export const boardFingerprint = (b: TeamBoard): string => JSON.stringify([b.contacts, b.limits]);

const limitsText = (locale: Locale, l: Limits) => translate(locale, 'board.limits', { ...l });

/** One line per open contact; `name` turns an agent id into how the surface shows a person. */
export function renderBoardContacts(
  b: TeamBoard,
  locale: Locale,
  now: number,
  name: (id: string) => string = (id) => id,
): string[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const lines = [t('board.title', { team: b.teamId, count: b.contacts.length })];
  if (b.contacts.length === 0) lines.push(`  ${t('board.none')}`);
  for (const c of b.contacts) {
    const parts = [
      t(`kind.${c.kind}`),
      t(`channel.${c.channel}`),
      t('board.minutes', { minutes: Math.max(0, Math.floor((now - c.startedAt) / 60_000)) }),
      t(c.hostility > c.limits.hostility ? 'board.hostility_over' : 'board.hostility', {
        hostility: c.hostility,
        limit: c.limits.hostility,
      }),
      c.pagesOpen > 0 ? t('board.pages_open', { count: c.pagesOpen }) : t('board.no_page_open'),
    ];
    for (const w of c.onTheWay)
      parts.push(t(w.takenOver ? 'board.taken_over' : 'board.on_the_way', { who: name(w.by) }));
    for (const th of c.threats) parts.push(t(`board.reported_${th}`));
    lines.push(`• ${name(c.agentId)}: ${parts.join(' · ')}`);
  }
  return lines;
}

export function renderBoardLimits(b: TeamBoard, locale: Locale, name: (id: string) => string = (id) => id): string[] {
  const lines = [translate(locale, 'board.limits_title')];
  if (b.limits.length === 0) lines.push(`  ${translate(locale, 'board.limits_none')}`);
  for (const l of b.limits)
    lines.push(
      `• ${name(l.agentId)}: ${limitsText(locale, l.limits)}${l.own ? '' : ` (${translate(locale, 'board.limits_default')})`}`,
    );
  return lines;
}

export const renderBoard = (b: TeamBoard, locale: Locale, now: number, name?: (id: string) => string): string[] => [
  ...renderBoardContacts(b, locale, now, name),
  '',
  ...renderBoardLimits(b, locale, name),
];
