/**
 * The bare Bolt app for bench/slack-bare.ts: its /complaint listener only acks. Runs in its
 * own process (see spawnBenchApp) so the load generator does not share its event loop.
 *
 *   node --import tsx bench/slack-bare-app.ts <signingSecret> [webApiUrl]
 *
 * With a webApiUrl (bench/slack-ack.ts --open-baseline) the listener acks and then calls
 * views.open with Holdline's start form, as Holdline does, and nothing else: no store, no
 * runner, no locale lookup. The difference between it and Holdline is Holdline's own cost.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { parseComplaint } from '../adapters/slack/parse.ts';
import { startModal } from '../adapters/slack/render/modals.ts';
import { startFakeSlackApi } from '../tests/fakes/slack/fake-web-api.ts';
import { announceReady } from './lib/slack-load.ts';
import { startTrace } from './lib/trace.ts';

const signingSecret = process.argv[2] ?? 'bench-signing-secret';
const external = process.argv[3];
const name = external ? 'bare-open' : 'bare';
const trace = process.env.BENCH_TRACE ? startTrace(`${process.env.BENCH_TRACE}/${name}-${process.pid}.json`) : null;
// The fake answers Bolt's auth.test; nothing else is called unless views.open is asked for.
const api = external ? null : await startFakeSlackApi();
const app = new App({
  token: 'xoxb-bench',
  signingSecret,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: external ?? api?.apiUrl ?? '', retryConfig: { retries: 0 } },
});
if (external) {
  app.command('/complaint', async ({ command, ack, client }) => {
    await ack();
    const parsed = parseComplaint(command.text);
    if (parsed.type !== 'form') return;
    const view = startModal('en', parsed);
    await client.views.open({ trigger_id: command.trigger_id, view: { ...view, private_metadata: 'en' } });
  });
} else {
  app.command('/complaint', async ({ ack }) => ack());
}
const server = await app.start({ port: 0, host: '127.0.0.1' });
announceReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, async () => {
  trace?.write();
  await app.stop();
  await api?.close();
});
