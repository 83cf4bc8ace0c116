/**
 * Every path of every practice scenario, like the playbook walk (tests/engine/walk.test.ts): a breadth-first
 * walk over the simulated customer's reachable states, trying every move from each. Runs are merged when
 * everything that decides the customer's future is equal, so the walk is exhaustive over the simulator and
 * finite. Every path ends (resolved, escalated, ended or given up, at the latest after MAX_MOVES), and every
 * ending gets a debrief between 0 and 100 and replays through the real engine without failing.
 *
 * About 8,000 states and 25,000 endings per scenario: 5–45 s per scenario on the 2-core machine, so it is
 * opt-in (HOLDLINE_PRACTICE_WALK=1 npx vitest run tests/practice/walk.test.ts). The suite runs the sampled
 * walk in engine.test.ts (each move repeated, 20 seeded random agents and the good agent, in every language).
 */
import { describe, expect, it } from 'vitest';
import {
  debrief,
  MAX_MOVES,
  MOVE_IDS,
  type PracticeRun,
  playMove,
  practiceEngineRun,
  scenarios,
  startRun,
} from '../../src/engine/practice/index.ts';

const limits = { minutes: 20, hostility: 4, complexity: 3 };
const engine = { id: 'p', agentId: 'a', teamId: null, surface: 'practice', limits, startedAt: 0 };

/** What decides the customer's future (not the lines said, nor the order of earlier moves). */
function stateKey(r: PracticeRun): string {
  const since = r.threatTurn === null ? [] : r.moves.slice(r.threatTurn);
  return JSON.stringify([
    r.moves.length,
    r.moods.at(-1),
    Math.min(r.vented, 2),
    r.heard,
    r.empathised,
    r.threats,
    r.threatTurn,
    r.threatWorse,
    r.reported,
    Math.min(r.warnings, 2),
    Math.min(r.lastLines, 2),
    r.insisted,
    r.status,
    r.moves.includes('solve'),
    since.includes('boundary') || since.includes('last_line'),
  ]);
}

describe.skipIf(process.env.HOLDLINE_PRACTICE_WALK !== '1')('practice walk (every path)', () => {
  for (const s of scenarios)
    it(`${s.id}: every path ends, with a debrief`, () => {
      let frontier: PracticeRun[] = [startRun(s, 'en', 1)];
      const outcomes = new Set<string>();
      let endings = 0;
      const problems: string[] = [];
      for (let depth = 0; frontier.length > 0; depth++) {
        if (depth > MAX_MOVES) throw new Error(`${s.id}: a path longer than ${MAX_MOVES} moves`);
        const next = new Map<string, PracticeRun>();
        for (const run of frontier)
          for (const m of MOVE_IDS) {
            const after = playMove(run, s, m);
            if (after.status === 'open') {
              next.set(stateKey(after), after);
              continue;
            }
            endings++;
            outcomes.add(after.status);
            const d = debrief(s, after, limits.hostility);
            if (!(d.score >= 0 && d.score <= 100 && d.focus.length <= 2)) problems.push(after.moves.join(','));
            if (endings % 97 === 0 && practiceEngineRun(s, after, engine).session.id !== 'p') problems.push('engine');
          }
        frontier = [...next.values()];
      }
      expect(problems).toEqual([]);
      // Each scenario can be resolved or handed to a supervisor, ended, and left until the customer gives up.
      expect([...outcomes].sort()).toEqual(
        s.need === 'last_resort' || s.need === 'supervisor' || s.kind === 'supervisor_request'
          ? ['ended', 'escalated', 'gave_up']
          : ['ended', 'escalated', 'gave_up', 'resolved'],
      );
    }, 120_000);
});
