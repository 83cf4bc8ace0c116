/**
 * The scorecard of the weekly digest (field guide §13, from the Tagalog interview): written and verbal
 * complaints, turnaround, rework, escalations, limits crossed and threats, each for the week with its
 * change against the previous week and the average of the four weeks before. Pure: the store hands in
 * the sessions and page acknowledgements of the five weeks; definitions are in docs/digest.md.
 *
 * Anonymity floor (the rule of anonymous check-ins, applied to every figure here): a week's figure is
 * shown only when at least MIN_ANONYMOUS_CONTRIBUTORS different agents contributed to it, or when
 * nothing was counted (0 names nobody). A change or an average is shown only when every week it uses is
 * shown, and written/verbal (which add up to the digest's contact count) are shown or hidden together,
 * so a hidden figure cannot be worked out by subtraction.
 */
import type { LimitName, Session, ThreatTarget } from '../model.ts';
import { CONTACT_CHANNELS, type ContactChannel, isWritten, LIMIT_BOUNDS } from '../types.ts';
import { median, type PageAckRow } from './digest.ts';
import { isHardContact } from './hard.ts';

export const MIN_CONTRIBUTORS = 3;
/** A contact with the same customer that starts within this long after the last one closed: reopened. */
export const REOPEN_WINDOW_MS = 24 * 3_600_000;
/** Weeks the scorecard reads: this one, the previous one, and three more for the 4-week average. */
export const SCORECARD_WEEKS = 5;

export const SCORECARD_FIGURES = [
  'written',
  'verbal',
  'hard_minutes',
  'ack_seconds',
  'flagged_repeat',
  'reopened',
  'escalations_per_100',
  'limit_minutes',
  'limit_hostility',
  'limit_complexity',
  'threat_security',
  'threat_legal',
] as const;
export type ScorecardFigureId = (typeof SCORECARD_FIGURES)[number];

/** What the scorecard needs of one session (derived by scoreRows, so reopened needs the neighbours). */
export interface ScoreSessionRow {
  readonly agentId: string;
  readonly channel: ContactChannel;
  readonly startedAt: number;
  readonly closedAt: number | null;
  readonly hard: boolean;
  /** Escalations the session started (one per reason: a page each). */
  readonly escalations: number;
  readonly limitsCrossed: readonly LimitName[];
  readonly threatsReported: readonly ThreatTarget[];
  /** The customer had unexpired flags when the contact started: a repeat contact with a flagged customer. */
  readonly flaggedCustomer: boolean;
  /** Same customer, same team, started within REOPEN_WINDOW_MS after an earlier contact with them closed. */
  readonly reopened: boolean;
}

/** Rows for the scorecard from sessions of a team (oldest first or not): `reopened` looks at them all. */
export function scoreRows(sessions: readonly Session[]): ScoreSessionRow[] {
  const closedByCustomer = new Map<string, number[]>();
  for (const s of sessions)
    if (s.customer !== null && s.closedAt !== null)
      closedByCustomer.set(s.customer.key, [...(closedByCustomer.get(s.customer.key) ?? []), s.closedAt]);
  return sessions.map((s) => {
    const closes = s.customer === null ? [] : (closedByCustomer.get(s.customer.key) ?? []);
    const limits = s.escalated
      .filter((k) => k.startsWith('limit:'))
      .map((k) => k.slice('limit:'.length))
      .filter((k): k is LimitName => k in LIMIT_BOUNDS);
    return {
      agentId: s.agentId,
      channel: s.channel,
      startedAt: s.startedAt,
      closedAt: s.closedAt,
      hard: isHardContact(s),
      escalations: s.escalated.length,
      limitsCrossed: limits,
      threatsReported: s.reported,
      flaggedCustomer: (s.priorFlags?.total ?? 0) > 0,
      reopened: closes.some((c) => c <= s.startedAt && s.startedAt - c <= REOPEN_WINDOW_MS),
    };
  });
}

/** One week of input: the sessions that started in it and the pages of those sessions. */
export interface ScoreWeek {
  readonly week: string;
  readonly sessions: readonly ScoreSessionRow[];
  readonly pageAcks: readonly PageAckRow[];
}

/** A figure for one week before the floor: its value (null: nothing to measure) and who contributed. */
interface Raw {
  readonly value: number | null;
  readonly contributors: number;
  readonly counted: number;
}

export interface ScorecardFigure {
  readonly id: ScorecardFigureId;
  /** This week's value; null when there was nothing to measure (e.g. no page acknowledged) or hidden. */
  readonly value: number | null;
  /** True when fewer than MIN_CONTRIBUTORS people contributed: the value is withheld. */
  readonly hidden: boolean;
  /** This week minus the previous week (null: either is hidden or has no value). */
  readonly change: number | null;
  /** Average of the four weeks before this one (null: one of them is hidden, or none has a value). */
  readonly average: number | null;
}

