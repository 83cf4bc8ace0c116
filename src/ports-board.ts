/**
 * Reads for the supervisor's view (issue 21): a team's open contacts with their escalations, the
 * personal limits of its agents, and an agent's own recent sessions and check-ins. Read-only.
 */
import type { Escalation, Limits, Session } from './engine/index.ts';

export interface BoardStore {
  /** Open sessions of a team (the default team also holds sessions without one), oldest first. */
  openSessions(teamId: string): Promise<Session[]>;
  /** Every escalation of these sessions. */
  escalationsOf(sessionIds: readonly string[]): Promise<Escalation[]>;
  /** Agents who worked in the team since `since` (a session started), for the limits list. */
  recentAgents(teamId: string, since: number): Promise<string[]>;
  /** The limits each agent set themselves (absent: none set). */
  ownLimits(agentIds: readonly string[]): Promise<Map<string, Limits>>;
  /** The agent's sessions started since `since`, oldest first. */
  agentSessionsSince(agentId: string, since: number): Promise<Session[]>;
  /** The agent's named and private check-ins since `since` (anonymous ones are never found again). */
  agentCheckinsSince(agentId: string, since: number): Promise<{ createdAt: number; mood: number }[]>;
}
