/**
 * Dispatch → callback for Holdline's /complaint next to a bare discord.js client that replies at
 * once, in one run, through the same fake Discord. Also dispatch → the final ephemeral reply (the
 * PATCH of @original pointing to the DM) for Holdline, and RSS after READY in a child process.
 *   npx tsx bench/discord-interaction.ts [count] [--skip-rss] [--backend=pglite|postgres] [--rate=N]
 * --rate=N paces both bots at N interactions a second (open loop) instead of back to back.
 * PostgreSQL is measured too (latency and RSS) when TEST_DATABASE_URL is set.
 *
 * The ack phase sends the next interaction as soon as the previous one is acknowledged, so it leaves
 * every follow-up (DM channel, session, reply edit, step message: three bot REST calls per complaint)
 * queued behind discord.js's own 50 requests/second global limiter. The final-reply phase starts only
 * once that backlog has cleared; otherwise its first replies wait behind it (that was the "7 of 500
 * lost": see docs/discord.md).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Events } from 'discord.js';
import { startDiscord } from '../adapters/discord/index.ts';
import type { Runner } from '../src/app/runner.ts';
import { complaint } from '../tests/discord/steps.ts';
import { connectClient } from '../tests/fakes/discord/client.ts';
import { FAKE_TOKEN, type FakeDiscord, startFakeDiscord, userObject } from '../tests/fakes/discord/index.ts';
import { wire } from '../tests/helpers/app.ts';
import { backends } from '../tests/helpers/store.ts';
import { measureDispatchToCallback } from './lib/discord-load.ts';
import { measureHoldlineRss } from './lib/holdline-rss.ts';
import { type LatencySummary, ms, summarize } from './lib/stats.ts';

const args = process.argv.slice(2);
const count = Number(args.find((a) => !a.startsWith('--')) ?? 1_000);
const skipRss = args.includes('--skip-rss');
const rate = Number(args.find((a) => a.startsWith('--rate='))?.slice('--rate='.length) ?? 0);
const intervalMs = rate > 0 ? 1000 / rate : 0;
const only = args.find((a) => a.startsWith('--backend='))?.slice('--backend='.length);
const load = () =>
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
const line = (name: string, r: LatencySummary & { lost?: number }) =>
  `${name.padEnd(34)} n=${r.count}  p50 ${ms(r.p50)}  p90 ${ms(r.p90)}  p99 ${ms(r.p99)}  max ${ms(r.max)}${r.lost ? `  lost ${r.lost}` : ''}`;

// Every /complaint comes from a new agent: one agent may have one open session.
const newComplaint = () => complaint(userObject(), { kind: 'insult', customer: 'C-1001', channel: 'phone' });

async function bare(): Promise<LatencySummary> {
  const fake = await startFakeDiscord();
  const client = await connectClient(fake);
  client.on(Events.InteractionCreate, (i) => {
    if (i.isRepliable()) void i.reply({ content: 'ok' });
  });
  try {
    return await measureDispatchToCallback(fake, { count, warmup: 200, intervalMs, makeInteraction: newComplaint });
  } finally {
    await client.destroy();
    await fake.close();
  }
}

/** Dispatch → PATCH @original (the reply the agent reads), one at a time. */
async function toFinalReply(fake: FakeDiscord, n: number): Promise<LatencySummary & { lost: number }> {
  const samples: number[] = [];
  let lost = 0;
  for (let i = 0; i < n; i++) {
    const payload = newComplaint();
    const t0 = performance.now();
    fake.dispatchInteraction(payload);
    const r = await fake
      .waitFor((q) => q.method === 'PATCH' && q.path.includes(`/${payload.token}/messages/`), 5_000)
      .catch(() => null);
    if (r === null) lost++;
    else samples.push(r.at - t0);
  }
  return { ...summarize(samples), lost };
}

async function holdline(backend: (typeof backends)[number]) {
  const store = await backend.open();
  const fake = await startFakeDiscord();
  let runner: Runner | null = null;
  const app = wire(store, { onCommitted: () => runner?.kick() });
  runner = app.runner;
  runner.start(); // DM step messages are delivered concurrently, as in production
  const adapter = await startDiscord(app.services, {
    token: FAKE_TOKEN,
    applicationId: fake.applicationId,
    apiUrl: fake.restUrl,
    client: { waitGuildTimeout: 1_000, rest: { offset: 0 } },
  });
  try {
    let rateLimited = 0;
    adapter.client.rest.on('rateLimited', () => rateLimited++);
    const tokens: string[] = [];
    const callback = await measureDispatchToCallback(fake, {
      count,
      warmup: 200,
      intervalMs,
      makeInteraction: () => {
        const payload = newComplaint();
        tokens.push(payload.token);
        return payload;
      },
    });
    // Let the ack phase's follow-ups finish before timing final replies (they share the REST queues).
    const ackEnded = performance.now();
    const ackRateLimited = rateLimited;
    const replied = (t: string) => (q: { method: string; path: string }) =>
      q.method === 'PATCH' && q.path.includes(`/${t}/messages/`);
    for (const t of tokens) await fake.waitFor(replied(t), 300_000);
    await runner?.settle();
    const backlogMs = performance.now() - ackEnded;
    rateLimited = 0;
    const final = await toFinalReply(fake, Math.min(count, 500));
    return { callback, final, backlogMs, ackRateLimited, finalRateLimited: rateLimited, complaints: tokens.length };
  } finally {
    await adapter.stop();
    await runner.stop();
    await fake.close();
    await store.close();
  }
}

console.log(`start: ${load()}${rate > 0 ? `; paced at ${rate} interactions/s` : '; back to back'}`);
const b = await bare();
console.log(line('bare discord.js reply', b), ` (${load()})`);
for (const backend of backends) {
  if (only !== undefined && backend.name !== only) continue;
  const h = await holdline(backend);
  console.log(line(`holdline /complaint (${backend.name}) ack`, h.callback), ` (${load()})`);
  console.log(
    `  ratio ack p50 ${(h.callback.p50 / b.p50).toFixed(2)}×  p99 ${(h.callback.p99 / b.p99).toFixed(2)}× (target p99 ≤ 1.5×)`,
  );
  console.log(
    `  ack phase: ${h.complaints} complaints, ${h.ackRateLimited} waits on discord.js's global limiter; their follow-ups finished ${(h.backlogMs / 1000).toFixed(1)} s after the last ack`,
  );
  console.log(line(`holdline /complaint (${backend.name}) reply`, h.final), ` (${load()})`);
  console.log(`  final-reply phase: ${h.finalRateLimited} waits on discord.js's global limiter`);
}
if (!skipRss) {
  const rss = await measureHoldlineRss();
  const MiB = 2 ** 20;
  const holdline = Object.entries(rss.holdline)
    .map(([name, bytes]) => `Holdline adapter + ${name} store ${(bytes / MiB).toFixed(1)} MiB`)
    .join('; ');
  console.log(
    `RSS after READY (child process): idle node+tsx ${(rss.idle / MiB).toFixed(1)} MiB; bare discord.js client ${(rss.bare / MiB).toFixed(1)} MiB; ${holdline}`,
  );
}
console.log(`end: ${load()}`);
