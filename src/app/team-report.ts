/**
 * The digest's scorecard and 8-week trend for a team (issue 21): reads the team's sessions, pages and
 * check-ins of the eight weeks up to `week` from the care store, and hands them to the engine.
 */
import {
  buildScorecard,
  buildTrend,
  isoWeek,
  REOPEN_WINDOW_MS,
  SCORECARD_WEEKS,
  type Scorecard,
  scoreRows,
  type TeamTrend,
  TREND_WEEKS,
  weekBounds,
} from '../engine/care/index.ts';
import type { CareStore } from '../ports-care.ts';

const WEEK = 7 * 86_400_000;

/** The `n` ISO weeks ending with `week`, oldest first. */
export function weeksUpTo(week: string, n: number): string[] {
  const end = weekBounds(week);
  if (end === null) throw new Error(`not an ISO week: ${week}`);
  return Array.from({ length: n }, (_, i) => isoWeek(end.from - (n - 1 - i) * WEEK));
}

export async function teamReport(
  care: CareStore,
  teamId: string,
  week: string,
): Promise<{ scorecard: Scorecard; trend: TeamTrend }> {
  const weeks = weeksUpTo(week, TREND_WEEKS);
  const bounds = weeks.map((w) => weekBounds(w) as { from: number; to: number });
  const first = bounds[0] as { from: number };
  const last = bounds.at(-1) as { to: number };
  // A day more at the start: a contact early in the first week may reopen one from the day before.
  const sessions = await care.sessionsStartedBetween(teamId, first.from - REOPEN_WINDOW_MS, last.to);
  const rows = scoreRows(sessions);
  const perWeek = await Promise.all(
    weeks.map(async (w, i) => {
      const b = bounds[i] as { from: number; to: number };
      const inWeek = (t: number) => t >= b.from && t < b.to;
      return {
        week: w,
        sessions: sessions.filter((s) => inWeek(s.startedAt)),
        rows: rows.filter((r) => inWeek(r.startedAt)),
        pageAcks: await care.pageAcks(teamId, b.from, b.to),
        checkins: await care.checkinsForDigest(teamId, w),
      };
    }),
  );
  const newestFirst = [...perWeek].reverse().slice(0, SCORECARD_WEEKS);
  return {
    scorecard: buildScorecard(newestFirst.map((w) => ({ week: w.week, sessions: w.rows, pageAcks: w.pageAcks }))),
    trend: buildTrend(
      perWeek.map((w) => ({
        week: w.week,
        kinds: w.sessions.map((s) => s.kind),
        pageAcks: w.pageAcks,
        namedCheckins: w.checkins.named,
        anonymousCheckins: w.checkins.anonymous,
        anonymousContributors: w.checkins.anonymousContributors,
      })),
    ),
  };
}
