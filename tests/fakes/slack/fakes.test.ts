/**
 * Spike: the fakes drive the REAL Bolt 5 (no module mocks).
 *
 * HTTP mode, port discovery: Bolt's default HTTPReceiver accepts node `ListenOptions`, so
 * `await app.start({ port: 0, host: '127.0.0.1' })` listens on an ephemeral loopback port and
 * resolves with the `http.Server`; `(server.address() as AddressInfo).port` gives the port.
 * Requests go to `/slack/events` (the default `endpoints`). Options the App does not forward
 * (e.g. `unhandledRequestTimeoutMillis`) need an explicit `receiver: new HTTPReceiver({...})`;
 * `app.start(listenOptions)` still works then.
 */
import type { AddressInfo } from 'node:net';
import { App, type AppOptions, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSocketMode, startFakeSocketMode } from './fake-socket-mode.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-web-api.ts';
import { recordingLogger } from './recording-logger.ts';
import {
  blockActionBody,
  blockActionPayload,
  postToBolt,
  retryHeaders,
  signedHeaders,
  slashCommandBody,
  slashCommandPayload,
  viewSubmissionBody,
} from './sign.ts';

const SECRET = 'test-signing-secret';
/** Few, fast retries: long-term retrying belongs to the outbox, not the WebClient. */
const FAST_RETRIES = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 };

let api: FakeSlackApi | undefined;
let socket: FakeSocketMode | undefined;
const apps: App[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop().catch(() => undefined);
  // Bolt's SocketModeReceiver.stop() resolves before the socket is closed: wait for it.
  await socket?.waitForNoConnection().catch(() => undefined);
  await socket?.close();
  await api?.close();
  socket = undefined;
  api = undefined;
});

function newApp(fake: FakeSlackApi, options: Partial<AppOptions> = {}): App {
  const app = new App({
    token: 'xoxb-fake',
    signingSecret: SECRET,
    logLevel: LogLevel.ERROR,
    ...options,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: FAST_RETRIES, ...options.clientOptions },
  });
  apps.push(app);
  return app;
}

