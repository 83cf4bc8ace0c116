/**
 * Practice mode (issue 22): the agent role-plays a difficult customer. Each move replays the run through
 * the simulated customer and the real engine and playbooks (src/engine/practice); the pages, threat
 * reports, flags and decompression the engine produces are resolved against the team's real escalation
 * policy and shown as what WOULD happen. Nothing is delivered, nothing enters the outbox, no session,
 * escalation or flag is written: the one thing stored is a finished run's score (practice_runs).
 *
 * A run is stateless between moves: its token (scenario, language, seed, moves) is carried by the
 * button or the terminal loop and replayed, so it survives restarts and several instances alike.
 */
import { createHash } from 'node:crypto';
import {
  type Debrief,
  type DetailText,
  debrief,
  decodeMoves,
  encodeMoves,
  INCIDENT_KINDS,
  type IncidentKind,
  isoWeek,
  type Limits,
  LOCALES,
  type Locale,
  type Move,
  type PracticeRun,
  pickScenario,
  practiceEngineRun,
  reasonText,
  replayRun,
  type Scenario,
  scenarioById,
  scenarios,
  startEscalation,
  text,
  threatReports,
  type Would,
  type WouldNote,
  weekBounds,
} from '../engine/index.ts';
import type { Clock, Directory, Logger, Policies } from '../ports.ts';
import type { PracticeRunRow, PracticeStore } from '../ports-practice.ts';
import { isUnavailable } from './errors.ts';
import { safeError } from './safe-error.ts';

/** A practice failure the person sees as one sentence from the catalogue. */
export type PracticeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly text: DetailText };

export interface PracticeView {
  readonly scenario: Scenario;
  readonly run: PracticeRun;
  readonly would: readonly WouldNote[];
  /** Present once the run has ended. */
  readonly debrief: Debrief | null;
  /** The run so far: `scenario.locale.seed.moves`. */
  readonly token: string;
}

export interface PracticeStart {
  readonly agentId: string;
  readonly locale: Locale;
  readonly kind?: string;
  readonly scenario?: string;
  readonly seed?: number;
}

export interface PracticeServiceDeps {
  readonly store: PracticeStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly policies: Policies;
  readonly directory: Directory;
  /** The agent's limits (their own, else the team's or configured default): the debrief and the engine use them. */
  readonly limitsOf: (agentId: string) => Promise<Limits>;
}

const TOKEN = /^([a-z][a-z0-9_]{0,47})\.([a-z]{2})\.(\d{1,10})\.([a-z]{0,14})$/;
const MAX_SEED = 2_147_483_647;
const HISTORY = 20;

export const practiceToken = (scenarioId: string, locale: Locale, seed: number, moves: readonly Move[]): string =>
  `${scenarioId}.${locale}.${seed}.${encodeMoves(moves)}`;

export class PracticeService {
  constructor(private readonly d: PracticeServiceDeps) {}

  /** A new run: the scenario named, else one of the kind's (or any) picked by the seed; the seed from the clock when absent. */
  begin(req: PracticeStart): Promise<PracticeResult<PracticeView>> {
    let kind: IncidentKind | undefined;
    if (req.kind !== undefined) {
      const k = INCIDENT_KINDS.find((x) => x === req.kind);
      if (k === undefined)
        return Promise.resolve(
          nope({
            key: 'practice.unknown_kind',
            params: { input: req.kind.slice(0, 30), choices: INCIDENT_KINDS.join(', ') },
          }),
        );
      kind = k;
    }
    const seed = Math.abs(Math.trunc(req.seed ?? this.d.clock.now())) % MAX_SEED;
    let scenario: Scenario | null;
    if (req.scenario !== undefined) {
      scenario = scenarioById(req.scenario);
      if (scenario === null)
        return Promise.resolve(
          nope({
            key: 'practice.unknown_scenario',
            params: { input: req.scenario.slice(0, 40), choices: scenarios.map((s) => s.id).join(', ') },
          }),
        );
    } else scenario = pickScenario(seed, kind);
    return this.view(req.agentId, scenario, req.locale, seed, []);
  }

  /** Plays `move` on the run `token` (or shows it as it stands without a move). Stores the score once it ends. */
  async play(agentId: string, token: string, move?: Move): Promise<PracticeResult<PracticeView>> {
    const m = TOKEN.exec(token);
    const scenario = m ? scenarioById(m[1] ?? '') : null;
    const locale = LOCALES.find((l) => l === m?.[2]);
    const moves = m ? decodeMoves(m[4] ?? '') : null;
    if (!m || scenario === null || locale === undefined || moves === null)
      return nope({ key: 'practice.chat.expired' });
    const seed = Number(m[3]);
    if (seed > MAX_SEED) return nope({ key: 'practice.chat.expired' });
    // A move on a run that has already ended is a stale button: the run is shown as it ended.
    const before = replayRun(scenario, locale, seed, moves);
    const next = move !== undefined && before.status === 'open' ? [...moves, move] : moves;
    return this.view(agentId, scenario, locale, seed, next);
  }

  async history(agentId: string): Promise<PracticeResult<PracticeRunRow[]>> {
    return this.guard('history', () => this.d.store.practiceRunsOf(agentId, HISTORY));
  }

  /** The agent's own history as lines of text (chat platforms; dates as UTC days). */
  async historyLines(agentId: string, locale: Locale): Promise<PracticeResult<string[]>> {
    const r = await this.history(agentId);
    if (!r.ok) return r;
    if (r.value.length === 0) return { ok: true, value: [text(locale, 'practice.history.none')] };
    return {
      ok: true,
      value: [
        text(locale, 'practice.history.title', { count: r.value.length }),
        ...r.value.map((row) =>
          text(locale, 'practice.history.line', {
            date: new Date(row.createdAt).toISOString().slice(0, 10),
            kind: { key: `kind.${(INCIDENT_KINDS.find((k) => k === row.kind) ?? 'hostile') as IncidentKind}` },
            scenario: row.scenario,
            score: row.score,
          }),
        ),
      ],
    };
  }

