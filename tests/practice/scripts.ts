/** Scripted practice agents for the tests: a good one (follows the field guide) and a bad one. */
import { type Move, type PracticeRun, playMove, type Scenario, startRun } from '../../src/engine/practice/index.ts';
import type { Locale } from '../../src/engine/types.ts';

/** What a trained agent does next: report a threat, let them vent, repeat back, empathise then apologise, then the need. */
export function goodMove(s: Scenario, r: PracticeRun): Move {
  if (r.threats.some((t) => !r.reported.includes(t))) return 'report';
  if (r.vented === 0) return 'listen';
  if (!r.heard) return 'repeat';
  if (!r.empathised) return 'empathise';
  if (!r.moves.includes('apologise')) return 'apologise';
  if (s.need === 'supervisor' || r.insisted) return 'escalate';
  if (s.need === 'last_resort') return r.warnings === 0 ? 'boundary' : r.lastLines === 0 ? 'last_line' : 'end';
  return (r.moods.at(-1) ?? 5) <= 2 ? 'solve' : 'listen';
}

export function playScript(
  s: Scenario,
  locale: Locale,
  seed: number,
  next: (s: Scenario, r: PracticeRun) => Move,
): PracticeRun {
  let r = startRun(s, locale, seed);
  while (r.status === 'open') r = playMove(r, s, next(s, r));
  return r;
}

export function playMoves(s: Scenario, locale: Locale, seed: number, moves: readonly Move[]): PracticeRun {
  let r = startRun(s, locale, seed);
  for (const m of moves) r = playMove(r, s, m);
  return r;
}
