/**
 * Decompression and check-ins (field guide §8): talk to someone, take a break (a durable timer),
 * check in (named, anonymous or private), supervisor nudges, the weekly digest. Each change and the
 * care effects it causes commit together; CareRunner delivers them (src/app/care-runner.ts).
 */
import {
  buildDigest,
  type Digest,
  dayOf,
  isHardContact,
  isoWeek,
  LOW_MOOD,
  sessionDigestRow,
  type Visibility,
  validateCheckin,
  validBreakMinutes,
  weekBounds,
} from '../engine/care/index.ts';
import type { Clock, Logger, RosterDirectory, Store } from '../ports.ts';
import type { CareChannels, CareStore, CheckinRow, QueuedCare } from '../ports-care.ts';
import { type AppError, fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';
import { teamReport } from './team-report.ts';

export const DEFAULT_TEAM = 'default';
const MINUTE = 60_000;
/** A break notice goes to the supervisor only when the break follows a hard contact closed this recently. */
const HARD_CONTACT_RECENT_MS = 60 * MINUTE;

export interface CareServiceDeps {
  readonly store: Store;
  readonly care: CareStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newId: () => string;
  readonly directory: RosterDirectory;
  readonly channels: CareChannels;
  /** A keyed hash of (team, week, agent): counts distinct anonymous contributors without naming them. */
  readonly contributorToken: (teamId: string, week: string, agentId: string) => string;
  /** Longest random delay before an anonymous post goes out, so its time cannot be matched to a session close. */
  readonly anonymousDelayMs: number;
  readonly random: () => number;
  readonly onCommitted?: () => void;
}

/** A started break: when it ends, and whether the supervisors are told (after a hard contact). */
export interface BreakStarted {
  readonly endsAt: number;
  /** The break's length: the first request's, when a repeat gets its answer. */
  readonly minutes: number;
  readonly supervisorsTold: boolean;
}

/** The first request's answer, as recorded with its request key (the current one if it cannot be read). */
function priorBreak(ref: string, fallback: BreakStarted): BreakStarted {
  try {
    const v = JSON.parse(ref) as Partial<BreakStarted>;
    if (typeof v.endsAt === 'number' && typeof v.minutes === 'number' && typeof v.supervisorsTold === 'boolean')
      return { endsAt: v.endsAt, minutes: v.minutes, supervisorsTold: v.supervisorsTold };
  } catch {
    // not ours: fall through
  }
  return fallback;
}

/** A saved check-in: `posted` is false when it stayed private or the team has no check-in channel. */
export interface CheckinSaved {
  readonly visibility: Visibility;
  readonly posted: boolean;
}

export interface CheckinRequest {
  readonly agentId: string;
  readonly surface: string;
  readonly mood: unknown;
  readonly note?: string | undefined;
  readonly visibility: unknown;
}

export class CareService {
  constructor(private readonly d: CareServiceDeps) {}

  teamOf(agentId: string): string {
    return this.d.directory.teamOf(agentId) ?? DEFAULT_TEAM;
  }

  /**
   * "Talk to someone": pings the team's buddy/peer channel. Returns the channel; null when none is
   * configured, and then nothing is queued (the agent's answer says so, once). With a `requestKey`
   * (the adapter's id for the click), a doubled click or a retried request pings once.
   */
  talk(req: {
    agentId: string;
    surface: string;
    requestKey?: string | undefined;
  }): Promise<Result<{ channel: string | null }>> {
    return this.guard<{ channel: string | null }>('talk', async () => {
      const channel = this.d.channels.peer(req.surface, this.teamOf(req.agentId));
      if (channel === null) return ok({ channel });
      const id = `peer:${this.d.newId()}`;
      const now = this.now();
      await this.d.care.careTx(async (tx) => {
        // The key is claimed with the ping: a second request with it changes nothing and gets the same answer.
        if (req.requestKey !== undefined && (await tx.claimRequest(`care:talk:${req.requestKey}`, id, now)) !== null)
          return;
        await tx.enqueueCare([
          { id, surface: req.surface, effect: { type: 'peerPing', channel, agentId: req.agentId }, availableAt: now },
        ]);
      });
      return ok({ channel });
    });
  }

  /**
   * A break of 1–60 minutes; the reminder is a durable timer. Supervisors hear of it after a hard contact.
   * With a `requestKey`, a doubled or retried request starts no second break and gets the first one's answer.
   */
  startBreak(req: {
    agentId: string;
    surface: string;
    minutes: unknown;
    requestKey?: string | undefined;
  }): Promise<Result<BreakStarted>> {
    const minutes = typeof req.minutes === 'string' ? Number(req.minutes) : req.minutes;
    if (!validBreakMinutes(minutes)) return Promise.resolve(fail('bad_break_minutes'));
    return this.guard('break', async () => {
      const now = this.now();
      const teamId = this.teamOf(req.agentId);
      const [last] = await this.d.store.recentSessions(req.agentId, 1);
      const afterHard =
        last !== undefined && isHardContact(last) && now - (last.closedAt ?? 0) <= HARD_CONTACT_RECENT_MS;
      const to = this.d.directory.supervisorsOf(teamId);
      const id = this.d.newId();
      const started: BreakStarted = { endsAt: now + minutes * MINUTE, minutes, supervisorsTold: afterHard };
      const result = await this.d.care.careTx(async (tx) => {
        if (req.requestKey !== undefined) {
          const prior = await tx.claimRequest(`care:break:${req.requestKey}`, JSON.stringify(started), now);
          if (prior !== null) return priorBreak(prior, started);
        }
        await tx.insertBreak(
          { id, agentId: req.agentId, teamId, surface: req.surface, minutes, endsAt: started.endsAt },
          now,
        );
        if (afterHard)
          await tx.enqueueCare([
            {
              id: `break-notice:${id}`,
              surface: req.surface,
              effect: { type: 'breakNotice', to, agentId: req.agentId, minutes },
              availableAt: now,
            },
          ]);
        return started;
      });
      return ok(result);
    });
  }

  /** A check-in. Named: stored and posted with the name. Anonymous: see docs/checkins.md. Private: stored only. */
  checkin(req: CheckinRequest): Promise<Result<CheckinSaved>> {
    const valid = validateCheckin(req);
    if (!valid.ok) return Promise.resolve(fail(`bad_${valid.problem}`));
    const { mood, note, visibility } = valid.value;
    return this.guard<CheckinSaved>('checkin', async () => {
      const now = this.now();
      const teamId = this.teamOf(req.agentId);
      const week = isoWeek(now);
      const channel = this.d.channels.checkin(req.surface, teamId);
      const to = this.d.directory.supervisorsOf(teamId);
      const id = this.d.newId();
      if (visibility === 'anonymous') {
        // The post and the contributor mark are written in separate transactions and share nothing.
        const delay = Math.floor(this.d.random() * this.d.anonymousDelayMs);
        await this.d.care.careTx(async (tx) => {
          await tx.insertAnonymousCheckin({ id, teamId, week, mood });
          // No check-in channel: nothing to post (the agent is told); the mood still counts in the digest.
          const items: QueuedCare[] =
            channel === null
              ? []
              : [
                  {
                    id: `post:${id}`,
                    surface: req.surface,
                    effect: { type: 'checkinPost', channel, agentId: null, mood, note },
                    availableAt: now + delay,
                  },
                ];
          // A team-level nudge: it names nobody and goes out with the post's delay.
          if (mood <= LOW_MOOD)
            items.push({
              id: `nudge:${id}`,
              surface: req.surface,
              effect: { type: 'supervisorNudge', to, reason: 'team_low_mood', teamId, agentId: null, value: mood },
              availableAt: now + delay,
            });
          await tx.enqueueCare(items);
        });
        await this.d.care.careTx((tx) =>
          tx.addAnonymousContributor(teamId, week, this.d.contributorToken(teamId, week, req.agentId)),
        );
        return ok({ visibility, posted: channel !== null });
      }
      const row: CheckinRow = {
        id,
        agentId: req.agentId,
        teamId,
        visibility,
        mood,
        note,
        day: dayOf(now),
        week,
        createdAt: now,
      };
      await this.d.care.careTx(async (tx) => {
        await tx.insertCheckin(row);
        if (visibility === 'private') return;
        // No check-in channel: nothing to post (the agent is told); a low mood still nudges.
        if (channel !== null) {
          const post = { type: 'checkinPost', channel, agentId: req.agentId, mood, note } as const;
          await tx.enqueueCare([{ id: `post:${id}`, surface: req.surface, effect: post, availableAt: now }]);
        }
        // Once per check-in: the nudge's id is derived from the check-in's.
        if (mood <= LOW_MOOD)
          await tx.enqueueCare([
            {
              id: `nudge:${id}`,
              surface: req.surface,
              effect: { type: 'supervisorNudge', to, reason: 'low_mood', teamId, agentId: req.agentId, value: mood },
              availableAt: now,
            },
          ]);
      });
      return ok({ visibility, posted: visibility !== 'private' && channel !== null });
    });
  }

  /** The agent's own named and private check-ins (anonymous ones cannot be found again, by design). */
  history(agentId: string, limit = 10): Promise<Result<CheckinRow[]>> {
    return this.guard('history', async () => ok(await this.d.care.myCheckins(agentId, limit)));
  }

  /** The weekly digest of a team; `week` defaults to the current ISO week. */
  digest(teamId: string, week = isoWeek(this.now())): Promise<Result<Digest>> {
    const bounds = weekBounds(week);
    if (bounds === null) return Promise.resolve(fail('invalid_value', { detail: week }));
    return this.guard('digest', async () => {
      const sessions = await this.d.care.sessionsStartedBetween(teamId, bounds.from, bounds.to);
      const c = await this.d.care.checkinsForDigest(teamId, week);
      const report = await teamReport(this.d.care, teamId, week);
      return ok({
        ...buildDigest({
          teamId,
          week,
          sessions: sessions.map(sessionDigestRow),
          namedCheckins: c.named,
          anonymousCheckins: c.anonymous,
          anonymousContributors: c.anonymousContributors,
          pageAcks: await this.d.care.pageAcks(teamId, bounds.from, bounds.to),
        }),
        ...report,
      });
    });
  }

  /** Whether the person is one of the supervisors in the care directory (App Home shows them the team trend). */
  isSupervisor(personId: string): boolean {
    return this.d.directory.isSupervisor(personId);
  }

  private now(): number {
    return this.d.clock.now();
  }

  private async guard<T>(op: string, fn: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      const r = await fn();
      if (r.ok) this.d.onCommitted?.();
      return r;
    } catch (err) {
      const code: AppError['code'] = isUnavailable(err) ? 'store_unavailable' : 'internal';
      this.d.log.error({ error: safeError(err), op }, `care ${op} failed`);
      return fail(code);
    }
  }

  /**
   * The weekly digest of the team `by` supervises (their own team first, else the team file's first);
   * anyone who supervises no team is refused. A directory without teams: `by`'s team for a supervisor.
   */
  digestFor(by: string, week?: string): Promise<Result<Digest>> {
    const dir = this.d.directory;
    const teams = dir.teamsSupervisedBy ? dir.teamsSupervisedBy(by) : dir.isSupervisor(by) ? [this.teamOf(by)] : [];
    const [teamId] = teams;
    if (teamId === undefined) {
      this.d.log.warn({ by, op: 'care.digest' }, 'refused: not a supervisor');
      return Promise.resolve(fail('not_supervisor'));
    }
    return this.digest(teamId, week);
  }
}
