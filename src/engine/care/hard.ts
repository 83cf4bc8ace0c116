/**
 * What counts as a hard contact (for the supervisor nudge and the break notice): a closed session
 * that paged a supervisor (any escalation, including limits crossed), reported a threat, or ended
 * after a warning. A resolved contact with none of these is not hard, however long it took.
 */
import type { Session } from '../model.ts';

export type HardFacts = Pick<Session, 'status' | 'outcome' | 'escalated' | 'reported'>;

export const isHardContact = (s: HardFacts): boolean =>
  s.status === 'closed' &&
  (s.escalated.length > 0 ||
    s.reported.length > 0 ||
    s.outcome === 'ended_after_warning' ||
    s.outcome === 'ended_for_safety' ||
    s.outcome === 'escalated');

/**
 * Shifts are fixed blocks of `shiftHours` counted from midnight UTC (8 h → 00–08, 08–16, 16–24).
 * Until teams configure their own rota this keeps "once per shift" deterministic across instances.
 */
export function shiftOf(ms: number, shiftHours: number): { index: number; from: number; to: number } {
  const len = shiftHours * 3_600_000;
  const index = Math.floor(ms / len);
  return { index, from: index * len, to: (index + 1) * len };
}

/** Break length the agent may ask for, in minutes. */
export const BREAK_MINUTES = { min: 1, max: 60 } as const;
export const validBreakMinutes = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= BREAK_MINUTES.min && n <= BREAK_MINUTES.max;
