/**
 * The care side of the runner's tick: fires due breaks (a durable timer in the `breaks` table),
 * nudges supervisors about agents with several hard contacts this shift, and delivers the care
 * outbox with retries. Every claim is FOR UPDATE SKIP LOCKED, so several instances share the work.
 */
import { isHardContact, shiftOf } from '../engine/index.ts';
import { type Clock, DeliveryError, type Logger, type RosterDirectory } from '../ports.ts';
import type { CareDelivery, CareItem, CareStore } from '../ports-care.ts';
import { DEFAULT_TEAM } from './care.ts';
import { backoff } from './dispatcher.ts';
import { safeMessage } from './safe-error.ts';
import type { WeeklyDigests } from './weekly-digest.ts';

export interface CareRunnerOptions {
  readonly care: CareStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly directory: RosterDirectory;
  readonly deliveries: ReadonlyMap<string, CareDelivery>;
  readonly owner: string;
  /** Hard contacts in one shift that nudge a supervisor (once per shift). */
  readonly hardContactsNudge: number;
  readonly shiftHours: number;
  /** How often to look for hard contacts; the scan reads the shift's closed sessions. */
  readonly hardScanMs?: number;
  readonly maxAttempts?: number;
  /** The weekly digest on its schedule (absent: DIGEST_SCHEDULE=off). */
  readonly digests?: WeeklyDigests | undefined;
  /** Republishes supervisors' App Home boards after changes, throttled (src/app/board-watch.ts). */
  readonly boards?: { tick(): Promise<unknown>; nextDueAt(): number | null } | undefined;
}

export class CareRunner {
  private lastHardScan = Number.NEGATIVE_INFINITY;
  constructor(private readonly o: CareRunnerOptions) {}

  async tick(): Promise<void> {
    await this.fireBreaks();
    const now = this.o.clock.now();
    if (now - this.lastHardScan >= (this.o.hardScanMs ?? 15_000)) {
      await this.scanHardContacts();
      this.lastHardScan = now;
    }
    await this.o.digests?.run();
    await this.drain();
    await this.o.boards?.tick();
  }

  /** The earliest due break, care effect or weekly digest, so the runner wakes for it (null: nothing). */
  async nextDueAt(): Promise<number | null> {
    const times = [
      await this.o.care.nextCareDueAt(),
      this.o.digests?.nextDueAt() ?? null,
      this.o.boards?.nextDueAt() ?? null,
    ].filter((t): t is number => t !== null);
    return times.length === 0 ? null : Math.min(...times);
  }

  async fireBreaks(): Promise<number> {
    const now = this.o.clock.now();
    const due = await this.o.care.claimDueBreaks(this.o.owner, now, 50, 30_000);
    // The reminder and the break's completion commit together: fired once, even across a crash.
    for (const b of due)
      await this.o.care.careTx(async (tx) => {
        await tx.enqueueCare([
          {
            id: `break-over:${b.id}`,
            surface: b.surface,
            effect: { type: 'breakOver', agentId: b.agentId, minutes: b.minutes },
            availableAt: now,
          },
        ]);
        await tx.completeBreak(b.id, now);
      });
    return due.length;
  }

  /** Once per shift per agent: the nudge key names the agent and the shift, claimed with the nudge. */
  async scanHardContacts(): Promise<void> {
    const now = this.o.clock.now();
    const shift = shiftOf(now, this.o.shiftHours);
    const closed = await this.o.care.sessionsClosedBetween(shift.from, now + 1);
    const byAgent = new Map<string, { count: number; surface: string; teamId: string }>();
    for (const s of closed) {
      if (!isHardContact(s)) continue;
      const seen = byAgent.get(s.agentId);
      const teamId = s.teamId ?? this.o.directory.teamOf(s.agentId) ?? DEFAULT_TEAM;
      byAgent.set(s.agentId, { count: (seen?.count ?? 0) + 1, surface: s.surface, teamId });
    }
    for (const [agentId, { count, surface, teamId }] of byAgent) {
      if (count < this.o.hardContactsNudge) continue;
      await this.o.care.careTx(async (tx) => {
        if (!(await tx.claimNudge(`hard:${agentId}:${shift.index}`, now))) return;
        const to = this.o.directory.supervisorsOf(teamId);
        await tx.enqueueCare([
          {
            id: `nudge-hard:${agentId}:${shift.index}`,
            surface,
            effect: { type: 'supervisorNudge', to, reason: 'hard_contacts', teamId, agentId, value: count },
            availableAt: now,
          },
        ]);
      });
    }
  }

  async drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const items = await this.o.care.claimCareEffects(this.o.owner, this.o.clock.now(), 25, 30_000);
      if (items.length === 0) return delivered;
      for (const item of items) if (await this.deliverOne(item)) delivered++;
    }
  }

  private async deliverOne(item: CareItem): Promise<boolean> {
    const delivery = this.o.deliveries.get(item.surface);
    try {
      if (delivery === undefined) throw new DeliveryError(`no adapter for surface "${item.surface}" in this instance`);
      await delivery.deliverCare(item);
      await this.o.care.completeCareEffect(item.id);
      return true;
    } catch (err) {
      const now = this.o.clock.now();
      const retryable = !(err instanceof DeliveryError) || err.retryable;
      const giveUp = !retryable || item.attempts >= (this.o.maxAttempts ?? 12);
      const wait =
        err instanceof DeliveryError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoff(item.attempts);
      const message = safeMessage(err instanceof Error ? err.message : String(err));
      // Only the type: a care effect may carry an agent's note, which never reaches the logs.
      const ctx = { care: item.id, type: item.effect.type, surface: item.surface, attempts: item.attempts };
      if (giveUp) this.o.log.error({ ...ctx, error: message }, 'care delivery given up');
      else this.o.log.warn({ ...ctx, error: message, retryInMs: wait }, 'care delivery failed; will retry');
      await this.o.care.failCareEffect(item.id, message.slice(0, 500), giveUp ? null : now + wait, now).catch(() => {});
      return false;
    }
  }
}
