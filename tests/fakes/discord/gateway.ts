import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type APIUser,
  type ApplicationFlags,
  GatewayDispatchEvents,
  type GatewayIdentifyData,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeGuildInput, guildCreateObject } from './objects.ts';
import { snowflake } from './snowflake.ts';

export interface FakeGatewayOptions {
  botUser: APIUser;
  applicationId: string;
  guilds: FakeGuildInput[];
  heartbeatIntervalMs: number;
  /** The `resume_gateway_url` sent in READY (base URL, without query). */
  gatewayUrl: () => string;
  /** If set, IDENTIFY with another token is closed with 4004 (authentication failed). */
  token?: string | undefined;
}

interface Session {
  ws: WebSocket;
  sequence: number;
  sessionId: string | null;
}

/** The gateway half of the fake: HELLO, heartbeats, IDENTIFY → READY (+ GUILD_CREATE), RESUME, dispatches. */
export class FakeGateway extends EventEmitter {
  readonly identifies: GatewayIdentifyData[] = [];
  /** Every payload the client sent, in order (heartbeats included). */
  readonly received: GatewaySendPayload[] = [];
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sessions = new Set<Session>();
  readonly #knownSessionIds = new Set<string>();
  readonly #options: FakeGatewayOptions;

  constructor(options: FakeGatewayOptions) {
    super();
    this.#options = options;
    this.#wss.on('connection', (ws, req) => this.#onConnection(ws, req));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#wss.emit('connection', ws, req));
  }

  /** Number of sessions that completed IDENTIFY or RESUME and can receive dispatches. */
  get readySessions(): number {
    return [...this.#sessions].filter((s) => s.sessionId !== null).length;
  }

  /** Sends op 0 to every ready session; returns the sequence number used on the last one. */
  dispatch(t: string, d: unknown): number {
    const ready = [...this.#sessions].filter((s) => s.sessionId !== null);
    if (ready.length === 0) throw new Error(`FakeGateway: no READY session to dispatch ${t} to`);
    let sequence = 0;
    for (const session of ready) sequence = this.#send(session, t, d);
    return sequence;
  }

  /** Closes every client connection with `code` (4000 lets discord.js resume, 4004 is fatal). */
  disconnectAll(code = 4000): void {
    for (const session of this.#sessions) session.ws.close(code, 'fake gateway disconnect');
  }

  async close(): Promise<void> {
    for (const session of this.#sessions) session.ws.terminate();
    this.#sessions.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #onConnection(ws: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'http://fake').searchParams;
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      // The fake speaks uncompressed JSON only (no zlib-sync installed, by design).
      ws.close(4002, 'fake gateway: json encoding without transport compression only');
      return;
    }
    const session: Session = { ws, sequence: 0, sessionId: null };
    this.#sessions.add(session);
    ws.on('close', () => this.#sessions.delete(session));
    ws.on('message', (raw) => this.#onPayload(session, raw.toString()));
    ws.send(
      JSON.stringify({
        op: GatewayOpcodes.Hello,
        d: { heartbeat_interval: this.#options.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
  }

  #onPayload(session: Session, raw: string): void {
    let payload: GatewaySendPayload;
    try {
      payload = JSON.parse(raw) as GatewaySendPayload;
    } catch {
      session.ws.close(4002, 'decode error');
      return;
    }
    this.received.push(payload);
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        session.ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
        return;
      case GatewayOpcodes.Identify:
        this.#identify(session, payload.d);
        return;
      case GatewayOpcodes.Resume: {
        // Sessions do not survive the fake's memory of them: unknown ids get "invalid, not resumable".
        const known = this.#knownSessionIds.has(payload.d.session_id);
        if (!known) {
          session.ws.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
          return;
        }
        session.sessionId = payload.d.session_id;
        session.sequence = payload.d.seq;
        this.#send(session, GatewayDispatchEvents.Resumed, {});
        this.emit('resumed');
        return;
      }
      default:
        return;
    }
  }

  #identify(session: Session, identify: GatewayIdentifyData): void {
    this.identifies.push(identify);
    const { token } = this.#options;
    if (token !== undefined && identify.token !== token && identify.token !== `Bot ${token}`) {
      session.ws.close(4004, 'Authentication failed.');
      return;
    }
    const sessionId = `fake-session-${snowflake()}`;
    this.#knownSessionIds.add(sessionId);
    session.sessionId = sessionId;
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.#options.botUser,
      guilds: this.#options.guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: this.#options.gatewayUrl(),
      shard: identify.shard ?? [0, 1],
      application: { id: this.#options.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.#send(session, GatewayDispatchEvents.Ready, ready);
    // discord.js holds `ready` until every guild listed in READY arrives (or waitGuildTimeout, 15 s).
    for (const guild of this.#options.guilds) {
      this.#send(session, GatewayDispatchEvents.GuildCreate, guildCreateObject(guild, this.#options.botUser));
    }
    this.emit('ready', identify);
  }

  #send(session: Session, t: string, d: unknown): number {
    session.sequence += 1;
    session.ws.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: session.sequence, d }));
    return session.sequence;
  }
}
