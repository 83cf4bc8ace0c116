/** Practice mode (issue 22): scenarios, the simulated customer, the run through the real engine, the debrief. */
import { INCIDENT_KINDS, type IncidentKind } from '../types.ts';
import { pick } from './rng.ts';
import { abuseScenarios } from './scenarios-abuse.ts';
import { threatScenarios } from './scenarios-threats.ts';
import { type Scenario, type ScenarioInput, ScenarioSchema } from './schema.ts';

export * from './debrief.ts';
export * from './engine-run.ts';
export * from './moves.ts';
export type { Reaction } from './reactions.ts';
export * from './schema.ts';
export * from './simulator.ts';

/**
 * Validates every scenario; throws one error listing each problem. Each kind needs at least three,
 * among them one that needs the last-resort line, one that needs a supervisor and one physical threat.
 */
export function loadScenarios(input: readonly ScenarioInput[] = [...abuseScenarios, ...threatScenarios]): Scenario[] {
  const problems: string[] = [];
  const out: Scenario[] = [];
  for (const [i, source] of input.entries()) {
    const parsed = ScenarioSchema.safeParse(source);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${source.id ?? `#${i}`}: ${issue.path.join('.')} ${issue.message}`);
    } else out.push(parsed.data);
  }
  const ids = new Set<string>();
  for (const s of out) {
    if (ids.has(s.id)) problems.push(`${s.id}: duplicate id`);
    ids.add(s.id);
  }
  for (const kind of INCIDENT_KINDS) {
    const of = out.filter((s) => s.kind === kind);
    if (of.length < 3) problems.push(`${kind}: ${of.length} scenario(s), at least 3 are needed`);
    if (!of.some((s) => s.need === 'last_resort')) problems.push(`${kind}: no scenario needs the last-resort line`);
    if (!of.some((s) => s.need === 'supervisor')) problems.push(`${kind}: no scenario needs a supervisor`);
    if (!of.some((s) => s.threatAt !== undefined)) problems.push(`${kind}: no scenario with a physical threat`);
  }
  if (problems.length > 0) throw new Error(`Invalid practice scenarios:\n${problems.join('\n')}`);
  return out;
}

export const scenarios: readonly Scenario[] = loadScenarios();

export const scenarioById = (id: string): Scenario | null => scenarios.find((s) => s.id === id) ?? null;

/** The scenario a seed picks, among one kind's or all of them. */
export function pickScenario(seed: number, kind?: IncidentKind): Scenario {
  const pool = kind === undefined ? scenarios : scenarios.filter((s) => s.kind === kind);
  const chosen = pool[pick(seed >>> 0, pool.length).index];
  if (chosen === undefined) throw new Error(`no practice scenario for ${kind ?? 'any kind'}`);
  return chosen;
}
export * from './render.ts';
