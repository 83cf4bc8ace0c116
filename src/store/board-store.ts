/** BoardStore over Drizzle: the supervisor's view and the agent's own trend (read-only queries). */
import { and, asc, eq, gte, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Escalation, Limits, Session } from '../engine/index.ts';
import type { BoardStore } from '../ports-board.ts';
import type { Db } from './drizzle-store.ts';
import { agents, checkins, escalations, sessions } from './schema.ts';

const at = (ms: number) => new Date(ms);
/** Sessions of a team; the default team also holds sessions without one (as in the care store). */
const ofTeam = (teamId: string) =>
  teamId === 'default' ? or(isNull(sessions.teamId), eq(sessions.teamId, teamId)) : eq(sessions.teamId, teamId);

export class DrizzleBoardStore implements BoardStore {
  constructor(private readonly db: Db) {}

  async openSessions(teamId: string): Promise<Session[]> {
    const rows = await this.db
      .select({ state: sessions.state })
      .from(sessions)
      .where(and(eq(sessions.status, 'open'), ofTeam(teamId)))
      .orderBy(asc(sessions.startedAt));
    return rows.map((r) => r.state as Session);
  }

  async escalationsOf(sessionIds: readonly string[]): Promise<Escalation[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db
      .select({ state: escalations.state })
      .from(escalations)
      .where(inArray(escalations.sessionId, [...sessionIds]));
    return rows.map((r) => r.state as Escalation);
  }

  async recentAgents(teamId: string, since: number): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ agentId: sessions.agentId })
      .from(sessions)
      .where(and(ofTeam(teamId), gte(sessions.startedAt, at(since))));
    return rows.map((r) => r.agentId).sort();
  }

  async ownLimits(agentIds: readonly string[]): Promise<Map<string, Limits>> {
    const out = new Map<string, Limits>();
    if (agentIds.length === 0) return out;
    const rows = await this.db
      .select()
      .from(agents)
      .where(and(inArray(agents.id, [...agentIds]), isNotNull(agents.limitMinutes)));
    for (const r of rows)
      if (r.limitMinutes !== null && r.limitHostility !== null && r.limitComplexity !== null)
        out.set(r.id, { minutes: r.limitMinutes, hostility: r.limitHostility, complexity: r.limitComplexity });
    return out;
  }

  async agentSessionsSince(agentId: string, since: number): Promise<Session[]> {
    const rows = await this.db
      .select({ state: sessions.state })
      .from(sessions)
      .where(and(eq(sessions.agentId, agentId), gte(sessions.startedAt, at(since))))
      .orderBy(asc(sessions.startedAt));
    return rows.map((r) => r.state as Session);
  }

  async agentCheckinsSince(agentId: string, since: number): Promise<{ createdAt: number; mood: number }[]> {
    const rows = await this.db
      .select({ createdAt: checkins.createdAt, mood: checkins.mood })
      .from(checkins)
      .where(and(eq(checkins.agentId, agentId), gte(checkins.createdAt, at(since))))
      .orderBy(asc(checkins.createdAt));
    return rows.map((r) => ({ createdAt: r.createdAt.getTime(), mood: r.mood }));
  }
}
