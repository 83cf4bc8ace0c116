/**
 * Keeps supervisors' App Home boards current (issue 21): after anything is committed (`poke`, wired to
 * the services' onCommitted), the next runner tick rebuilds each team's board and, when it changed,
 * asks the surfaces to republish the homes of the team's supervisors — at most once per `minIntervalMs`
 * per team, so a burst of changes (a busy contact, an escalation re-notifying) costs one publish per
 * interval; the last change is always published once the interval has passed. Per instance: each
 * instance publishes what it sees; a publish is idempotent (the home is rebuilt from the database).
 */
import { boardFingerprint, bySurface } from '../engine/index.ts';
import type { Clock, Logger, RosterDirectory } from '../ports.ts';
import { DEFAULT_TEAM } from './care.ts';
import { safeError } from './safe-error.ts';
import type { TeamView } from './team-view.ts';

/** A surface that shows people a home view (Slack's App Home): rebuilds and publishes theirs. */
export interface HomePublisher {
  publishHomes(personIds: readonly string[]): Promise<void>;
}

export interface BoardWatchOptions {
  readonly view: TeamView;
  readonly directory: RosterDirectory;
  readonly clock: Clock;
  readonly log: Logger;
  readonly minIntervalMs: number;
}

export class BoardWatch {
  private readonly publishers = new Map<string, HomePublisher>();
  /** Teams to look at again (everything, after a poke). */
  private dirty = new Set<string>();
  private readonly lastPublished = new Map<string, number>();
  private readonly fingerprints = new Map<string, string>();

  constructor(private readonly o: BoardWatchOptions) {}

  register(surface: string, publisher: HomePublisher): void {
    this.publishers.set(surface, publisher);
    this.poke();
  }

  /** Something was committed: every watched team is looked at on the next tick. */
  poke(): void {
    if (this.publishers.size === 0) return;
    for (const t of this.teams()) this.dirty.add(t);
  }

  /** Publishes the boards that changed and whose interval has passed; the others wait (see nextDueAt). */
  async tick(): Promise<number> {
    const now = this.o.clock.now();
    let published = 0;
    for (const teamId of [...this.dirty]) {
      if (now < this.allowedAt(teamId)) continue;
      this.dirty.delete(teamId);
      try {
        if (await this.refresh(teamId, now)) published++;
      } catch (err) {
        this.dirty.add(teamId); // try again on a later tick
        this.o.log.warn({ error: safeError(err), teamId }, 'home refresh failed; will retry');
      }
    }
    return published;
  }

  /** When a waiting team may be published (for the runner's wake-up); null when none waits. */
  nextDueAt(): number | null {
    const times = [...this.dirty].map((t) => this.allowedAt(t));
    return times.length === 0 ? null : Math.min(...times);
  }

  private allowedAt(teamId: string): number {
    return (this.lastPublished.get(teamId) ?? Number.NEGATIVE_INFINITY) + this.o.minIntervalMs;
  }

  private teams(): readonly string[] {
    return this.o.directory.teams?.() ?? [DEFAULT_TEAM];
  }

  private async refresh(teamId: string, now: number): Promise<boolean> {
    const people = bySurface(this.o.directory.supervisorsOf(teamId));
    const targets = [...people].filter(([surface]) => this.publishers.has(surface));
    if (targets.length === 0) return false;
    const board = await this.o.view.board(teamId);
    if (!board.ok) throw new Error(`board of ${teamId}: ${board.error.code}`);
    const print = boardFingerprint(board.value);
    if (this.fingerprints.get(teamId) === print) return false;
    for (const [surface, ids] of targets) await this.publishers.get(surface)?.publishHomes(ids);
    this.fingerprints.set(teamId, print);
    this.lastPublished.set(teamId, now);
    return true;
  }
}
