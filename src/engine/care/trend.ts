/**
 * The last eight weeks of a team, for the digest's chart: named mood by day, anonymous mood by week
 * (only weeks with ≥ 3 contributors), incidents by kind per week, pages per week and the median time
 * to acknowledge (withheld for a week when fewer than 3 agents' pages were acknowledged). Pure.
 */
import { INCIDENT_KINDS, type IncidentKind } from '../types.ts';
import { MIN_ANONYMOUS_CONTRIBUTORS, median, type PageAckRow } from './digest.ts';
import { passesFloor } from './scorecard.ts';

export const TREND_WEEKS = 8;

export interface TrendWeekInput {
  readonly week: string;
  readonly kinds: readonly IncidentKind[];
  readonly pageAcks: readonly PageAckRow[];
  readonly namedCheckins: readonly { readonly day: string; readonly mood: number }[];
  readonly anonymousCheckins: readonly { readonly mood: number }[];
  readonly anonymousContributors: number;
}

export interface TrendWeek {
  readonly week: string;
  readonly incidents: Readonly<Record<IncidentKind, number>>;
  readonly pages: number;
  /** Median seconds from page to first acknowledgement; null when none, or withheld (see `ackHidden`). */
  readonly medianAckSeconds: number | null;
  readonly ackHidden: boolean;
  /** Average anonymous mood, only with ≥ 3 contributors (else null). */
  readonly anonymousMood: number | null;
}

export interface TeamTrend {
  /** Oldest first; the last one is the digest's week. */
  readonly weeks: readonly TrendWeek[];
  /** Named check-ins per UTC day over the weeks (days without any are absent), oldest first. */
  readonly moodByDay: readonly { readonly day: string; readonly average: number; readonly count: number }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const avg = (xs: readonly number[]) => (xs.length === 0 ? null : round1(xs.reduce((a, b) => a + b, 0) / xs.length));

/** `weeks` oldest first. */
export function buildTrend(weeks: readonly TrendWeekInput[]): TeamTrend {
  const out = weeks.map((w): TrendWeek => {
    const incidents = Object.fromEntries(INCIDENT_KINDS.map((k) => [k, 0])) as Record<IncidentKind, number>;
    for (const k of w.kinds) incidents[k]++;
    const acked = w.pageAcks.filter((p) => p.acknowledgedAt !== null);
    const agents = new Set(acked.map((p) => p.agentId ?? '')).size;
    const visible = passesFloor(agents, acked.length);
    const m = median(acked.map((p) => ((p.acknowledgedAt as number) - p.pagedAt) / 1000));
    return {
      week: w.week,
      incidents,
      pages: w.pageAcks.length,
      medianAckSeconds: visible && m !== null ? Math.round(m) : null,
      ackHidden: !visible,
      anonymousMood:
        w.anonymousContributors >= MIN_ANONYMOUS_CONTRIBUTORS ? avg(w.anonymousCheckins.map((c) => c.mood)) : null,
    };
  });
  const byDay = new Map<string, number[]>();
  for (const c of weeks.flatMap((w) => w.namedCheckins)) byDay.set(c.day, [...(byDay.get(c.day) ?? []), c.mood]);
  const moodByDay = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, moods]) => ({ day, average: avg(moods) as number, count: moods.length }));
  return { weeks: out, moodByDay };
}
