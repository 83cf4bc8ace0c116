/**
 * The Directory and Policies ports over the team file: who is in which team, who supervises, and the
 * escalation policy to freeze on each new escalation. Swapped whole when the file is reloaded; running
 * escalations keep the snapshot they started with.
 */
import { isGroupId } from '../engine/escalation.ts';
import type { Emergency, Limits, PolicySnapshot } from '../engine/index.ts';
import type { Directory, FlagScope, Policies } from '../ports.ts';
import { prefixed, type TeamFile } from './team-file.ts';

/** With no team file (or an agent in no team): nobody to page; the agent is told at once to call directly. */
const NOBODY: PolicySnapshot = { teamId: null, levels: [], channels: [], security: [], legal: [] };

export class TeamDirectory implements Directory, Policies {
  private readonly teamByMember = new Map<string, string>();
  constructor(private readonly file: TeamFile | null) {
    for (const [id, team] of Object.entries(file?.teams ?? {}))
      for (const m of team.members) this.teamByMember.set(m, id);
  }

  teamOf(agentId: string): string | null {
    return this.teamByMember.get(agentId) ?? this.file?.defaults.team ?? null;
  }

  /** Named on a level, or (with `groups`: the user groups / roles the person is in) a member of one named. */
  isSupervisor(personId: string, teamId?: string | null, groups: readonly string[] = []): boolean {
    const teams = Object.entries(this.file?.teams ?? {}).filter(([id]) => teamId == null || id === teamId);
    return teams.some(([, t]) =>
      t.escalation.levels.some(
        (l) => l.supervisors.includes(personId) || groups.some((g) => isGroupId(g) && l.supervisors.includes(g)),
      ),
    );
  }

  /** Named in the file's `admins:` list: reads flags, exports and boards across teams. */
  isAdmin(personId: string): boolean {
    return this.file?.admins.includes(personId) ?? false;
  }

  /**
   * The teams whose flags `personId` may read and remove: every team (`'all'`) for an admin, else the teams
   * whose escalation levels name them (exact id). Empty: none.
   */
  flagTeams(personId: string): FlagScope {
    if (this.isAdmin(personId)) return 'all';
    return Object.entries(this.file?.teams ?? {})
      .filter(([, t]) => t.escalation.levels.some((l) => l.supervisors.includes(personId)))
      .map(([id]) => id);
  }

  policyFor(teamId: string | null): PolicySnapshot {
    const id = teamId ?? this.file?.defaults.team ?? null;
    const team = id === null ? undefined : this.file?.teams[id];
    if (team === undefined || this.file === null) return NOBODY;
    const threats = { ...this.file.threats, ...team.threats };
    return {
      teamId: id,
      levels: team.escalation.levels.map((l) => ({ ...l, supervisors: [...l.supervisors] })),
      channels: prefixed(team.escalation.channels),
      security: prefixed(threats.security),
      legal: prefixed(threats.legal),
    };
  }

  /** The team's default limits for an agent without personal limits, else the file's defaults. */
  defaultLimits(agentId: string): Limits | null {
    const team = this.teamOf(agentId);
    return (team === null ? undefined : this.file?.teams[team]?.limits) ?? this.file?.defaults.limits ?? null;
  }

  /** The team's emergency number and note, else the file's default; null when the file names none. */
  emergency(agentId: string): Emergency | null {
    const team = this.teamOf(agentId);
    const e = (team === null ? undefined : this.file?.teams[team]?.emergency) ?? this.file?.defaults.emergency;
    return e === undefined ? null : { number: e.number, ...(e.note ? { note: e.note } : {}) };
  }
}

/**
 * Who may act on flags: the team file's supervisors, each for their own team(s), its `admins:` across
 * teams, and HOLDLINE_SUPERVISORS (who supervise every team, set by the operator) across teams.
 */
export function flagDirectory(
  team: Pick<TeamDirectory, 'teamOf' | 'isSupervisor' | 'flagTeams'>,
  listed: Pick<Directory, 'isSupervisor'>,
): Directory {
  return {
    teamOf: (agentId) => team.teamOf(agentId),
    isSupervisor: (person, teamId) =>
      team.isSupervisor(person, teamId) || listed.isSupervisor(person) || team.flagTeams(person) === 'all',
    flagTeams: (person) => (listed.isSupervisor(person) ? 'all' : team.flagTeams(person)),
  };
}
