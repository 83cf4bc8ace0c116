/**
 * A practice run through the real engine and playbooks (issue 22): the agent's moves become the
 * session events a real contact would produce, so the pages, threat reports, flags and decompression
 * offer a practice run lists are the ones the real playbook would make. Pure: the app only shows them
 * as what *would* happen and never stores or delivers them.
 */
import type { Effect, EffectBody, Session, SessionEvent } from '../model.ts';
import { playbookVersion } from '../playbooks/registry.ts';
import { available, startSession, step } from '../step.ts';
import type { Limits } from '../types.ts';
import type { Move } from './moves.ts';
import type { Scenario } from './schema.ts';
import type { PracticeRun } from './simulator.ts';

export type WouldBody = Extract<
  EffectBody,
  { type: 'pageSupervisor' | 'reportThreat' | 'flagCustomer' | 'offerDecompression' }
>;
/** Something the real engine would have done after `turn` moves (0: when the contact started). */
export interface Would {
  readonly turn: number;
  readonly id: string;
  readonly effect: WouldBody;
}

const MINUTE = 60_000;
const BOUNDARY_STEPS = ['boundary_vulgar', 'boundary_insult', 'boundary_hostile'];
const TO_BOUNDARY = ['keeps_swearing', 'keeps_insulting', 'abusive', 'again'];
const TO_HELP = ['calmed', 'let_me_help', 'carry_on', 'stopped', 'apologised'];
const TO_PROVIDE = [...TO_HELP, 'to_resolution', 'agreed', 'accepted', 'my_help', 'myself'];

export interface PracticeEngineInput {
  readonly id: string;
  readonly agentId: string;
  readonly teamId: string | null;
  readonly surface: string;
  readonly limits: Limits;
  readonly startedAt: number;
}

/** Replays the run's moves through startSession/step; returns the final session and what would have happened. */
export function practiceEngineRun(
  scenario: Scenario,
  run: PracticeRun,
  input: PracticeEngineInput,
): { session: Session; would: Would[] } {
  // A threat the agent has not yet reported is not known to Holdline: threat kinds start as an angry
  // customer and switch to their playbook when the agent reports the threat (as they would pick it).
  const threatKind = scenario.kind === 'legal_threat' || scenario.kind === 'physical_threat';
  const started = startSession(
    {
      id: input.id,
      agentId: input.agentId,
      teamId: input.teamId,
      surface: input.surface,
      kind: threatKind ? 'hostile' : scenario.kind,
      kindChosen: true,
      channel: scenario.channel,
      locale: run.locale,
      limits: input.limits,
      customer: { key: 'practice', hint: 'practice' },
      hostility: scenario.hostility,
      complexity: scenario.complexity,
    },
    input.startedAt,
  );
  const would: Would[] = [];
  const collect = (turn: number, effects: readonly Effect[]) => {
    for (const e of effects)
      if (
        e.type === 'pageSupervisor' ||
        e.type === 'reportThreat' ||
        e.type === 'flagCustomer' ||
        e.type === 'offerDecompression'
      )
        would.push({ turn, id: e.id, effect: e as WouldBody });
  };
  collect(0, started.effects);
  let session = started.session;
  let reported: readonly string[] = [];
  for (const [i, move] of run.moves.entries()) {
    const turn = i + 1;
    const now = input.startedAt + turn * MINUTE;
    const apply = (event: SessionEvent): boolean => {
      const r = step(session, event, now);
      if (!r.ok) return false;
      session = r.session;
      collect(turn, r.effects);
      return true;
    };
    const delta = (run.moods[turn] ?? 0) - (run.moods[turn - 1] ?? 0);
    for (let n = 0; n < Math.abs(delta); n++) apply({ type: 'hostility', direction: delta > 0 ? 'worse' : 'better' });
    const route = (targets: readonly string[], via: readonly string[], hops: number, mustMove = false) => {
      for (let h = 0; h < hops; h++) {
        if (targets.includes(session.stepId) && !(mustMove && h === 0)) return true;
        const current = playbookVersion(session.kind, session.playbookVersion).steps[session.stepId];
        const choice = via
          .map((id) => current?.choices.find((c) => c.id === id))
          .find((c) => c !== undefined && c.next !== undefined && available(session, c));
        if (choice === undefined || !apply({ type: 'choose', choiceId: choice.id })) return false;
      }
      return targets.includes(session.stepId);
    };
    planFor(move, run, turn, scenario, {
      apply,
      route,
      reportedBefore: reported,
      markReported: (t) => {
        reported = [...reported, t];
      },
    });
  }
  return { session, would };
}

interface Planner {
  apply(event: SessionEvent): boolean;
  route(targets: readonly string[], via: readonly string[], hops: number, mustMove?: boolean): boolean;
  readonly reportedBefore: readonly string[];
  markReported(t: string): void;
}

function planFor(move: Move, run: PracticeRun, turn: number, scenario: Scenario, p: Planner): void {
  const endedNow = turn === run.moves.length;
  switch (move) {
    case 'boundary':
      p.route(BOUNDARY_STEPS, TO_BOUNDARY, 1, true);
      return;
    case 'last_line':
      p.route(['last_warning'], [...TO_BOUNDARY, 'carried_on'], 4);
      return;
    case 'end':
      if (p.route(['end_conversation', 'end_safely'], [...TO_BOUNDARY, 'carried_on', 'ending'], 6))
        p.apply({ type: 'choose', choiceId: 'ended' });
      return;
    case 'empathise':
    case 'apologise':
      p.route(['empathise'], TO_HELP, 2);
      return;
    case 'solve':
      if (endedNow && run.status === 'resolved' && p.route(['provide'], TO_PROVIDE, 6))
        p.apply({ type: 'choose', choiceId: 'resolved' });
      else p.route(['lead'], TO_PROVIDE, 3);
      return;
    case 'escalate':
      if (!(run.insisted && p.route(['senior'], ['insist_senior', 'still_senior', 'not_satisfied'], 1)))
        p.apply({ type: 'escalate', reason: run.insisted ? 'customer_insists' : 'agent_request' });
      p.apply({ type: 'close', outcome: 'escalated' });
      return;
    case 'report':
      for (const t of run.threats.filter((x) => !p.reportedBefore.includes(x))) {
        p.markReported(t);
        const kind = t === 'physical' ? 'physical_threat' : 'legal_threat';
        if (scenario.kind === kind) p.apply({ type: 'reclassify', kind });
        else p.apply({ type: 'threat', kind: t });
      }
      return;
    default:
      return;
  }
}