  /** How many practice runs the team did this ISO week: supervisors only, and a count, never scores. */
  async teamWeek(
    personId: string,
    /** The team asked about; absent: the person's own team. */
    team?: string | null,
  ): Promise<PracticeResult<{ team: string; week: string; count: number }>> {
    const teamId = team === undefined ? this.d.directory.teamOf(personId) : team;
    if (!this.d.directory.isSupervisor(personId, teamId)) return nope({ key: 'practice.team.not_supervisor' });
    const week = isoWeek(this.d.clock.now());
    const bounds = weekBounds(week);
    if (bounds === null) throw new Error(`no bounds for ${week}`);
    return this.guard('team', async () => ({
      team: teamId ?? 'default',
      week,
      count: await this.d.store.countTeamPractice(teamId, bounds.from, bounds.to),
    }));
  }

  private async view(
    agentId: string,
    scenario: Scenario,
    locale: Locale,
    seed: number,
    moves: readonly Move[],
  ): Promise<PracticeResult<PracticeView>> {
    const limits = await this.d.limitsOf(agentId);
    const teamId = this.d.directory.teamOf(agentId);
    const run = replayRun(scenario, locale, seed, moves);
    const token = practiceToken(scenario.id, locale, seed, moves);
    const startedAt = this.d.clock.now();
    const { would } = practiceEngineRun(scenario, run, {
      id: `practice-${digest(`${agentId}|${token}`).slice(0, 12)}`,
      agentId,
      teamId,
      surface: 'practice',
      limits,
      startedAt,
    });
    const notes = would.flatMap((w) => this.note(w, teamId, agentId, scenario, startedAt));
    const ended = run.status !== 'open';
    const result = ended ? debrief(scenario, run, limits.hostility) : null;
    if (result !== null) {
      const row: PracticeRunRow = {
        id: digest(`${agentId}|${token}`),
        agentId,
        teamId,
        kind: scenario.kind,
        scenario: scenario.id,
        locale,
        seed,
        score: result.score,
        createdAt: startedAt,
      };
      const saved = await this.guard('save', () => this.d.store.insertPracticeRun(row));
      if (!saved.ok) return saved;
    }
    return { ok: true, value: { scenario, run, would: notes, debrief: result, token } };
  }

  /** What the engine's effect would have done, resolved against the team's real policy (never sent). */
  private note(w: Would, teamId: string | null, agentId: string, scenario: Scenario, now: number): WouldNote[] {
    const e = w.effect;
    const policy = this.d.policies.policyFor(teamId);
    switch (e.type) {
      case 'pageSupervisor': {
        const { effects } = startEscalation(
          {
            id: 'practice',
            sessionId: 'practice',
            agentId,
            incident: scenario.kind,
            reason: e.reason,
            severity: e.severity,
            policy,
          },
          now,
        );
        const people = new Set<string>();
        const channels = new Set<string>();
        for (const x of effects)
          if (x.type === 'deliver' && x.message.kind === 'page') {
            for (const p of x.message.supervisors) people.add(p);
            for (const c of x.message.channels) channels.add(c);
          }
        const params = {
          people: [...people].join(', '),
          channels: [...channels].join(', '),
          severity: { key: `practice.severity.${e.severity}` as const },
          reason: reasonText(e.reason),
        };
        const key =
          people.size > 0 && channels.size > 0
            ? 'practice.would.page_people_channels'
            : people.size > 0
              ? 'practice.would.page_people'
              : channels.size > 0
                ? 'practice.would.page_channels'
                : 'practice.would.page_nobody';
        return [{ turn: w.turn, key, params }];
      }
      case 'reportThreat': {
        const recipients = threatReports(policy, e.to, 'practice').flatMap((x) =>
          x.type === 'deliver' && x.message.kind === 'report' ? x.message.recipients : [],
        );
        const to = { key: `to.${e.to}` as const };
        return recipients.length > 0
          ? [{ turn: w.turn, key: 'practice.would.report', params: { to, recipients: recipients.join(', ') } }]
          : [{ turn: w.turn, key: 'practice.would.report_nobody', params: { to } }];
      }
      case 'flagCustomer':
        return [{ turn: w.turn, key: 'practice.would.flag', params: { kind: { key: `flags.kind.${e.kind}` } } }];
      case 'offerDecompression':
        return [{ turn: w.turn, key: 'practice.would.decompress', params: {} }];
    }
  }

  private async guard<T>(op: string, fn: () => Promise<T>): Promise<PracticeResult<T>> {
    try {
      return { ok: true, value: await fn() };
    } catch (err) {
      this.d.log.error({ error: safeError(err), op }, `practice ${op} failed`);
      return nope({ key: isUnavailable(err) ? 'error.store_unavailable' : 'error.internal' });
    }
  }
}

/** The agent's limits as AgentService resolves them (own, team default, configured default). */
export const limitsFrom =
  (agents: { limits(agentId: string): Promise<{ ok: true; value: Limits } | { ok: false }> }, fallback: Limits) =>
  async (agentId: string): Promise<Limits> => {
    const r = await agents.limits(agentId);
    return r.ok ? r.value : fallback;
  };

const nope = <T>(text: DetailText): PracticeResult<T> => ({ ok: false, text });
const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);
