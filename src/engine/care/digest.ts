/**
 * The weekly team digest (field guide §13): a pure aggregation over plain rows the store hands in.
 * Anonymous check-ins count only when at least MIN_ANONYMOUS_CONTRIBUTORS people contributed that
 * week, and are never mixed into the named figures (a combined average would let one subtract).
 */
import type { LimitName, Session, ThreatTarget } from '../model.ts';
import { type IncidentKind, LIMIT_BOUNDS, type Outcome } from '../types.ts';
import { isHardContact } from './hard.ts';
import type { Scorecard } from './scorecard.ts';
import type { TeamTrend } from './trend.ts';

export const MIN_ANONYMOUS_CONTRIBUTORS = 3;

export interface DigestSessionRow {
  readonly kind: IncidentKind;
  readonly outcome: Outcome | null;
  readonly limitsCrossed: readonly LimitName[];
  readonly threatsReported: readonly ThreatTarget[];
  readonly hard: boolean;
}

/** A page and when a supervisor acknowledged it (null: never). Filled by the escalations feature. */
export interface PageAckRow {
  readonly pagedAt: number;
  readonly acknowledgedAt: number | null;
  /** The paging agent: who contributed to the figure, for the anonymity floor of the scorecard. */
  readonly agentId?: string;
}

export interface DigestInput {
  readonly teamId: string;
  readonly week: string;
  readonly sessions: readonly DigestSessionRow[];
  readonly namedCheckins: readonly { readonly day: string; readonly mood: number }[];
  readonly anonymousCheckins: readonly { readonly mood: number }[];
  readonly anonymousContributors: number;
  /** Empty until escalations record acknowledgements; the digest then leaves the pages section out. */
  readonly pageAcks: readonly PageAckRow[];
}

export interface MoodFigure {
  readonly average: number;
  readonly count: number;
}

export interface Digest {
  readonly teamId: string;
  readonly week: string;
  readonly contacts: number;
  readonly hardContacts: number;
  readonly incidents: Readonly<Partial<Record<IncidentKind, number>>>;
  readonly outcomes: Readonly<Partial<Record<Outcome | 'open', number>>>;
  readonly limitsCrossed: Readonly<Record<LimitName, number>>;
  readonly threatsReported: Readonly<Partial<Record<ThreatTarget, number>>>;
  readonly namedMood: {
    readonly byDay: readonly (MoodFigure & { readonly day: string })[];
    readonly week: MoodFigure | null;
  };
  /** Null when fewer than three people checked in anonymously that week (the figures stay hidden). */
  readonly anonymousMood: (MoodFigure & { readonly contributors: number }) | null;
  readonly pages: { readonly count: number; readonly acknowledged: number; readonly medianAckMs: number | null } | null;
  /** The scorecard (this week, change, 4-week average); absent in a digest built from one week's rows only. */
  readonly scorecard?: Scorecard;
  /** The last eight weeks, for the chart. */
  readonly trend?: TeamTrend;
}

export function sessionDigestRow(s: Session): DigestSessionRow {
  const limitsCrossed = s.escalated
    .filter((k) => k.startsWith('limit:'))
    .map((k) => k.slice('limit:'.length))
    .filter((k): k is LimitName => k in LIMIT_BOUNDS);
  return { kind: s.kind, outcome: s.outcome, limitsCrossed, threatsReported: s.reported, hard: isHardContact(s) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mood = (moods: readonly number[]): MoodFigure | null =>
  moods.length === 0 ? null : { average: round1(moods.reduce((a, b) => a + b, 0) / moods.length), count: moods.length };
const bump = <K extends string>(rec: Partial<Record<K, number>>, key: K) => {
  rec[key] = (rec[key] ?? 0) + 1;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

export function buildDigest(input: DigestInput): Digest {
  const incidents: Partial<Record<IncidentKind, number>> = {};
  const outcomes: Partial<Record<Outcome | 'open', number>> = {};
  const threatsReported: Partial<Record<ThreatTarget, number>> = {};
  const limitsCrossed: Record<LimitName, number> = { minutes: 0, hostility: 0, complexity: 0 };
  for (const s of input.sessions) {
    bump(incidents, s.kind);
    bump(outcomes, s.outcome ?? 'open');
    for (const l of s.limitsCrossed) limitsCrossed[l]++;
    for (const t of s.threatsReported) bump(threatsReported, t);
  }
  const days = [...new Set(input.namedCheckins.map((c) => c.day))].sort();
  const byDay = days.map((day) => ({
    day,
    ...(mood(input.namedCheckins.filter((c) => c.day === day).map((c) => c.mood)) as MoodFigure),
  }));
  const anon =
    input.anonymousContributors >= MIN_ANONYMOUS_CONTRIBUTORS ? mood(input.anonymousCheckins.map((c) => c.mood)) : null;
  const acked = input.pageAcks.filter((p) => p.acknowledgedAt !== null);
  return {
    teamId: input.teamId,
    week: input.week,
    contacts: input.sessions.length,
    hardContacts: input.sessions.filter((s) => s.hard).length,
    incidents,
    outcomes,
    limitsCrossed,
    threatsReported,
    namedMood: { byDay, week: mood(input.namedCheckins.map((c) => c.mood)) },
    anonymousMood: anon && { ...anon, contributors: input.anonymousContributors },
    pages:
      input.pageAcks.length === 0
        ? null
        : {
            count: input.pageAcks.length,
            acknowledged: acked.length,
            medianAckMs: median(acked.map((p) => (p.acknowledgedAt as number) - p.pagedAt)),
          },
  };
}