async function startHttp(app: App): Promise<string> {
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

describe('HTTP mode against the fake Web API', () => {
  it('a signed slash command is acked with 200 and the listener posts through the fake', async () => {
    api = await startFakeSlackApi();
    const fake = api;
    const app = newApp(fake);
    const retries: unknown[] = [];
    app.command('/complaint', async ({ ack, command, client, context }) => {
      await ack();
      retries.push(context.retryNum);
      await client.chat.postMessage({ channel: command.channel_id, text: `noted: ${command.text}` });
    });
    const url = await startHttp(app);

    const body = slashCommandBody({ text: 'customer is shouting' });
    const res = await postToBolt(url, body, signedHeaders(SECRET, body));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const post = await fake.waitForCall('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0SUPPORT', text: 'noted: customer is shouting' });
    expect(post.token).toBe('xoxb-fake');
    expect(post.response).toMatchObject({ ok: true, channel: 'C0SUPPORT' });
    expect(fake.callsTo('auth.test')).toHaveLength(1);

    const again = slashCommandBody({ text: 'again' });
    const retried = await postToBolt(url, again, signedHeaders(SECRET, again), retryHeaders(1, 'http_timeout'));
    expect(retried.status).toBe(200);
    await fake.waitForCall('chat.postMessage', (c) => c.args.text === 'noted: again');
    expect(retries).toEqual([undefined, 1]);
  });

  it('rejects bad signatures and stale timestamps with 401, malformed bodies with 400, and keeps serving', async () => {
    api = await startFakeSlackApi();
    const app = newApp(api);
    app.command('/complaint', async ({ ack }) => ack({ text: 'ok' }));
    const url = await startHttp(app);
    const body = slashCommandBody();

    expect((await postToBolt(url, body, signedHeaders('wrong-secret', body))).status).toBe(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postToBolt(url, body, signedHeaders(SECRET, body, sixMinutesAgo))).status).toBe(401);
    const tampered = `${body}&text=extra`;
    expect((await postToBolt(url, tampered, signedHeaders(SECRET, body))).status).toBe(401);
    const malformed = 'payload=%7Bnot-json';
    expect((await postToBolt(url, malformed, signedHeaders(SECRET, malformed))).status).toBe(400);

    const ok = await postToBolt(url, body, signedHeaders(SECRET, body));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ text: 'ok' });
  });

  it('routes block_actions and view_submission bodies to their listeners', async () => {
    api = await startFakeSlackApi();
    const app = newApp(api);
    const seen: string[] = [];
    app.action('escalate', async ({ ack, body }) => {
      await ack();
      seen.push(`${body.type}:${body.user.id}`);
    });
    app.view('decompress', async ({ ack, view }) => {
      await ack();
      seen.push(`view:${view.state.values.mood?.pick?.selected_option?.value ?? ''}`);
    });
    const url = await startHttp(app);

    const click = blockActionBody({ actionId: 'escalate', value: 'page', userId: 'U0AGENT2' });
    expect((await postToBolt(url, click, signedHeaders(SECRET, click))).status).toBe(200);
    const submit = viewSubmissionBody({
      callbackId: 'decompress',
      values: {
        mood: {
          pick: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: 'Rattled' }, value: 'rattled' },
          },
        },
      },
    });
    expect((await postToBolt(url, submit, signedHeaders(SECRET, submit))).status).toBe(200);
    expect(seen).toEqual(['block_actions:U0AGENT2', 'view:rattled']);
  });

  it('answers 404 when a listener never acks within unhandledRequestTimeoutMillis (3001 ms default)', async () => {
    api = await startFakeSlackApi();
    const logger = recordingLogger();
    const receiver = new HTTPReceiver({ signingSecret: SECRET, unhandledRequestTimeoutMillis: 100, logger });
    const app = newApp(api, { receiver, logger });
    app.command('/complaint', async () => {
      // never acks
    });
    const url = await startHttp(app);
    const body = slashCommandBody();
    expect((await postToBolt(url, body, signedHeaders(SECRET, body))).status).toBe(404);
    expect(logger.textAt(LogLevel.ERROR)).toContain('not acknowledged');
  });
});