export interface Scorecard {
  readonly week: string;
  readonly figures: readonly ScorecardFigure[];
  /** This week's contacts per channel; null when any channel with contacts has fewer than 3 contributors. */
  readonly channels: Readonly<Record<ContactChannel, number>> | null;
  // #22 practice mode: a "practice sessions this week" figure goes here (counted apart from real contacts).
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const people = (agents: readonly string[]) => new Set(agents).size;

function count(rows: readonly ScoreSessionRow[], test: (r: ScoreSessionRow) => boolean): Raw {
  const hit = rows.filter(test);
  return { value: hit.length, contributors: people(hit.map((r) => r.agentId)), counted: hit.length };
}

function medianOf(values: readonly { agentId: string; v: number }[]): Raw {
  const m = median(values.map((x) => x.v));
  return {
    value: m === null ? null : round1(m),
    contributors: people(values.map((x) => x.agentId)),
    counted: values.length,
  };
}

function weekFigures(w: ScoreWeek): Record<ScorecardFigureId, Raw> {
  const rows = w.sessions;
  const hard = rows.filter((r) => r.hard);
  const acked = w.pageAcks.filter((p) => p.acknowledgedAt !== null);
  const limit = (l: LimitName) => count(rows, (r) => r.limitsCrossed.includes(l));
  const threat = (t: ThreatTarget) => count(rows, (r) => r.threatsReported.includes(t));
  return {
    written: count(rows, (r) => isWritten(r.channel)),
    verbal: count(rows, (r) => !isWritten(r.channel)),
    hard_minutes: medianOf(
      hard.flatMap((r) =>
        r.closedAt === null ? [] : [{ agentId: r.agentId, v: (r.closedAt - r.startedAt) / 60_000 }],
      ),
    ),
    ack_seconds: medianOf(
      acked.map((p) => ({ agentId: p.agentId ?? '', v: ((p.acknowledgedAt as number) - p.pagedAt) / 1000 })),
    ),
    flagged_repeat: count(rows, (r) => r.flaggedCustomer),
    reopened: count(rows, (r) => r.reopened),
    escalations_per_100: {
      value: hard.length === 0 ? null : Math.round((100 * hard.reduce((n, r) => n + r.escalations, 0)) / hard.length),
      contributors: people(hard.map((r) => r.agentId)),
      counted: hard.length,
    },
    limit_minutes: limit('minutes'),
    limit_hostility: limit('hostility'),
    limit_complexity: limit('complexity'),
    threat_security: threat('security'),
    threat_legal: threat('legal'),
  };
}

/** Nothing counted names nobody; otherwise at least MIN_CONTRIBUTORS people. */
export const passesFloor = (contributors: number, counted: number): boolean =>
  counted === 0 || contributors >= MIN_CONTRIBUTORS;

/** The scorecard; `weeks[0]` is the week reported, `weeks[1]` the one before, and so on (up to 5). */
export function buildScorecard(weeks: readonly ScoreWeek[]): Scorecard {
  const [current] = weeks;
  if (current === undefined) throw new Error('buildScorecard needs at least the week reported');
  const raw = weeks.map(weekFigures);
  const shown = raw.map((r) => {
    const visible = Object.fromEntries(
      SCORECARD_FIGURES.map((id) => [id, passesFloor(r[id].contributors, r[id].counted)]),
    ) as Record<ScorecardFigureId, boolean>;
    // Written + verbal = the digest's contacts: one hidden alone could be recovered by subtraction.
    const both = visible.written && visible.verbal;
    visible.written = both;
    visible.verbal = both;
    return visible;
  });
  const figures = SCORECARD_FIGURES.map((id): ScorecardFigure => {
    const visible = (i: number) => shown[i]?.[id] === true;
    const value = (i: number) => (visible(i) ? (raw[i]?.[id].value ?? null) : null);
    const now = value(0);
    const before = value(1);
    const earlier = [1, 2, 3, 4].filter((i) => i < weeks.length);
    const values = earlier.map(value).filter((v): v is number => v !== null);
    const averageShown = earlier.length > 0 && earlier.every(visible) && values.length > 0;
    return {
      id,
      value: now,
      hidden: !visible(0),
      change: now !== null && before !== null ? round1(now - before) : null,
      average: averageShown ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null,
    };
  });
  return { week: current.week, figures, channels: channelSplit(current.sessions, shown[0]?.written === true) };
}

function channelSplit(rows: readonly ScoreSessionRow[], totalsShown: boolean): Record<ContactChannel, number> | null {
  if (!totalsShown) return null;
  const split = Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, 0])) as Record<ContactChannel, number>;
  for (const c of CONTACT_CHANNELS) {
    const r = count(rows, (x) => x.channel === c);
    if (!passesFloor(r.contributors, r.counted)) return null;
    split[c] = r.counted;
  }
  return split;
}
