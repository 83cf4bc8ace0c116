/**
 * An agent's own trend, private to them (App Home, `/checkin history`, `checkin history` in the
 * terminal): their check-ins and hard contacts per ISO week over the last eight weeks, and a gentle
 * pointer to support when their mood has been low for a week. Pure.
 */
import { translate } from '../i18n/catalogue.ts';
import type { Locale } from '../types.ts';
import { dayOf, isoWeek, LOW_MOOD } from './checkin.ts';

/** "Low for a week": in the last 7 days, check-ins on at least 3 different days, averaging LOW_MOOD or less. */
export const LOW_WEEK = { days: 7, minDays: 3, maxAverage: LOW_MOOD } as const;
const DAY = 86_400_000;

export interface MyTrendWeek {
  readonly week: string;
  readonly checkins: number;
  /** Average of the agent's named and private check-ins that week (null: none). */
  readonly mood: number | null;
  readonly contacts: number;
  readonly hard: number;
}

export interface MyTrend {
  /** Oldest first; the last one is the current week. */
  readonly weeks: readonly MyTrendWeek[];
  /** True when the pointer to support is shown (see LOW_WEEK). */
  readonly lowWeek: boolean;
}

/** The eight ISO weeks ending with the one holding `now`, oldest first. */
export const lastWeeks = (now: number, n = 8): string[] =>
  Array.from({ length: n }, (_, i) => isoWeek(now - (n - 1 - i) * 7 * DAY));

const round1 = (n: number) => Math.round(n * 10) / 10;

export function buildMyTrend(
  now: number,
  checkins: readonly { readonly createdAt: number; readonly mood: number }[],
  sessions: readonly { readonly startedAt: number; readonly hard: boolean }[],
): MyTrend {
  const weeks = lastWeeks(now).map((week): MyTrendWeek => {
    const moods = checkins.filter((c) => isoWeek(c.createdAt) === week).map((c) => c.mood);
    const mine = sessions.filter((s) => isoWeek(s.startedAt) === week);
    return {
      week,
      checkins: moods.length,
      mood: moods.length === 0 ? null : round1(moods.reduce((a, b) => a + b, 0) / moods.length),
      contacts: mine.length,
      hard: mine.filter((s) => s.hard).length,
    };
  });
  const recent = checkins.filter((c) => c.createdAt <= now && now - c.createdAt < LOW_WEEK.days * DAY);
  const days = new Set(recent.map((c) => dayOf(c.createdAt))).size;
  const average = recent.length === 0 ? 5 : recent.reduce((a, c) => a + c.mood, 0) / recent.length;
  return { weeks, lowWeek: days >= LOW_WEEK.minDays && average <= LOW_WEEK.maxAverage };
}

/** A mood as five blocks: ███░░ for 3. */
const bar = (mood: number | null) =>
  mood === null ? '·····' : '█'.repeat(Math.round(mood)) + '░'.repeat(5 - Math.round(mood));

/** `support`: the team's support contact from the team file (care.support), or null. */
export function renderMyTrend(trend: MyTrend, locale: Locale, support: string | null): string[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const lines = [t('mytrend.title')];
  for (const w of trend.weeks) {
    const mood = w.mood === null ? t('mytrend.no_checkins') : t('mytrend.mood', { mood: w.mood, count: w.checkins });
    lines.push(
      `${w.week.slice(5)}  ${bar(w.mood)}  ${mood} · ${t('mytrend.contacts', { hard: w.hard, contacts: w.contacts })}`,
    );
  }
  if (trend.lowWeek) {
    lines.push('');
    lines.push(t('mytrend.low_week'));
    lines.push(support === null ? t('mytrend.support_default') : t('mytrend.support_contact', { support }));
  }
  return lines;
}