describe('WebClient retries against injected faults', () => {
  it('waits Retry-After on a 429 and then retries, pausing every other call on that client meanwhile', async () => {
    api = await startFakeSlackApi();
    const fake = api;
    const app = newApp(fake);
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    let other: Promise<unknown> | undefined;
    app.client.once(webApi.WebClientEvent.RATE_LIMITED, () => {
      // setImmediate: the WebClient pauses its queue right after emitting this event.
      setImmediate(() => {
        other = app.client.users.info({ user: 'U0AGENT1' });
      });
    });
    const res = await app.client.chat.postMessage({ channel: 'C0SUPPORT', text: 'hi' });
    expect(res.ok).toBe(true);
    await other;
    const [limited, retry] = fake.callsTo('chat.postMessage');
    expect(limited?.fault).toEqual({ status: 429, retryAfter: 1 });
    // Retry-After is honoured in whole seconds, not scaled by retryConfig...
    expect((retry?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    // ...and an unrelated call made during the wait is held back too.
    expect((fake.callsTo('users.info')[0]?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('rejectRateLimitedCalls surfaces the 429 at once, for the caller (the outbox) to reschedule', async () => {
    api = await startFakeSlackApi();
    const app = newApp(api, { clientOptions: { rejectRateLimitedCalls: true } });
    api.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    await expect(app.client.chat.postMessage({ channel: 'C0SUPPORT', text: 'hi' })).rejects.toMatchObject({
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 30,
    });
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('retries 500s and dropped connections up to retryConfig.retries, but not platform errors', async () => {
    api = await startFakeSlackApi();
    const fake = api;
    const app = newApp(fake);
    const post = () => app.client.chat.postMessage({ channel: 'C0SUPPORT', text: 'hi' });

    fake.failNext('chat.postMessage', { status: 500 });
    fake.failNext('chat.postMessage', { dropConnection: true });
    await expect(post()).resolves.toMatchObject({ ok: true });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);

    fake.reset();
    fake.failNext('chat.postMessage', { status: 500 }, 3);
    await expect(post()).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);

    fake.reset();
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await expect(post()).rejects.toMatchObject({
      code: 'slack_webapi_platform_error',
      data: { error: 'channel_not_found' },
    });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers the documented shapes Holdline relies on', async () => {
    api = await startFakeSlackApi({ users: { U0AGENT1: { locale: 'de-DE' } }, usergroups: { S0SUPER: ['U0LEAD'] } });
    const { client } = newApp(api);
    expect((await client.users.info({ user: 'U0AGENT1', include_locale: true })).user?.locale).toBe('de-DE');
    expect((await client.users.info({ user: 'U0AGENT2' })).user?.locale).toBeUndefined();
    const dm = await client.conversations.open({ users: 'U0AGENT1' });
    expect(dm.channel?.id).toMatch(/^D/);
    expect((await client.conversations.open({ users: 'U0AGENT1' })).channel?.id).toBe(dm.channel?.id);
    const a = await client.chat.postMessage({ channel: 'C1', text: 'a' });
    const b = await client.chat.postMessage({ channel: 'C1', text: 'b' });
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));
    expect(await client.chat.update({ channel: 'C1', ts: a.ts ?? '', text: 'a2' })).toMatchObject({
      ok: true,
      text: 'a2',
    });
    expect((await client.chat.postEphemeral({ channel: 'C1', user: 'U0AGENT1', text: 'x' })).message_ts).toBeTruthy();
    const modal = await client.views.open({
      trigger_id: '1.2.abc',
      view: { type: 'modal', callback_id: 'decompress', title: { type: 'plain_text', text: 'Breathe' }, blocks: [] },
    });
    const updated = await client.views.update({
      view_id: modal.view?.id ?? '',
      view: { type: 'modal', title: { type: 'plain_text', text: 'Again' }, blocks: [] },
    });
    expect(updated.view?.id).toBe(modal.view?.id);
    expect((await client.views.publish({ user_id: 'U0AGENT1', view: { type: 'home', blocks: [] } })).ok).toBe(true);
    expect((await client.usergroups.users.list({ usergroup: 'S0SUPER' })).users).toEqual(['U0LEAD']);
    await expect(client.apiCall('no.such.method')).rejects.toMatchObject({ data: { error: 'unknown_method' } });
  });
});

describe('Socket Mode against the fake link', () => {
  it('connects via apps.connections.open, receives envelopes and acks them', async () => {
    api = await startFakeSlackApi();
    socket = await startFakeSocketMode();
    api.attachSocketMode(socket);
    // No installerOptions needed: Bolt copies clientOptions (slackApiUrl) to the SocketModeClient.
    const app = newApp(api, { appToken: 'xapp-1-fake', socketMode: true });
    app.command('/complaint', async ({ ack, command }) => ack({ text: `heard: ${command.text}` }));
    app.action('escalate', async ({ ack }) => ack());
    await app.start();

    expect(api.callsTo('apps.connections.open')[0]?.token).toBe('xapp-1-fake');
    expect(socket.connectionCount).toBe(1);
    const ack = await socket.sendEnvelope('slash_commands', slashCommandPayload({ text: 'threat' }));
    expect(ack.payload).toEqual({ text: 'heard: threat' });
    const clickAck = await socket.sendEnvelope('interactive', blockActionPayload({ actionId: 'escalate' }));
    expect(clickAck.payload).toEqual({});
    expect(socket.acks).toHaveLength(2);

    socket.sendDisconnect('refresh_requested');
    await socket.waitForNoConnection();
  });

  it('fails app.start() at once when no socket server is attached', async () => {
    api = await startFakeSlackApi();
    const logger = recordingLogger();
    const app = newApp(api, { appToken: 'xapp-1-fake', socketMode: true, logger });
    await expect(app.start()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
  });
});
