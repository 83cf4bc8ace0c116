/**
 * A Directory from a fixed list (HOLDLINE_SUPERVISORS), until the team configuration file exists.
 * Every listed person supervises every team; nobody else does.
 */
import type { Directory } from '../ports.ts';

export class StaticDirectory implements Directory {
  private readonly supervisors: ReadonlySet<string>;
  constructor(
    supervisors: Iterable<string>,
    private readonly teams: ReadonlyMap<string, string> = new Map(),
  ) {
    this.supervisors = new Set([...supervisors].map((s) => s.trim()).filter((s) => s !== ''));
  }

  teamOf(agentId: string): string | null {
    return this.teams.get(agentId) ?? null;
  }

  isSupervisor(personId: string): boolean {
    return this.supervisors.has(personId);
  }
}
