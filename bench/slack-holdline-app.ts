/**
 * Holdline's real Slack app for bench/slack-ack.ts: the adapter from adapters/slack with the real
 * services, an in-memory PGlite store, the outbox runner running, and the fake Web API on loopback
 * (users.info, views.open, …). Runs in its own process (see spawnBenchApp).
 *
 *   node --import tsx bench/slack-holdline-app.ts <signingSecret> [webApiUrl]
 *
 * With no webApiUrl the fake Web API runs in this process (bench/slack-ack.ts gives it its own).
 */
import { startSlack } from '../adapters/slack/index.ts';
import { openStore } from '../src/store/open.ts';
import { startFakeSlackApi } from '../tests/fakes/slack/fake-web-api.ts';
import { wire } from '../tests/helpers/app.ts';
import { ManualClock } from '../tests/helpers/store.ts';
import { announceReady } from './lib/slack-load.ts';

const signingSecret = process.argv[2] ?? 'bench-signing-secret';
const external = process.argv[3];
const api = external ? null : await startFakeSlackApi();
const apiUrl = external ?? api?.apiUrl ?? '';
const store = await openStore({ kind: 'memory' });
const clock = new ManualClock();
clock.now = () => Date.now(); // real time: the runner's timers and outbox run as in production
const app = wire(store, { clock });
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
  await slack.stop();
  await app.runner.stop();
  await store.close();
  await api?.close();
});
