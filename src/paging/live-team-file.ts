/**
 * The team file as the running process sees it. Everything that reads teams, supervisors, policies or
 * care channels holds the delegates below, never a directory built from one file, so a reload (SIGHUP)
 * reaches every use at once. A reload validates the new file first; on any error the file in use stays,
 * and the error is kept for /readyz. Running escalations keep the policy snapshot they started with.
 */
import type { Limits, PolicySnapshot } from '../engine/index.ts';
import type { Directory, FlagScope, Policies, RosterDirectory, TeamDefaults } from '../ports.ts';
import type { CareChannels } from '../ports-care.ts';
import { CareDirectory, type CareDirectoryOptions } from './care-directory.ts';
import { TeamDirectory } from './directory.ts';
import { readTeamFile, type TeamFile } from './team-file.ts';

export interface TeamFileStatus {
  /** HOLDLINE_CONFIG, or null for none (the terminal's demo team, or nobody to page). */
  readonly path: string | null;
  readonly loadedAt: number;
  /** The last reload's error; the file loaded before it stays in use. */
  readonly reloadError?: { readonly message: string; readonly at: number };
}

export type ReloadResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

export class LiveTeamFile {
  private teams: TeamDirectory;
  private careDir: CareDirectory;
  private state: TeamFileStatus;

  constructor(
    private readonly path: string | null,
    file: TeamFile | null,
    private readonly careOptions: CareDirectoryOptions,
    private readonly now: () => number,
  ) {
    this.teams = new TeamDirectory(file);
    this.careDir = new CareDirectory(file, careOptions);
    this.state = { path, loadedAt: now() };
  }

  /** Reads and validates the file again; swaps it in only when it is valid. */
  reload(): ReloadResult {
    if (this.path === null) return { ok: false, message: 'no team file is configured (HOLDLINE_CONFIG)' };
    try {
      const file = readTeamFile(this.path);
      const teams = new TeamDirectory(file);
      const care = new CareDirectory(file, this.careOptions);
      this.teams = teams;
      this.careDir = care;
      this.state = { path: this.path, loadedAt: this.now() };
      return { ok: true };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.state = { ...this.state, reloadError: { message, at: this.now() } };
      return { ok: false, message };
    }
  }

  status(): TeamFileStatus {
    return this.state;
  }

  /** Teams, supervisors and escalation policies (paging, sessions, flags). */
  readonly directory: Directory & Policies & TeamDefaults & { flagTeams(person: string): FlagScope } = {
    teamOf: (agentId: string) => this.teams.teamOf(agentId),
    isSupervisor: (person: string, teamId?: string | null) => this.teams.isSupervisor(person, teamId),
    flagTeams: (person: string) => this.teams.flagTeams(person),
    policyFor: (teamId: string | null): PolicySnapshot => this.teams.policyFor(teamId),
    defaultLimits: (agentId: string): Limits | null => this.teams.defaultLimits(agentId),
    emergency: (agentId: string) => this.teams.emergency(agentId),
  };

  /** The care side's roster and channels. */
  readonly care: RosterDirectory & CareChannels & { supportContact(teamId: string): string | null } = {
    teamOf: (agentId) => this.careDir.teamOf(agentId),
    isSupervisor: (person, teamId) => this.careDir.isSupervisor(person, teamId),
    supervisorsOf: (teamId) => this.careDir.supervisorsOf(teamId),
    teams: () => this.careDir.teams(),
    teamsSupervisedBy: (person) => this.careDir.teamsSupervisedBy(person),
    peer: (surface, teamId) => this.careDir.peer(surface, teamId),
    checkin: (surface, teamId) => this.careDir.checkin(surface, teamId),
    membersOf: (teamId) => this.careDir.membersOf(teamId),
    supportContact: (teamId) => this.careDir.supportContact(teamId),
  };
}
