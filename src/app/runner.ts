/**
 * Fires due timers and drains the outbox. The database holds every timer and effect; the
 * in-process wake-up below only decides when to look, so a restart loses nothing.
 */
import type { Clock, Logger, Store } from '../ports.ts';
import type { Dispatcher } from './dispatcher.ts';
import type { SessionService } from './sessions.ts';

export interface RunnerOptions {
  readonly store: Store;
  readonly sessions: SessionService;
  readonly dispatcher: Dispatcher;
  readonly clock: Clock;
  readonly log: Logger;
  readonly owner: string;
  /** Breaks, hard-contact nudges and the care outbox (src/app/care-runner.ts). */
  readonly care?: { tick(): Promise<void> };
  /** Longest sleep between looks, in case another instance wrote something due. */
  readonly pollMs?: number;
}

export class Runner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(private readonly o: RunnerOptions) {}

  /** Fires every due timer, then delivers every due effect. Tests call this with a simulated clock. */
  async tick(): Promise<void> {
    const now = this.o.clock.now();
    const due = await this.o.store.claimDueTimers(this.o.owner, now, 50, 30_000);
    for (const timer of due) {
      const r = await this.o.sessions.apply({ sessionId: timer.sessionId, actor: null, event: { type: 'time_check' } });
      if (r.ok || r.error.code === 'not_found' || r.error.code === 'session_closed')
        await this.o.store.completeTimer(timer.id, this.o.clock.now());
      // Otherwise (store trouble) the claim lease runs out and the timer is fired again.
    }
    await this.o.care?.tick();
    await this.o.dispatcher.drain();
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
    do {
      this.again = false;
      try {
        await this.tick();
      } catch (err) {
        this.o.log.error({ err }, 'runner tick failed; will retry');
      }
    } while (this.again && !this.stopped);
    if (!this.stopped) await this.sleep();
  }

  private async sleep(): Promise<void> {
    const poll = this.o.pollMs ?? 5_000;
    let wait = poll;
    try {
      const next = await this.o.store.nextDueAt();
      if (next !== null) wait = Math.max(10, Math.min(poll, next - this.o.clock.now()));
    } catch {
      wait = poll;
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => this.kick(), wait);
    this.timer.unref();
  }
}
