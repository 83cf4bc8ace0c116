/**
 * The weekly digest on a durable timer. Once the schedule's moment after a week has passed, each team's
 * digest of that week is built and queued as one `digestPost` per surface of its supervisors. The claim
 * (`digest:<team>:<week>` in care_nudges) and the posts commit together, so it goes out once across
 * restarts and instances; a Holdline that was down at the due time posts at its next tick. Only the most
 * recent due week is ever posted: missed older weeks are not sent late, and never one older than the last.
 */
import { bySurface, type Digest } from '../engine/index.ts';
import type { Clock, Logger, RosterDirectory } from '../ports.ts';
import type { CareStore, QueuedCare } from '../ports-care.ts';
import { DEFAULT_TEAM } from './care.ts';
import { type DigestSchedule, latestDueWeek, nextDigestAt } from './digest-schedule.ts';
import type { Result } from './errors.ts';
import { safeError } from './safe-error.ts';

export interface WeeklyDigestOptions {
  readonly care: CareStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly directory: RosterDirectory;
  readonly schedule: DigestSchedule;
  /** Builds a team's digest of a week (CareService.digest). */
  readonly build: (teamId: string, week: string) => Promise<Result<Digest>>;
}

/** No contact, no check-in (named or anonymous) and no page: nothing to tell anyone. */
export const isEmpty = (d: Digest): boolean =>
  d.contacts === 0 && d.namedMood.week === null && d.anonymousMood === null && d.pages === null;

export class WeeklyDigests {
  /** The latest week known to be posted (or with nobody to post to) per team: spares the store a look per tick. */
  private readonly done = new Map<string, string>();
  constructor(private readonly o: WeeklyDigestOptions) {}

  teams(): readonly string[] {
    return this.o.directory.teams?.() ?? [DEFAULT_TEAM];
  }

  /** Posts every team's digest that is due and not yet posted; returns how many teams were posted. */
  async run(): Promise<number> {
    const now = this.o.clock.now();
    const week = latestDueWeek(now, this.o.schedule);
    let posted = 0;
    for (const teamId of this.teams()) {
      const known = this.done.get(teamId);
      if (known !== undefined && known >= week) continue;
      try {
        if (await this.post(teamId, week, now)) posted++;
      } catch (err) {
        // The claim and the posts commit together: nothing was claimed, the next tick tries again.
        this.o.log.error({ error: safeError(err), teamId, week }, 'weekly digest failed; will retry');
      }
    }
    return posted;
  }

  /** When the next digest is due (for the runner's wake-up). */
  nextDueAt(): number | null {
    return nextDigestAt(this.o.clock.now(), this.o.schedule);
  }

  private async post(teamId: string, week: string, now: number): Promise<boolean> {
    const last = await this.o.care.lastDigestWeek(teamId);
    if (last !== null && last >= week) {
      this.done.set(teamId, last);
      return false;
    }
    const recipients = bySurface(this.o.directory.supervisorsOf(teamId));
    recipients.delete('unknown'); // an id without a surface has nowhere to go
    if (recipients.size === 0) {
      // Nobody supervises the team: nothing to claim; a supervisor added later gets the next due week.
      this.done.set(teamId, week);
      return false;
    }
    const built = await this.o.build(teamId, week);
    if (!built.ok) throw new Error(`digest of ${teamId} ${week}: ${built.error.code}`);
    // A week with nothing in it (a new install's first week, a team that did not work) is claimed, not sent.
    const items: QueuedCare[] = isEmpty(built.value)
      ? []
      : [...recipients].map(([surface, to]) => ({
          id: `digest:${teamId}:${week}:${surface}`,
          surface,
          effect: { type: 'digestPost', to, digest: built.value },
          availableAt: now,
        }));
    const claimed = await this.o.care.careTx(async (tx) => {
      if (!(await tx.claimDigest(teamId, week, now))) return false;
      await tx.enqueueCare(items);
      return true;
    });
    this.done.set(teamId, week);
    if (claimed && items.length > 0)
      this.o.log.info({ teamId, week, surfaces: [...recipients.keys()] }, 'weekly digest queued');
    return claimed && items.length > 0;
  }
}
