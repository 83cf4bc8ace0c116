/**
 * The supervisor's view (issue 21): "who needs help now" for the teams a person supervises, with each
 * agent's personal limits, and each agent's own 8-week trend (private to them). Reads only.
 */
import {
  type AgentLimits,
  boardContact,
  buildMyTrend,
  isHardContact,
  type Limits,
  lastWeeks,
  type MyTrend,
  sortBoard,
  type TeamBoard,
  weekBounds,
} from '../engine/index.ts';
import type { Clock, Logger, RosterDirectory } from '../ports.ts';
import type { BoardStore } from '../ports-board.ts';
import { DEFAULT_TEAM } from './care.ts';
import { type AppError, fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';

/** Agents who worked in the team this recently are listed with their limits besides the team file's members. */
const RECENT_AGENTS_MS = 28 * 86_400_000;

export interface TeamViewDeps {
  readonly board: BoardStore;
  readonly directory: RosterDirectory;
  readonly clock: Clock;
  readonly log: Logger;
  /** The limits that apply to an agent who set none (team default, else the configured default). */
  readonly defaultLimits: (agentId: string) => Limits;
  /** The team's support contact (team file `care.support`), for the pointer in an agent's trend. */
  readonly supportContact?: (teamId: string) => string | null;
}

export interface MyTrendView {
  readonly trend: MyTrend;
  readonly support: string | null;
}

export class TeamView {
  constructor(private readonly d: TeamViewDeps) {}

  /** The teams a person supervises (own team first); empty: not a supervisor. */
  teamsOf(personId: string): readonly string[] {
    const dir = this.d.directory;
    if (dir.teamsSupervisedBy) return dir.teamsSupervisedBy(personId);
    return dir.isSupervisor(personId) ? [dir.teamOf(personId) ?? DEFAULT_TEAM] : [];
  }

  /** The boards of every team `by` supervises; `not_supervisor` for anyone else. */
  boardsFor(by: string): Promise<Result<TeamBoard[]>> {
    const teams = this.teamsOf(by);
    if (teams.length === 0) {
      this.d.log.warn({ by, op: 'team.board' }, 'refused: not a supervisor');
      return Promise.resolve(fail('not_supervisor'));
    }
    return this.guard('board', async () => ok(await Promise.all(teams.map((t) => this.read(t)))));
  }

  /** One team's board (for the App Home refresh). */
  board(teamId: string): Promise<Result<TeamBoard>> {
    return this.guard('board', async () => ok(await this.read(teamId)));
  }

  /** The agent's own check-ins and hard contacts over the last 8 weeks, and whether to point to support. */
  myTrend(agentId: string): Promise<Result<MyTrendView>> {
    return this.guard('trend', async () => {
      const now = this.d.clock.now();
      const since = (weekBounds(lastWeeks(now)[0] as string) as { from: number }).from;
      const [checkins, sessions] = await Promise.all([
        this.d.board.agentCheckinsSince(agentId, since),
        this.d.board.agentSessionsSince(agentId, since),
      ]);
      const trend = buildMyTrend(
        now,
        checkins,
        sessions.map((s) => ({ startedAt: s.startedAt, hard: isHardContact(s) })),
      );
      const team = this.d.directory.teamOf(agentId) ?? DEFAULT_TEAM;
      return ok({ trend, support: this.d.supportContact?.(team) ?? null });
    });
  }

  private async read(teamId: string): Promise<TeamBoard> {
    const open = await this.d.board.openSessions(teamId);
    const escalations = await this.d.board.escalationsOf(open.map((s) => s.id));
    const members = this.d.directory.membersOf?.(teamId) ?? [];
    const recent = await this.d.board.recentAgents(teamId, this.d.clock.now() - RECENT_AGENTS_MS);
    const agents = [...new Set([...members, ...open.map((s) => s.agentId), ...recent])].sort();
    const own = await this.d.board.ownLimits(agents);
    const limits = agents.map((agentId): AgentLimits => {
      const set = own.get(agentId);
      return { agentId, limits: set ?? this.d.defaultLimits(agentId), own: set !== undefined };
    });
    return { teamId, contacts: sortBoard(open.map((s) => boardContact(s, escalations))), limits };
  }

  private async guard<T>(op: string, fn: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await fn();
    } catch (err) {
      const code: AppError['code'] = isUnavailable(err) ? 'store_unavailable' : 'internal';
      this.d.log.error({ error: safeError(err), op }, `team view ${op} failed`);
      return fail(code);
    }
  }
}
