/**
 * The bare Bolt app for bench/slack-bare.ts: its /complaint listener only acks. Runs in its
 * own process (see spawnBenchApp) so the load generator does not share its event loop.
 *
 *   node --import tsx bench/slack-bare-app.ts <signingSecret>
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { startFakeSlackApi } from '../tests/fakes/slack/fake-web-api.ts';
import { announceReady } from './lib/slack-load.ts';

const signingSecret = process.argv[2] ?? 'bench-signing-secret';
// The fake answers Bolt's auth.test; nothing else is called.
const api = await startFakeSlackApi();
const app = new App({
  token: 'xoxb-bench',
  signingSecret,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } },
});
app.command('/complaint', async ({ ack }) => ack());
const server = await app.start({ port: 0, host: '127.0.0.1' });
announceReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, async () => {
  await app.stop();
  await api.close();
});
