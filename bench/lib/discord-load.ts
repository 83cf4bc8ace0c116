import { performance } from 'node:perf_hooks';
import type { APIInteraction } from 'discord-api-types/v10';
import { chatInputInteraction, type FakeDiscord } from '../../tests/fakes/discord/index.ts';
import { type LatencySummary, summarize } from './stats.ts';

export interface DiscordLoadOptions {
  /** Interactions measured (after warm-up). */
  count: number;
  /** Interactions sent first and not measured (JIT, sockets, caches). Default 100. */
  warmup?: number;
  /** Interactions in flight at once. 1 = strictly one after another (pure latency). Default 1. */
  concurrency?: number;
  /** The payload for the i-th interaction. Default: a `/holdline` slash command in the fake guild. */
  makeInteraction?: (i: number) => APIInteraction;
  /**
   * Paced: the i-th interaction is dispatched no earlier than i × intervalMs after the phase starts
   * (an open-loop arrival rate a team could sustain), instead of as soon as the previous one was acked.
   */
  intervalMs?: number;
  /** Per-interaction timeout before it counts as lost. Default 5 s. */
  timeoutMs?: number;
}

export interface DiscordLoadResult extends LatencySummary {
  lost: number;
  wallMs: number;
  perSecond: number;
}

/**
 * Dispatches INTERACTION_CREATE events through the fake gateway and measures, per interaction, the
 * time from the dispatch to its `POST /interactions/{id}/{token}/callback` arriving at the fake.
 * Both ends use `performance.now()` of this process, so the bot under test must run in-process
 * (the fake and the bot share one event loop, as in the tests).
 */
export async function measureDispatchToCallback(
  fake: FakeDiscord,
  options: DiscordLoadOptions,
): Promise<DiscordLoadResult> {
  const makeInteraction = options.makeInteraction ?? (() => chatInputInteraction({ name: 'holdline' }));
  const timeoutMs = options.timeoutMs ?? 5_000;
  const pending = new Map<string, (at: number) => void>();
  const unsubscribe = fake.onRequest((request) => {
    if (request.method !== 'POST' || !request.path.startsWith('/interactions/')) return;
    const id = request.path.split('/')[2] ?? '';
    pending.get(id)?.(request.at);
  });

  const one = (i: number): Promise<number | null> => {
    const payload = makeInteraction(i);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(payload.id);
        resolve(null);
      }, timeoutMs);
      let sentAt = 0;
      pending.set(payload.id, (at) => {
        clearTimeout(timer);
        pending.delete(payload.id);
        resolve(at - sentAt);
      });
      sentAt = performance.now();
      fake.dispatchInteraction(payload);
    });
  };

  const run = async (count: number, offset: number): Promise<(number | null)[]> => {
    const results: (number | null)[] = [];
    let next = 0;
    const phaseStart = performance.now();
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const due = phaseStart + i * (options.intervalMs ?? 0);
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        results.push(await one(offset + i));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
    return results;
  };

  try {
    await run(options.warmup ?? 100, 0);
    const started = performance.now();
    const results = await run(options.count, options.warmup ?? 100);
    const wallMs = performance.now() - started;
    const samples = results.filter((x): x is number => x !== null);
    return {
      ...summarize(samples),
      lost: results.length - samples.length,
      wallMs,
      perSecond: (samples.length / wallMs) * 1000,
    };
  } finally {
    unsubscribe();
  }
}
