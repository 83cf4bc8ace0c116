/**
 * The debrief (issue 22): a practice run scored against the field guide, out of 100, with the two things
 * to work on, each pointing to the guide's section. Criteria that do not apply to the run (no threat was
 * made, nothing was ended) are left out and the score is scaled over the rest.
 */
import type { Move } from './moves.ts';
import type { Scenario } from './schema.ts';
import { dontSayCount, type PracticeRun } from './simulator.ts';

export const CRITERIA = [
  'vent',
  'repeat',
  'interrupt',
  'empathy',
  'dont_say',
  'promise',
  'warn_before_end',
  'last_line_once',
  'escalate',
  'report',
  'resolution',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Points and the field guide section each criterion comes from. */
export const CRITERION_RULES: Readonly<Record<Criterion, { readonly points: number; readonly section: number }>> = {
  vent: { points: 15, section: 1 },
  repeat: { points: 10, section: 1 },
  interrupt: { points: 10, section: 1 },
  empathy: { points: 10, section: 2 },
  dont_say: { points: 15, section: 11 },
  promise: { points: 5, section: 2 },
  warn_before_end: { points: 15, section: 6 },
  last_line_once: { points: 10, section: 6 },
  escalate: { points: 10, section: 4 },
  report: { points: 10, section: 7 },
  resolution: { points: 10, section: 2 },
};

export interface CriterionResult {
  readonly id: Criterion;
  readonly earned: number;
  readonly points: number;
  readonly section: number;
}

export interface Debrief {
  /** 0–100. */
  readonly score: number;
  /** The criteria that applied to this run, in CRITERIA order. */
  readonly results: readonly CriterionResult[];
  /** At most two: the criteria that lost the most points. Empty when nothing was lost. */
  readonly focus: readonly CriterionResult[];
  readonly warnings: number;
  readonly lastLines: number;
}

const SOLVING: readonly Move[] = ['solve', 'promise'];
const CALMING: readonly Move[] = ['listen', 'repeat'];

/** `hostilityLimit` is the agent's own limit (field guide §3): a customer above it needs a supervisor. */
export function debrief(scenario: Scenario, run: PracticeRun, hostilityLimit: number): Debrief {
  const m = run.moves;
  const first = (move: Move) => m.indexOf(move);
  const firstSolve = m.findIndex((x) => SOLVING.includes(x));
  const before = (a: number, b: number) => a >= 0 && (b < 0 || a < b);
  const ended = run.status === 'ended';
  const physical = run.threats.includes('physical');
  const maxMood = Math.max(...run.moods);
  const score: Partial<Record<Criterion, number>> = {};
  const full = (c: Criterion) => CRITERION_RULES[c].points;
  const pass = (c: Criterion, ok: boolean) => {
    score[c] = ok ? full(c) : 0;
  };

  // Reporting a threat first is safety, not solving: the first thing *said* is what counts.
  const said = m.filter((x) => x !== 'report');
  pass('vent', said.length > 0 && CALMING.includes(said[0] as Move));
  pass('repeat', before(first('repeat'), firstSolve));
  pass('interrupt', !m.includes('interrupt'));
  const empathy = first('empathise');
  const apology = first('apologise');
  score.empathy =
    empathy < 0 ? 0 : apology < 0 ? full('empathy') / 2 : empathy < apology ? full('empathy') : full('empathy') / 2;
  score.dont_say = Math.max(0, full('dont_say') - 5 * dontSayCount(run));
  pass('promise', !m.includes('promise'));
  if (ended || scenario.need === 'last_resort')
    pass(
      'warn_before_end',
      ended
        ? before(first('boundary'), first('end')) && before(first('last_line'), first('end'))
        : run.status === 'escalated',
    );
  if (run.lastLines > 0 || scenario.need === 'last_resort') pass('last_line_once', run.lastLines === 1);
  // A customer who insists on someone senior, or hostility above the agent's limit, needs a supervisor
  // brought in (§4); a physical threat alone is covered by reporting it, which pages one at once (§7).
  const mustEscalate = run.insisted || maxMood > hostilityLimit;
  if (mustEscalate || physical)
    pass('escalate', m.includes('escalate') || (!mustEscalate && run.reported.includes('physical')));
  if (run.threats.length > 0)
    pass(
      'report',
      run.threats.every((t) => run.reported.includes(t)),
    );
  // The contact reached an end the guide allows: resolved, handed to a supervisor, or ended after telling.
  pass('resolution', run.status !== 'gave_up' && run.status !== 'open');

  const results: CriterionResult[] = CRITERIA.flatMap((id) => {
    const earned = score[id];
    return earned === undefined ? [] : [{ id, earned, points: full(id), section: CRITERION_RULES[id].section }];
  });
  const total = results.reduce((n, r) => n + r.points, 0);
  const earned = results.reduce((n, r) => n + r.earned, 0);
  const focus = results
    .filter((r) => r.earned < r.points)
    .sort((a, b) => b.points - b.earned - (a.points - a.earned))
    .slice(0, 2);
  return {
    score: total === 0 ? 0 : Math.round((100 * earned) / total),
    results,
    focus,
    warnings: run.warnings + run.lastLines,
    lastLines: run.lastLines,
  };
}
