/**
 * The one Directory over the team file (HOLDLINE_CONFIG) merged with HOLDLINE_SUPERVISORS,
 * HOLDLINE_PEER_CHANNEL and HOLDLINE_CHECKIN_CHANNEL: who is in which team, who supervises it, the
 * escalation policy to freeze on each new escalation, default limits, the emergency number, and where the
 * team's decompression channels are. Swapped whole when the file is reloaded (src/paging/live-team-file.ts);
 * running escalations keep the snapshot they started with.
 *
 * - **Supervises** (`isSupervisor`): anyone in any level of the team's policy (or in a group a level names,
 *   when the caller passes the person's groups), anyone in HOLDLINE_SUPERVISORS (who supervise every team, as
 *   before the team file), and the file's `admins:`. Acknowledging a page is decided by the escalation's
 *   frozen policy, not here.
 * - **Flags** (`flagTeams`): admins and HOLDLINE_SUPERVISORS act on every team; a level's supervisors on
 *   their own team(s) (issue 18).
 * - A team's care **recipients** (`supervisorsOf`) are the people of its first escalation level, plus
 *   everyone in HOLDLINE_SUPERVISORS. Groups are left out: nudges and digests are direct messages to a person.
 * - **Channels**: a team's `care.peer` / `care.checkin` per surface, else the config keys.
 */

import { DEFAULT_TEAM } from '../app/care.ts';
import { isGroupId } from '../engine/escalation.ts';
import type { Emergency, Limits, PolicySnapshot } from '../engine/index.ts';
import type { AppDirectory, FlagScope } from '../ports.ts';
import { prefixed, type TeamFile } from './team-file.ts';

/** With no team file (or an agent in no team): nobody to page; the agent is told at once to call directly. */
const NOBODY: PolicySnapshot = { teamId: null, levels: [], channels: [], security: [], legal: [] };

export interface DirectoryOptions {
  /** HOLDLINE_SUPERVISORS: people who supervise every team. */
  readonly supervisors?: readonly string[];
  /** HOLDLINE_PEER_CHANNEL and HOLDLINE_CHECKIN_CHANNEL: one id, or `slack:C1,discord:2`. */
  readonly peerChannel?: string | undefined;
  readonly checkinChannel?: string | undefined;
}

/**
 * A channel value is one id for every surface ("C123") or per surface ("slack:C123,discord:456").
 */
export function parseSurfaceMap(value: string | undefined): (surface: string) => string | null {
  const v = value?.trim() ?? '';
  if (v === '') return () => null;
  const parts = v
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 1 && !(parts[0] as string).includes(':')) return () => parts[0] as string;
  const map = new Map<string, string>();
  for (const p of parts) {
    const i = p.indexOf(':');
    if (i > 0) map.set(p.slice(0, i), p.slice(i + 1));
  }
  // The terminal prints to itself: any configured id will do for display.
  return (surface) => map.get(surface) ?? (surface === 'console' ? (map.values().next().value ?? null) : null);
}

export class TeamDirectory implements AppDirectory {
  private readonly teamByMember = new Map<string, string>();
  private readonly listed: readonly string[];
  private readonly peerFallback: (surface: string) => string | null;
  private readonly checkinFallback: (surface: string) => string | null;

  constructor(
    private readonly file: TeamFile | null,
    opts: DirectoryOptions = {},
  ) {
    for (const [id, team] of Object.entries(file?.teams ?? {}))
      for (const m of team.members) this.teamByMember.set(m, id);
    this.listed = [...new Set((opts.supervisors ?? []).map((s) => s.trim()).filter((s) => s !== ''))];
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

  isSupervisor(personId: string, teamId?: string | null, groups: readonly string[] = []): boolean {
    if (this.listed.includes(personId) || this.isAdmin(personId)) return true;
    return this.policyTeams(personId, groups).some((id) => teamId == null || id === teamId);
  }

  /** Named in the file's `admins:` list: reads flags, exports and boards across teams. */
  isAdmin(personId: string): boolean {
    return this.file?.admins.includes(personId) ?? false;
  }

  /** Every team (`'all'`) for an admin or HOLDLINE_SUPERVISORS, else the teams whose levels name them. */
  flagTeams(personId: string): FlagScope {
    if (this.listed.includes(personId) || this.isAdmin(personId)) return 'all';
    return this.policyTeams(personId);
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

  supervisorsOf(teamId: string | null): readonly string[] {
    const team = this.team(teamId);
    const first = (team?.escalation.levels[0]?.supervisors ?? []).filter((p) => !isGroupId(p));
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

  private team(teamId: string | null) {
    const id = teamId ?? this.file?.defaults.team;
    return id === undefined ? undefined : this.file?.teams[id];
  }

  /** The teams whose escalation levels name the person (or, with `groups`, a group they are in). */
  private policyTeams(personId: string, groups: readonly string[] = []): string[] {
    return Object.entries(this.file?.teams ?? {})
      .filter(([, t]) =>
        t.escalation.levels.some(
          (l) => l.supervisors.includes(personId) || groups.some((g) => isGroupId(g) && l.supervisors.includes(g)),
        ),
      )
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
