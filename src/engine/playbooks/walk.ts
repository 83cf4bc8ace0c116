/**
 * Walks a playbook as a state graph: (step, warnings given, customer told of ending), per contact
 * channel. Tests use it to replay every edge through the real `step` function; nothing here runs
 * at request time.
 */

import { available } from '../step.ts';
import type { ContactChannel, Outcome } from '../types.ts';
import type { Choice, Playbook } from './schema.ts';

export interface WalkState {
  readonly stepId: string;
  readonly warnings: number;
  readonly toldEnding: boolean;
}
export interface Edge {
  readonly from: WalkState;
  readonly choice: Choice;
  readonly to: WalkState | Outcome;
}

const keyOf = (s: WalkState) => `${s.stepId}|${s.warnings}|${s.toldEnding}`;

/** Warnings above the highest guard threshold behave alike, which keeps the graph finite. */
function warningCap(pb: Playbook): number {
  let cap = 0;
  for (const step of Object.values(pb.steps))
    for (const c of step.choices) cap = Math.max(cap, c.when?.warningsAtLeast ?? 0, c.when?.warningsBelow ?? 0);
  return cap;
}

function enter(pb: Playbook, stepId: string, from: { warnings: number; toldEnding: boolean }, cap: number): WalkState {
  let { warnings, toldEnding } = from;
  for (const e of pb.steps[stepId]?.onEnter ?? []) {
    if (e.type === 'warn') warnings = Math.min(cap, warnings + 1);
    if (e.type === 'tell_ending') toldEnding = true;
  }
  return { stepId, warnings, toldEnding };
}

export interface Graph {
  readonly start: WalkState;
  readonly states: ReadonlyMap<string, WalkState>;
  readonly edges: readonly Edge[];
  /** Shortest choice sequence from the start to each state. */
  readonly pathTo: ReadonlyMap<string, readonly string[]>;
}

export function buildGraph(pb: Playbook, channel: ContactChannel): Graph {
  const cap = warningCap(pb);
  const start = enter(pb, pb.start, { warnings: 0, toldEnding: false }, cap);
  const states = new Map([[keyOf(start), start]]);
  const pathTo = new Map<string, readonly string[]>([[keyOf(start), []]]);
  const edges: Edge[] = [];
  const queue = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const choice of pb.steps[s.stepId]?.choices ?? []) {
      if (!available({ channel, warnings: s.warnings }, choice)) continue;
      if (choice.outcome !== undefined) {
        edges.push({ from: s, choice, to: choice.outcome });
        continue;
      }
      const next = enter(pb, choice.next ?? '', s, cap);
      edges.push({ from: s, choice, to: next });
      if (!states.has(keyOf(next))) {
        states.set(keyOf(next), next);
        pathTo.set(keyOf(next), [...(pathTo.get(keyOf(s)) ?? []), choice.id]);
        queue.push(next);
      }
    }
  }
  return { start, states, edges, pathTo };
}

/** Shortest choice sequence from `from` to any outcome, or null when the state is a dead end. */
export function pathToOutcome(g: Graph, from: WalkState): { path: string[]; outcome: Outcome } | null {
  const seen = new Set([keyOf(from)]);
  const queue: { s: WalkState; path: string[] }[] = [{ s: from, path: [] }];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    for (const e of g.edges) {
      if (keyOf(e.from) !== keyOf(item.s)) continue;
      if (typeof e.to === 'string') return { path: [...item.path, e.choice.id], outcome: e.to };
      if (seen.has(keyOf(e.to))) continue;
      seen.add(keyOf(e.to));
      queue.push({ s: e.to, path: [...item.path, e.choice.id] });
    }
  }
  return null;
}

export const stateKey = keyOf;
