/**
 * How long each kind of record is kept, and the one job that deletes what is older (issue 18;
 * docs/security.md, "What is kept and for how long"). The runner calls `purge` every few minutes;
 * each pass deletes in bounded batches until nothing old is left.
 */
import type { Clock, Logger, PurgeCounts, RetentionCutoffs, Store } from '../ports.ts';

export const DAY_MS = 86_400_000;

/** Days each kind is kept (config keys *_RETENTION_DAYS). */
export interface RetentionDays {
  readonly sessions: number;
  readonly checkins: number;
  readonly escalations: number;
  readonly outbox: number;
  readonly audit: number;
}

/** The defaults (README, docs/security.md): long enough for a legal follow-up, short for what is personal. */
export const DEFAULT_RETENTION_DAYS: RetentionDays = {
  sessions: 365,
  checkins: 180,
  escalations: 365,
  outbox: 30,
  audit: 730,
};

export const cutoffsAt = (now: number, days: RetentionDays): RetentionCutoffs => ({
  sessions: now - days.sessions * DAY_MS,
  checkins: now - days.checkins * DAY_MS,
  escalations: now - days.escalations * DAY_MS,
  outbox: now - days.outbox * DAY_MS,
  audit: now - days.audit * DAY_MS,
});

const BATCH = 1_000;
const KINDS = ['sessions', 'checkins', 'escalations', 'deliveries', 'outbox', 'audit'] as const;

export interface RetentionDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly days: RetentionDays;
  /** Threat statements (issue 20): kept until their own expiry (STATEMENT_RETENTION_DAYS, set when written). */
  readonly statements?: { purgeExpired(now: number, limit: number): Promise<number> };
}

export class RetentionService {
  constructor(private readonly d: RetentionDeps) {}

  /** Deletes every record past its retention (flags and threat statements included); returns the counts by kind. */
  async purge(): Promise<PurgeCounts & { flags: number; statements: number }> {
    const now = this.d.clock.now();
    const cutoffs = cutoffsAt(now, this.d.days);
    const total = {
      sessions: 0,
      checkins: 0,
      escalations: 0,
      deliveries: 0,
      outbox: 0,
      audit: 0,
      flags: 0,
      statements: 0,
    };
    for (;;) {
      const n = await this.d.store.purgeExpiredFlags(now, BATCH);
      total.flags += n;
      if (n < BATCH) break;
    }
    for (const statements = this.d.statements; statements !== undefined; ) {
      const n = await statements.purgeExpired(now, BATCH);
      total.statements += n;
      if (n < BATCH) break;
    }
    for (;;) {
      const pass = await this.d.store.purgeBefore(cutoffs, BATCH);
      for (const k of KINDS) total[k] += pass[k];
      if (KINDS.every((k) => pass[k] < BATCH)) break;
    }
    if (Object.values(total).some((n) => n > 0))
      this.d.log.info({ purged: total }, 'records past their retention purged');
    return total;
  }
}
