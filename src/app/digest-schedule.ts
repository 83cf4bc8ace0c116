/**
 * When the weekly digest goes out: `DIGEST_SCHEDULE` is "<weekday> <HH:MM>" (default "mon 08:00") in
 * the configured time zone, or "off". Weeks are ISO weeks in UTC (as everywhere in the digest); a
 * week's digest is due at the schedule's moment after it ends, never before it is over.
 * Pure functions: time is passed in.
 */
import { isoWeek, weekBounds } from '../engine/index.ts';

export interface DigestSchedule {
  /** Monday 0 … Sunday 6. */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly timeZone: string;
}

const DAY = 86_400_000;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DIGEST_SCHEDULE_PATTERN = /^(off|(mon|tue|wed|thu|fri|sat|sun)\s+([01]?\d|2[0-3]):([0-5]\d))$/i;

/** Null for "off"; throws on anything else that is not "<weekday> <HH:MM>" (config validates first). */
export function parseDigestSchedule(value: string, timeZone: string): DigestSchedule | null {
  const m = DIGEST_SCHEDULE_PATTERN.exec(value.trim());
  if (m === null) throw new Error(`DIGEST_SCHEDULE must be "off" or like "mon 08:00", not "${value}"`);
  if ((m[1] as string).toLowerCase() === 'off') return null;
  return {
    weekday: WEEKDAYS.indexOf((m[2] as string).toLowerCase() as (typeof WEEKDAYS)[number]),
    hour: Number(m[3]),
    minute: Number(m[4]),
    timeZone,
  };
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a zone, as if it were UTC (ms). */
function wallClock(ms: number, timeZone: string): number {
  const p = Object.fromEntries(
    format(timeZone)
      .formatToParts(new Date(ms))
      .map((x) => [x.type, Number(x.value)]),
  ) as Record<string, number>;
  return Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
}

/** The instant at which the zone's clock shows this wall time (the later one in a DST gap or overlap). */
function instantOf(wall: number, timeZone: string): number {
  let t = wall - (wallClock(wall, timeZone) - wall);
  // A second pass settles offsets that differ on either side of a DST change.
  t = wall - (wallClock(t, timeZone) - t);
  return t;
}

/**
 * When the digest of `week` is due: the schedule's weekday and time on the first such local day on or
 * after the local day the week ends on, and never before the week's end (a zone east of UTC reaches
 * "Monday 08:00" before the UTC week is over: it then goes out when the week ends). Null: not a week.
 */
export function digestDueAt(week: string, s: DigestSchedule): number | null {
  const bounds = weekBounds(week);
  if (bounds === null) return null;
  const endDay = Math.floor(wallClock(bounds.to, s.timeZone) / DAY) * DAY;
  const offset = (s.weekday - ((new Date(endDay).getUTCDay() + 6) % 7) + 7) % 7;
  const at = instantOf(endDay + offset * DAY + s.hour * 3_600_000 + s.minute * 60_000, s.timeZone);
  return Math.max(at, bounds.to);
}

/** The most recent week whose digest is due at `now` (one or two weeks back). */
export function latestDueWeek(now: number, s: DigestSchedule): string {
  const previous = isoWeek(now - 7 * DAY);
  const due = digestDueAt(previous, s);
  return due !== null && due <= now ? previous : isoWeek(now - 14 * DAY);
}

/** When the next digest after `now` is due (the current week's). */
export function nextDigestAt(now: number, s: DigestSchedule): number | null {
  const latest = latestDueWeek(now, s);
  for (const week of [isoWeek(now - 7 * DAY), isoWeek(now)]) {
    const due = digestDueAt(week, s);
    if (week !== latest && due !== null && due > now) return due;
  }
  return null;
}
