/**
 * Who is in which team, who supervises it, and where its decompression channels are, for the care
 * side (nudges, break notices, the weekly digest, "talk to someone", check-in posts): the team file
 * (HOLDLINE_CONFIG) merged with HOLDLINE_SUPERVISORS, HOLDLINE_PEER_CHANNEL and HOLDLINE_CHECKIN_CHANNEL.
 *
 * - A team's care **recipients** (`supervisorsOf`) are the people of its first escalation level — the
 *   supervisors who answer first — plus everyone in HOLDLINE_SUPERVISORS. Groups (a Slack user group, a
 *   Discord role) are left out: nudges and digests are direct messages to a person.
 * - **May see the team's digest** (`isSupervisor`, `teamsSupervisedBy`): anyone in any level of its policy,
 *   or in HOLDLINE_SUPERVISORS (who supervise every team, as before the team file), or in the file's `admins:`.
 * - **Channels**: a team's `care.peer` / `care.checkin` per surface, else the config keys.
 */
import { DEFAULT_TEAM } from '../app/care.ts';
import { parseSurfaceMap } from '../app/care-config.ts';
import type { RosterDirectory } from '../ports.ts';
import type { CareChannels } from '../ports-care.ts';
import type { TeamFile } from './team-file.ts';

const isGroup = (id: string) => id.startsWith('slack:subteam:') || id.startsWith('discord:role:');

export interface CareDirectoryOptions {
  /** HOLDLINE_SUPERVISORS: people who supervise every team. */
  readonly supervisors?: readonly string[];
  /** HOLDLINE_PEER_CHANNEL and HOLDLINE_CHECKIN_CHANNEL: one id, or `slack:C1,discord:2`. */
  readonly peerChannel?: string | undefined;
  readonly checkinChannel?: string | undefined;
}

export class CareDirectory implements RosterDirectory, CareChannels {
  private readonly teamByMember = new Map<string, string>();
  private readonly listed: readonly string[];
  private readonly peerFallback: (surface: string) => string | null;
  private readonly checkinFallback: (surface: string) => string | null;

  constructor(
    private readonly file: TeamFile | null,
    opts: CareDirectoryOptions = {},
  ) {
    for (const [id, team] of Object.entries(file?.teams ?? {}))
      for (const m of team.members) this.teamByMember.set(m, id);
    this.listed = [...new Set(opts.supervisors ?? [])];
    this.peerFallback = parseSurfaceMap(opts.peerChannel);
    this.checkinFallback = parseSurfaceMap(opts.checkinChannel);
  }

  teamOf(agentId: string): string | null {
    return this.teamByMember.get(agentId) ?? this.file?.defaults.team ?? null;
  }

  /** The file's teams, and `default` (agents in no team) unless the file sends them to a team. */
  teams(): readonly string[] {
    const ids = Object.keys(this.file?.teams ?? {});
    return this.file?.defaults.team === undefined && !ids.includes(DEFAULT_TEAM) ? [...ids, DEFAULT_TEAM] : ids;
  }

  isSupervisor(personId: string, teamId?: string | null): boolean {
    if (this.listed.includes(personId) || this.isAdmin(personId)) return true;
    return this.policyTeams(personId).some((id) => teamId == null || id === teamId);
  }

  supervisorsOf(teamId: string | null): readonly string[] {
    const team = this.team(teamId);
    const first = (team?.escalation.levels[0]?.supervisors ?? []).filter((p) => !isGroup(p));
    return [...new Set([...first, ...this.listed])];
  }

  /** Their own team first (a supervisor who is also a listed member), then the file's order (`default` last). */
  teamsSupervisedBy(personId: string): readonly string[] {
    const teams =
      this.listed.includes(personId) || this.isAdmin(personId) ? [...this.teams()] : this.policyTeams(personId);
    const own = this.teamByMember.get(personId);
    return own !== undefined && teams.includes(own) ? [own, ...teams.filter((t) => t !== own)] : teams;
  }

  /** The team's members as listed in the team file. */
  membersOf(teamId: string): readonly string[] {
    return this.file?.teams[teamId]?.members ?? [];
  }

  /** The team's support contact (`care.support`), for the pointer in an agent's own trend. */
  supportContact(teamId: string): string | null {
    return this.team(teamId)?.care?.support ?? null;
  }

  peer(surface: string, teamId: string): string | null {
    return this.channel('peer', surface, teamId) ?? this.peerFallback(surface);
  }

  checkin(surface: string, teamId: string): string | null {
    return this.channel('checkin', surface, teamId) ?? this.checkinFallback(surface);
  }

  /** The team file's `admins:` read every team's board and digest (they receive no nudges). */
  private isAdmin(personId: string): boolean {
    return this.file?.admins.includes(personId) ?? false;
  }

  private team(teamId: string | null) {
    const id = teamId ?? this.file?.defaults.team;
    return id === undefined ? undefined : this.file?.teams[id];
  }

  private policyTeams(personId: string): string[] {
    return Object.entries(this.file?.teams ?? {})
      .filter(([, t]) => t.escalation.levels.some((l) => l.supervisors.includes(personId)))
      .map(([id]) => id);
  }

  private channel(kind: 'peer' | 'checkin', surface: string, teamId: string): string | null {
    const per = this.team(teamId)?.care?.[kind];
    if (per === undefined) return null;
    const direct = per[surface as keyof typeof per];
    if (direct !== undefined) return direct;
    // The terminal prints to itself: any of the team's ids will do for display.
    return surface === 'console' ? (Object.values(per).find((v) => v !== undefined) ?? null) : null;
  }
}
