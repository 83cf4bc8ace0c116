/**
 * The breathing exercise in Slack: the offer message is updated step by step, waiting each step's
 * seconds (runBreathing, the kit's one pacing for every surface), then the offer comes back with "well done" above it. It runs after the
 * click was acknowledged, detached from the listener (Bolt acks within 3 s; this takes about a
 * minute). One exercise per message at a time: a second click while it runs does nothing. Each
 * step carries Skip; any other choice on the message stops the exercise (`stop`).
 */

import { safeError } from '../../../src/app/safe-error.ts';
import type { Locale } from '../../../src/engine/index.ts';
import type { Logger } from '../../../src/ports.ts';
import { runBreathing } from '../../kit/breathing.ts';
import type { WebClient } from '../web-client.ts';
import { breathingMessage, offerMessage } from './render.ts';

export interface BreathingOptions {
  /** Multiplies the script's seconds: 1 is real time; 0 shows the steps one after another without waiting (tests). */
  readonly pace: number;
}

export class Breathing {
  /** Exercises running on this instance, by message; the flag tells the loop to stop. */
  private readonly running = new Map<string, { stopped: boolean }>();
  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
    private readonly o: BreathingOptions,
  ) {}

  /** Starts the exercise on the message and returns at once; errors are logged (the agent can click again). */
  start(message: { channel: string; ts: string }, locale: Locale, owner: string): void {
    const key = `${message.channel}/${message.ts}`;
    if (this.running.has(key)) return;
    const state = { stopped: false };
    this.running.set(key, state);
    void this.run(message, locale, owner, state)
      .catch((err: unknown) => this.log.warn({ err: safeError(err) }, 'breathing exercise interrupted'))
      .finally(() => this.running.delete(key));
  }

  /** Stops the exercise on this message (the agent chose something else); the message is theirs again. */
  stop(message: { channel: string; ts: string }): void {
    const state = this.running.get(`${message.channel}/${message.ts}`);
    if (state) state.stopped = true;
  }

  private run(message: { channel: string; ts: string }, locale: Locale, owner: string, state: { stopped: boolean }) {
    return runBreathing(locale, {
      step: async (step, i, total) => {
        await this.client.chat.update({ ...message, ...breathingMessage(locale, owner, step, i, total) });
      },
      // The last step ("well done") comes with the offer again.
      done: async (done) => {
        await this.client.chat.update({ ...message, ...offerMessage(locale, owner, done) });
      },
      pause: (ms) => new Promise((r) => setTimeout(r, ms * this.o.pace)),
      stopped: () => state.stopped,
    });
  }
}
