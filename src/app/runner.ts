/**
 * Fires due timers and drains the outbox. The database holds every timer and effect; the
 * in-process wake-up below only decides when to look, so a restart loses nothing.
 */
import type { Clock, Logger, Store } from '../ports.ts';
import type { Dispatcher } from './dispatcher.ts';
import type { EscalationService } from './escalations.ts';
import { safeError } from './safe-error.ts';
import type { SessionService } from './sessions.ts';

/** Periodic housekeeping (e.g. purging expired customer flags), run from tick() when due by the clock. */
export interface MaintenanceTask {
  readonly name: string;
  readonly everyMs: number;
  run(): Promise<unknown>;
}

export interface RunnerOptions {
  readonly store: Store;
  readonly sessions: SessionService;
  /** Steps escalations when their re-notify / next-level timers are due. */
  readonly escalations?: EscalationService;
  readonly dispatcher: Dispatcher;
  readonly clock: Clock;
  readonly log: Logger;
  readonly owner: string;
  /** Breaks, hard-contact nudges and the care outbox (src/app/care-runner.ts). */
  readonly care?: { tick(): Promise<void>; nextDueAt?(): Promise<number | null> };
  /** Longest sleep between looks, in case another instance wrote something due. */
  readonly pollMs?: number;
  readonly maintenance?: readonly MaintenanceTask[];
  /** Called after every pass, successful or not (liveness and the tick metrics of the ops listener). */
  readonly onPass?: (pass: { readonly startedAt: number; readonly endedAt: number; readonly ok: boolean }) => void;
}

/** Idempotency keys are kept a day: far longer than any platform retries a request. */
const REQUEST_KEY_TTL = 24 * 60 * 60_000;
const HOUSEKEEPING_EVERY = 60 * 60_000;

export class Runner {
  private timer: NodeJS.Timeout | null = null;
  private lastHousekeeping = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  /** When each maintenance task last ran (by the injected clock); a task runs on the first tick. */
  private readonly lastRun = new Map<string, number>();

  constructor(private readonly o: RunnerOptions) {}

  /**
   * One pass, most urgent first: due timers (they may commit pages), then pages, then session effects, then
   * care work, then housekeeping. Each part is isolated: one that throws (a care query, a store hiccup) is
   * logged and the others still run; the pass then throws so the caller counts it as failed. Tests call this
   * with a simulated clock.
   */
  async tick(): Promise<void> {
    const now = this.o.clock.now();
    const failed: string[] = [];
    const part = async (name: string, fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (err) {
        failed.push(name);
        this.o.log.error({ error: safeError(err), part: name }, 'runner part failed; will retry');
      }
    };
    await part('timers', () => this.fireTimers(now));
    await part('pages', () => this.o.dispatcher.drain('pages'));
    await part('effects', () => this.o.dispatcher.drain('others'));
    await part('care', async () => this.o.care?.tick());
    await part('maintenance', () => this.maintain(now));
    if (now - this.lastHousekeeping >= HOUSEKEEPING_EVERY)
      await part('housekeeping', async () => {
        this.lastHousekeeping = now;
        const purged = await this.o.store.purgeRequestKeys(now - REQUEST_KEY_TTL);
        if (purged > 0) this.o.log.debug({ purged }, 'forgot old request keys');
      });
    if (failed.length > 0) throw new Error(`runner parts failed: ${failed.join(', ')}`);
  }

  private async fireTimers(now: number): Promise<void> {
    const due = await this.o.store.claimDueTimers(this.o.owner, now, 50, 30_000);
    for (const timer of due) {
      const r =
        timer.kind === 'escalation'
          ? await (this.o.escalations?.timerDue(timer) ?? Promise.resolve({ ok: false as const, error: null }))
          : timer.kind === 'follow_up'
            ? await this.o.sessions.followUpDue(timer)
            : await this.o.sessions.apply({ sessionId: timer.sessionId, actor: null, event: { type: 'time_check' } });
      if (r.ok || r.error?.code === 'not_found' || r.error?.code === 'session_closed')
        await this.o.store.completeTimer(timer.id, this.o.clock.now());
      // Otherwise (store trouble, or no escalation service in this instance) the claim lease runs out and
      // the timer is fired again. Firing twice is harmless: the escalation ignores a timer it no longer holds.
    }
  }

  /** Housekeeping failures are logged and retried on a later tick; they never stop delivery. */
  private async maintain(now: number): Promise<void> {
    for (const task of this.o.maintenance ?? []) {
      const last = this.lastRun.get(task.name);
      if (last !== undefined && now - last < task.everyMs) continue;
      this.lastRun.set(task.name, now);
      try {
        await task.run();
      } catch (err) {
        this.o.log.error({ error: safeError(err), task: task.name }, 'maintenance task failed; will retry');
      }
    }
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Look now (after a commit): runs a tick, or queues one if a tick is under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Waits for the current tick, if any (the console waits so output stays in order). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.settle();
  }

  private async loop(): Promise<void> {
    for (;;) {
      do {
        this.again = false;
        const startedAt = this.o.clock.now();
        let ok = true;
        try {
          await this.tick();
        } catch (err) {
          ok = false;
          this.o.log.error({ error: safeError(err) }, 'runner tick failed; will retry');
        }
        this.o.onPass?.({ startedAt, endedAt: this.o.clock.now(), ok });
      } while (this.again && !this.stopped);
      if (this.stopped) return;
      const wait = await this.sleepMs();
      // A kick that came while the sleep was being worked out (its commit may postdate nextDueAt's answer):
      // look again now instead of sleeping through it.
      if (this.again) continue;
      if (this.stopped) return;
      this.timer = setTimeout(() => this.kick(), wait);
      this.timer.unref();
      return;
    }
  }

  /** The earliest due timer, effect, break, care effect or weekly digest (null: nothing pending). */
  async nextDueAt(): Promise<number | null> {
    const times = [await this.o.store.nextDueAt(), (await this.o.care?.nextDueAt?.()) ?? null].filter(
      (t): t is number => t !== null,
    );
    return times.length === 0 ? null : Math.min(...times);
  }

  /** How long to sleep: until the next thing is due, at most the poll interval. */
  private async sleepMs(): Promise<number> {
    const poll = this.o.pollMs ?? 5_000;
    try {
      const next = await this.nextDueAt();
      return next === null ? poll : Math.max(10, Math.min(poll, next - this.o.clock.now()));
    } catch {
      return poll;
    }
  }
}
