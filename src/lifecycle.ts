/**
 * Start-up and shutdown for src/main.ts. SIGTERM or SIGINT at any point (opening the database,
 * migrating, logging in to a platform, running) stops the process within GRACE_MS: what has started is
 * undone newest first (adapters, ops listener, runner, then the database, which releases the data-folder
 * lock), each step on its own so one that throws or hangs cannot skip the others. SIGHUP calls the
 * reload handler. Past the grace period the process exits anyway, with code 1.
 */

import { safeError } from './app/safe-error.ts';
import type { Logger } from './ports.ts';

/** Under the 10 s most orchestrators wait between SIGTERM and SIGKILL. */
export const GRACE_MS = 9_000;
/** The longest one cleanup step may take before the next one runs. */
const STEP_MS = 4_000;

/** Thrown by step() when a stop was requested while the step was under way. */
export class Stopping extends Error {
  constructor() {
    super('stopping');
    this.name = 'Stopping';
  }
}

export class Lifecycle {
  private readonly cleanups: { name: string; run: () => Promise<void> }[] = [];
  private requested: string | null = null;
  /** Aborted when a stop is requested: start-up steps that can give up early listen to it. */
  private readonly abort = new AbortController();
  private resolveStop!: (reason: string) => void;
  /** Resolves with the reason (a signal name) once a stop is requested. */
  readonly stopRequested = new Promise<string>((resolve) => {
    this.resolveStop = resolve;
  });

  constructor(
    private readonly log: Logger,
    private readonly opts: { graceMs?: number; stepMs?: number; exit?: (code: number) => void } = {},
  ) {}

  /** SIGTERM and SIGINT request a stop; SIGHUP calls `onHangup`. */
  trap(onHangup?: () => void): void {
    process.on('SIGTERM', () => this.requestStop('SIGTERM'));
    process.on('SIGINT', () => this.requestStop('SIGINT'));
    process.on('SIGHUP', () => (onHangup ? onHangup() : this.log.info({}, 'SIGHUP ignored: nothing to reload')));
  }

  get stopping(): boolean {
    return this.requested !== null;
  }

  requestStop(reason: string): void {
    if (this.requested !== null) return;
    this.requested = reason;
    this.log.info({ reason }, 'stopping');
    const grace = this.opts.graceMs ?? GRACE_MS;
    setTimeout(() => {
      this.log.error({ graceMs: grace }, 'shutdown took too long; exiting now');
      (this.opts.exit ?? process.exit)(1);
    }, grace).unref();
    this.resolveStop(reason);
    this.abort.abort();
  }

  /** What to undo at shutdown; run newest first. */
  onStop(name: string, run: () => Promise<void>): void {
    this.cleanups.push({ name, run });
  }

  /**
   * One start-up step. A stop requested meanwhile ends the wait at once (Stopping is thrown; whatever the
   * step returns later is undone), unless `finish` is set: then the step is awaited (it is given the
   * abort signal, to give up early), so that what it holds (a database, a folder lock) is released.
   */
  async step<T>(
    name: string,
    run: (signal: AbortSignal) => Promise<T>,
    undo?: (value: T) => Promise<void>,
    opts: { finish?: boolean } = {},
  ): Promise<T> {
    if (this.stopping) throw new Stopping();
    const started = run(this.abort.signal);
    const register = (value: T) => {
      if (undo) this.onStop(name, () => undo(value));
    };
    if (opts.finish) {
      const value = await started.catch((err: unknown) => {
        throw this.stopping ? new Stopping() : err;
      });
      register(value);
      if (this.stopping) throw new Stopping();
      return value;
    }
    const stop = this.stopRequested.then(() => {
      throw new Stopping();
    });
    stop.catch(() => {}); // a stop after this step finished is not this step's concern
    started.then(
      (value) => {
        if (this.stopping) void undo?.(value).catch(() => {});
      },
      () => {},
    );
    const value = await Promise.race([started, stop]);
    register(value);
    return value;
  }

  /** Runs every cleanup, newest first; one that throws or hangs is logged and the next one still runs. */
  async shutdown(): Promise<void> {
    for (const { name, run } of this.cleanups.splice(0).reverse()) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          run(),
          new Promise<never>((_, reject) => {
            const ms = this.opts.stepMs ?? STEP_MS;
            timer = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
          }),
        ]);
      } catch (err) {
        this.log.error({ step: name, error: safeError(err) }, 'shutdown step failed');
      } finally {
        clearTimeout(timer);
      }
    }
  }
}
