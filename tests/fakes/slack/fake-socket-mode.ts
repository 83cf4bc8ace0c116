/**
 * A fake Slack Socket Mode link (WebSocket server on 127.0.0.1) for the REAL Bolt
 * SocketModeReceiver / @slack/socket-mode client.
 *
 * Wire format (Slack docs, Socket Mode):
 * - on connect the server sends `{"type":"hello","num_connections":N,"debug_info":{…},"connection_info":{"app_id":…}}`;
 *   @slack/socket-mode resolves `start()` (and so Bolt's `app.start()`) only on this hello.
 * - each delivery is an envelope `{envelope_id, type, payload, accepts_response_payload}`
 *   (`events_api` also carries `retry_attempt`, `retry_reason`);
 * - the client acks with `{envelope_id, payload?}` (payload holds what `ack(x)` was given);
 * - `{"type":"disconnect","reason":…}` asks the client to close and reconnect through a new
 *   apps.connections.open. @slack/socket-mode 3.1 waits `clientPingTimeout` (5 s by default,
 *   not settable through Bolt's App) before reconnecting.
 *
 * Wire it to the fake Web API with `api.attachSocketMode(socket)`.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { Waiters } from './http-util.ts';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
  /** Date.now() when the ack arrived. */
  at: number;
}

export interface SendEnvelopeOptions {
  envelopeId?: string;
  /** Defaults to true for slash_commands and interactive, false for events_api. */
  acceptsResponsePayload?: boolean;
  retryAttempt?: number;
  retryReason?: string;
  /** How long to wait for the ack before rejecting (Slack gives up after 3 s). Default 3000. */
  timeoutMs?: number;
}

export interface FakeSocketModeOptions {
  appId?: string;
}

export interface FakeSocketMode {
  /** `ws://127.0.0.1:PORT/link` */
  readonly url: string;
  /** A fresh connection URL with its own ticket, as apps.connections.open hands out. */
  connectionUrl(): string;
  readonly acks: readonly SocketAck[];
  /** Every parsed message received from clients (acks included). */
  readonly received: readonly unknown[];
  /** Connections accepted so far (reconnects included). */
  readonly connectionCount: number;
  readonly openConnections: number;
  /** Resolves once `count` connections have been accepted in total (hello sent). */
  waitForConnection(count?: number, timeoutMs?: number): Promise<void>;
  /** Resolves once no connection is open. */
  waitForNoConnection(timeoutMs?: number): Promise<void>;
  /** Sends an envelope on the newest open connection; resolves with the client's ack. */
  sendEnvelope(type: EnvelopeType, payload: unknown, opts?: SendEnvelopeOptions): Promise<SocketAck>;
  sendDisconnect(reason?: 'warning' | 'refresh_requested' | 'link_disabled'): void;
  close(): Promise<void>;
}

export async function startFakeSocketMode(opts: FakeSocketModeOptions = {}): Promise<FakeSocketMode> {
  const appId = opts.appId ?? 'A0HOLDLINE';
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const { port } = wss.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}/link`;
  const open: WebSocket[] = [];
  const acks: SocketAck[] = [];
  const received: unknown[] = [];
  const waiters = new Waiters();
  let connectionCount = 0;
  let ticket = 0;

  wss.on('connection', (ws) => {
    open.push(ws);
    connectionCount++;
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: open.length,
        debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: appId },
      }),
    );
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      let msg: unknown;
      try {
        msg = JSON.parse(data.toString());
      } catch {
        return;
      }
      received.push(msg);
      if (typeof msg === 'object' && msg !== null && 'envelope_id' in msg && typeof msg.envelope_id === 'string') {
        const ack: SocketAck = { envelope_id: msg.envelope_id, at: Date.now() };
        if ('payload' in msg) ack.payload = msg.payload;
        acks.push(ack);
      }
      waiters.notify();
    });
    ws.on('close', () => {
      open.splice(open.indexOf(ws), 1);
      waiters.notify();
    });
    waiters.notify();
  });

  return {
    url,
    connectionUrl: () => `${url}?ticket=fake-${++ticket}`,
    acks,
    received,
    get connectionCount() {
      return connectionCount;
    },
    get openConnections() {
      return open.length;
    },
    waitForConnection: (count = 1, timeoutMs = 3000) =>
      waiters
        .wait(() => (connectionCount >= count ? true : undefined), timeoutMs, `${count} socket connection(s)`)
        .then(() => undefined),
    waitForNoConnection: (timeoutMs = 3000) =>
      waiters.wait(() => (open.length === 0 ? true : undefined), timeoutMs, 'all sockets closed').then(() => undefined),
    sendEnvelope(type, payload, o = {}) {
      const ws = open.at(-1);
      if (!ws) return Promise.reject(new Error('no Socket Mode client is connected'));
      const envelopeId = o.envelopeId ?? randomUUID();
      const envelope: Record<string, unknown> = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: o.acceptsResponsePayload ?? type !== 'events_api',
      };
      if (type === 'events_api') {
        envelope.retry_attempt = o.retryAttempt ?? 0;
        envelope.retry_reason = o.retryReason ?? '';
      }
      ws.send(JSON.stringify(envelope));
      return waiters.wait(
        () => acks.find((a) => a.envelope_id === envelopeId),
        o.timeoutMs ?? 3000,
        `the ack of envelope ${envelopeId}`,
      );
    },
    sendDisconnect(reason = 'refresh_requested') {
      for (const ws of open)
        ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-fake' } }));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
