/**
 * Holdline's real Slack app for bench/slack-ack.ts: the adapter from adapters/slack with the real
 * services, an in-memory PGlite store, the outbox runner running, and the fake Web API on loopback
 * (users.info, views.open, …). Runs in its own process (see spawnBenchApp). PostgreSQL instead of
 * PGlite with BENCH_BACKEND=postgres and TEST_DATABASE_URL.
 *
 *   node --import tsx bench/slack-holdline-app.ts <signingSecret> [webApiUrl]
 *
 * With no webApiUrl the fake Web API runs in this process (bench/slack-ack.ts gives it its own).
 */
import { performance } from 'node:perf_hooks';
import { startSlack } from '../adapters/slack/index.ts';
import { openStore } from '../src/store/open.ts';
import { startFakeSlackApi } from '../tests/fakes/slack/fake-web-api.ts';
import { wire } from '../tests/helpers/app.ts';
import { backends, ManualClock } from '../tests/helpers/store.ts';
import { announceReady } from './lib/slack-load.ts';
import { startTrace } from './lib/trace.ts';

const signingSecret = process.argv[2] ?? 'bench-signing-secret';
const external = process.argv[3];
const api = external ? null : await startFakeSlackApi();
const apiUrl = external ?? api?.apiUrl ?? '';
// BENCH_TRACE (bench/slack-ack.ts --trace=DIR): record requests, stalls, GC, runner ticks and store calls.
const trace = process.env.BENCH_TRACE ? startTrace(`${process.env.BENCH_TRACE}/holdline-${process.pid}.json`) : null;
// BENCH_BACKEND=postgres (bench/slack-ack.ts --backend=postgres): a fresh schema in TEST_DATABASE_URL.
const postgres = process.env.BENCH_BACKEND === 'postgres' ? backends.find((b) => b.name === 'postgres') : undefined;
if (process.env.BENCH_BACKEND === 'postgres' && !postgres)
  throw new Error('--backend=postgres needs TEST_DATABASE_URL');
const opened = postgres ? await postgres.open() : await openStore({ kind: 'memory' });
const store = trace ? trace.wrapMethods(opened, 'store') : opened;
const clock = new ManualClock();
clock.now = () => Date.now(); // real time: the runner's timers and outbox run as in production
const app = wire(store, { clock });
if (trace) {
  const tick = app.runner.tick.bind(app.runner);
  app.runner.tick = async () => {
    const s = performance.now();
    try {
      await tick();
    } finally {
      trace.span('tick', s, performance.now());
    }
  };
}
app.runner.start();
const slack = await startSlack(app.services, {
  botToken: 'xoxb-bench',
  signingSecret,
  port: 0,
  host: '127.0.0.1',
  apiUrl,
  retryConfig: { retries: 0 },
});
announceReady(slack.url ?? '', async () => {
  trace?.write();
  await slack.stop();
  await app.runner.stop();
  await store.close();
  await api?.close();
});
