/**
 * The team file as the running process sees it. Everything that reads teams, supervisors, policies or
 * care channels holds the delegate below, never a directory built from one file, so a reload (SIGHUP)
 * reaches every use at once. A reload validates the new file first; on any error the file in use stays,
 * and the error is kept for /readyz. Running escalations keep the policy snapshot they started with.
 */
import type { AppDirectory } from '../ports.ts';
import { type DirectoryOptions, TeamDirectory } from './directory.ts';
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
  private current: TeamDirectory;
  private state: TeamFileStatus;

  constructor(
    private readonly path: string | null,
    file: TeamFile | null,
    private readonly options: DirectoryOptions,
    private readonly now: () => number,
  ) {
    this.current = new TeamDirectory(file, options);
    this.state = { path, loadedAt: now() };
  }

  /** Reads and validates the file again; swaps it in only when it is valid. */
  reload(): ReloadResult {
    if (this.path === null) return { ok: false, message: 'no team file is configured (HOLDLINE_CONFIG)' };
    try {
      this.current = new TeamDirectory(readTeamFile(this.path), this.options);
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

  /** Teams, supervisors, escalation policies, limits and care channels: always the file in use. */
  readonly directory: AppDirectory = {
    teamOf: (agentId) => this.current.teamOf(agentId),
    isSupervisor: (person, teamId, groups) => this.current.isSupervisor(person, teamId, groups),
    flagTeams: (person) => this.current.flagTeams(person),
    policyFor: (teamId) => this.current.policyFor(teamId),
    defaultLimits: (agentId) => this.current.defaultLimits(agentId),
    emergency: (agentId) => this.current.emergency(agentId),
    supervisorsOf: (teamId) => this.current.supervisorsOf(teamId),
    teams: () => this.current.teams(),
    teamsSupervisedBy: (person) => this.current.teamsSupervisedBy(person),
    membersOf: (teamId) => this.current.membersOf(teamId),
    supportContact: (teamId) => this.current.supportContact(teamId),
    peer: (surface, teamId) => this.current.peer(surface, teamId),
    checkin: (surface, teamId) => this.current.checkin(surface, teamId),
  };
}

/** The team file `npm start` uses: HOLDLINE_CONFIG, else (terminal only) the built-in demo team, else none. */
export function openTeamFile(
  config: {
    readonly HOLDLINE_CONFIG?: string | undefined;
    readonly HOLDLINE_SUPERVISORS: readonly string[];
    readonly HOLDLINE_PEER_CHANNEL?: string | undefined;
    readonly HOLDLINE_CHECKIN_CHANNEL?: string | undefined;
  },
  demo: (() => TeamFile) | null,
  now: () => number,
): LiveTeamFile {
  const file = config.HOLDLINE_CONFIG ? readTeamFile(config.HOLDLINE_CONFIG) : demo ? demo() : null;
  return new LiveTeamFile(
    config.HOLDLINE_CONFIG ?? null,
    file,
    {
      supervisors: config.HOLDLINE_SUPERVISORS,
      peerChannel: config.HOLDLINE_PEER_CHANNEL,
      checkinChannel: config.HOLDLINE_CHECKIN_CHANNEL,
    },
    now,
  );
}
