/**
 * The simulated customer (issue 22): pure. startRun(scenario, locale, seed) and playMove(run, scenario,
 * move) → the next run. Calmer when let to vent, heard and repeated back; worse when interrupted, argued
 * with, rushed or promised too much; a physical threat gets worse when no boundary is set and it is not
 * reported. Small variation (which line the customer says) comes from the seed, so a run replays.
 */
import type { Locale } from '../types.ts';
import { DONT_SAY, MAX_MOVES, type Move } from './moves.ts';
import { type Reaction, reactions } from './reactions.ts';
import { pick } from './rng.ts';
import type { Scenario } from './schema.ts';

export type Threat = 'physical' | 'legal';
export type RunStatus = 'open' | 'resolved' | 'escalated' | 'ended' | 'gave_up';

export type TranscriptEntry =
  | { readonly who: 'customer'; readonly turn: number; readonly reaction: Reaction | 'opening'; readonly text: string }
  | { readonly who: 'agent'; readonly turn: number; readonly move: Move };

export interface PracticeRun {
  readonly scenarioId: string;
  readonly locale: Locale;
  readonly seed: number;
  readonly moves: readonly Move[];
  /** The customer's hostility (1–5) at the start and after each move. */
  readonly moods: readonly number[];
  readonly rng: number;
  readonly vented: number;
  readonly heard: boolean;
  readonly empathised: boolean;
  /** Threats made so far, and the move after which the physical one came (0: in the opening). */
  readonly threats: readonly Threat[];
  readonly threatTurn: number | null;
  readonly threatWorse: boolean;
  readonly reported: readonly Threat[];
  readonly warnings: number;
  readonly lastLines: number;
  /** The customer asked for someone senior. */
  readonly insisted: boolean;
  readonly status: RunStatus;
  readonly transcript: readonly TranscriptEntry[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const clampMood = (n: number) => Math.min(5, Math.max(1, n));

function say(r: Mutable<PracticeRun>, scenario: Scenario, reaction: Reaction | 'opening'): void {
  const lines = reaction === 'opening' ? scenario.opening[r.locale] : reactions[reaction][r.locale];
  const chosen = pick(r.rng, lines.length);
  r.rng = chosen.state;
  const text = lines[chosen.index] ?? lines[0] ?? '';
  r.transcript = [...r.transcript, { who: 'customer', turn: r.moves.length, reaction, text }];
}

export function startRun(scenario: Scenario, locale: Locale, seed: number): PracticeRun {
  const threats: Threat[] = [];
  if (scenario.kind === 'legal_threat') threats.push('legal');
  if (scenario.threatAt === 0 || scenario.kind === 'physical_threat') threats.push('physical');
  const r: Mutable<PracticeRun> = {
    scenarioId: scenario.id,
    locale,
    seed: seed >>> 0,
    moves: [],
    moods: [scenario.hostility],
    rng: seed >>> 0,
    vented: 0,
    heard: false,
    empathised: false,
    threats,
    threatTurn: threats.includes('physical') ? 0 : null,
    threatWorse: false,
    reported: [],
    warnings: 0,
    lastLines: 0,
    insisted: scenario.need === 'supervisor' || scenario.kind === 'supervisor_request',
    status: 'open',
    transcript: [],
  };
  say(r, scenario, 'opening');
  return r;
}

/** The customer's answer to one move; a run that has ended does not change. */
export function playMove(run: PracticeRun, scenario: Scenario, move: Move): PracticeRun {
  if (run.status !== 'open') return run;
  const r: Mutable<PracticeRun> = { ...run, moves: [...run.moves, move] };
  const turn = r.moves.length;
  r.transcript = [...r.transcript, { who: 'agent', turn, move }];
  let mood = run.moods.at(-1) ?? scenario.hostility;
  const lastResort = scenario.need === 'last_resort';
  const replies: Reaction[] = [];
  switch (move) {
    case 'listen':
      r.vented += 1;
      if (r.vented >= 2) mood -= 1;
      replies.push(r.vented === 1 ? 'vent' : 'calmer');
      break;
    case 'repeat':
      r.heard = true;
      mood -= 1;
      replies.push('calmer');
      break;
    case 'empathise': {
      const earned = r.vented > 0 || r.heard;
      r.empathised = true;
      if (earned) mood -= 1;
      replies.push(earned ? 'calmer' : 'doubt');
      break;
    }
    case 'apologise':
      // A rote apology, before any empathy, makes it worse (field guide §2).
      if (r.empathised) mood -= 1;
      replies.push(r.empathised ? 'calmer' : 'doubt');
      break;
    case 'solve':
      if (r.insisted) {
        if (r.moves.slice(0, -1).includes('solve')) mood += 1;
        replies.push('insists_senior');
      } else if (lastResort || mood > 2) {
        mood += 1;
        replies.push('worse');
      } else {
        r.status = 'resolved';
        replies.push('accepts');
      }
      break;
    case 'promise':
      mood += 1;
      replies.push('doubt');
      break;
    case 'interrupt':
    case 'argue':
    case 'rush':
    case 'dont_know':
      mood += 1;
      replies.push('worse');
      break;
    case 'boundary':
      r.warnings += 1;
      if (lastResort || (mood >= 4 && r.warnings === 1)) replies.push('keeps_going');
      else {
        mood -= 1;
        replies.push('stops');
      }
      break;
    case 'last_line':
      r.lastLines += 1;
      if (lastResort && r.lastLines === 1) replies.push('keeps_going');
      else {
        mood -= 1;
        replies.push('stops');
      }
      break;
    case 'end':
      r.status = 'ended';
      replies.push('ended');
      break;
    case 'escalate':
      r.status = 'escalated';
      replies.push('senior_coming');
      break;
    case 'report':
      r.reported = [...r.threats];
      break;
  }
  // Someone who must be stopped with the last-resort line does not calm down before it.
  if (lastResort && r.lastLines === 0) mood = Math.max(mood, 3);
  mood = clampMood(mood);
  if (r.status === 'open' && scenario.threatAt !== undefined && scenario.threatAt === turn && r.threatTurn === null) {
    r.threats = [...r.threats, 'physical'];
    r.threatTurn = turn;
    mood = Math.max(mood, 4);
    replies.push('threat');
  }
  if (r.status === 'open' && r.threatTurn !== null && !r.threatWorse && turn >= r.threatTurn + 2) {
    const since = r.moves.slice(r.threatTurn);
    const held = since.includes('boundary') || since.includes('last_line') || r.reported.includes('physical');
    if (!held) {
      r.threatWorse = true;
      mood = 5;
      replies.push('threat_worse');
    }
  }
  if (r.status === 'open' && turn >= MAX_MOVES) {
    r.status = 'gave_up';
    replies.push('timed_out');
  }
  r.moods = [...run.moods, mood];
  for (const reply of replies) say(r, scenario, reply);
  return r;
}

/** Replays a whole run from its moves (what a button or a script carries). */
export function replayRun(scenario: Scenario, locale: Locale, seed: number, moves: readonly Move[]): PracticeRun {
  let run = startRun(scenario, locale, seed);
  for (const m of moves) run = playMove(run, scenario, m);
  return run;
}

export const dontSayCount = (run: Pick<PracticeRun, 'moves'>): number =>
  run.moves.filter((m) => DONT_SAY.includes(m)).length;
