/**
 * Check-ins and the calendar they are counted in. Pure: validation, ISO weeks, UTC days.
 * Anonymous check-ins are stored by ISO week only (see docs/checkins.md, "Privacy").
 */

import { cleanText } from '../clean-text.ts';
import type { MessageKey } from '../i18n/catalogue.ts';

export const MOODS = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof MOODS)[number];
export const NOTE_MAX = 280;
/** Where a check-in goes: posted with the name, posted anonymously, or kept in the agent's own history. */
export const VISIBILITIES = ['named', 'anonymous', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
/** A check-in at or below this mood nudges a supervisor (named) or the team's supervisors (anonymous). */
export const LOW_MOOD = 2;

export interface CheckinInput {
  readonly mood: unknown;
  readonly note?: string | undefined;
  readonly visibility: unknown;
}
export interface ValidCheckin {
  readonly mood: Mood;
  readonly note: string | null;
  readonly visibility: Visibility;
}
export type CheckinProblem = 'mood' | 'note' | 'visibility';

export function validateCheckin(
  input: CheckinInput,
): { ok: true; value: ValidCheckin } | { ok: false; problem: CheckinProblem } {
  const mood = typeof input.mood === 'string' ? Number(input.mood) : input.mood;
  if (!MOODS.includes(mood as Mood)) return { ok: false, problem: 'mood' };
  if (!VISIBILITIES.includes(input.visibility as Visibility)) return { ok: false, problem: 'visibility' };
  const note = input.note === undefined ? '' : cleanText(input.note).trim();
  if (note.length > NOTE_MAX) return { ok: false, problem: 'note' };
  return {
    ok: true,
    value: { mood: mood as Mood, note: note === '' ? null : note, visibility: input.visibility as Visibility },
  };
}

const DAY = 86_400_000;

/** The UTC day, e.g. 2026-11-23. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The ISO 8601 week of a UTC instant, e.g. 2026-W48 (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(ms: number): string {
  const d = new Date(Math.floor(ms / DAY) * DAY);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Start (Monday 00:00 UTC, inclusive) and end (exclusive) of an ISO week; null when the text is not one. */
export function weekBounds(week: string): { from: number; to: number } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  const jan4 = Date.UTC(year, 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const from = week1Monday + (n - 1) * 7 * DAY;
  if (n < 1 || isoWeek(from) !== week) return null;
  return { from, to: from + 7 * DAY };
}

/** What the agent is told after a check-in: where it went, or that the team has no channel to post it to. */
export function checkinSavedKey(r: { readonly visibility: Visibility; readonly posted: boolean }): MessageKey {
  if (r.visibility === 'private' || r.posted) return `checkin.saved_${r.visibility}`;
  return `checkin.unposted_${r.visibility}`;
}
