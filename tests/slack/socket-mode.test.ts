/** Socket Mode: the same listeners over the fake socket link; a session from command to first step. */
import { afterEach, expect, it } from 'vitest';
import { type SlackAdapter, startSlack } from '../../adapters/slack/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../fakes/slack/fake-socket-mode.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack/fake-web-api.ts';
import { slashCommandPayload } from '../fakes/slack/sign.ts';
import { wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, FAST_RETRIES, until } from './harness.ts';

let api: FakeSlackApi | undefined;
let socket: FakeSocketMode | undefined;
let slack: SlackAdapter | undefined;
let store: DrizzleStore | undefined;

afterEach(async () => {
  await slack?.stop();
  await socket?.waitForNoConnection().catch(() => undefined);
  await socket?.close();
  await api?.close();
  await store?.close();
});

it('runs a session through Socket Mode with the same listeners', async () => {
  const opened = await (backends[0]?.open() ?? Promise.reject(new Error('no backend')));
  store = opened;
  api = await startFakeSlackApi();
  socket = await startFakeSocketMode();
  api.attachSocketMode(socket);
  const app = wire(opened);
  slack = await startSlack(app.services, {
    botToken: 'xoxb-fake',
    appToken: 'xapp-1-fake',
    apiUrl: api.apiUrl,
    retryConfig: FAST_RETRIES,
  });
  expect(slack.url).toBeNull();
  // /readyz reads the socket's state (the ops listener, docs/deploy.md).
  expect(slack.health?.()).toEqual({ ok: true, detail: 'socket mode: connected' });
  const ack = await socket.sendEnvelope(
    'slash_commands',
    slashCommandPayload({ text: 'vulgarity phone', user_id: AGENT }),
  );
  expect(ack.payload ?? {}).toEqual({});
  const session = await until(async () => {
    const r = await app.sessions.current(`slack:${AGENT}`);
    return r.ok ? r.value : null;
  }, 'the session');
  expect(session.kind).toBe('vulgarity');
  await app.runner.tick();
  const step = await api.waitForCall('chat.postMessage');
  expect(String(step.args.text)).toContain('Let them vent first');
  const help = await socket.sendEnvelope('slash_commands', slashCommandPayload({ text: 'help' }));
  expect(JSON.stringify(help.payload)).toContain('/limits');
});
