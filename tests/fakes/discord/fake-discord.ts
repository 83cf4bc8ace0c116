import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { APIChannel, APIInteraction, APIRole, APIUser, GatewayIdentifyData } from 'discord-api-types/v10';
import { parseBody } from './body.ts';
import { type Fault, FaultQueue, type RouteMatcher } from './faults.ts';
import { FakeGateway } from './gateway.ts';
import { FAKE_APPLICATION_ID, FAKE_BOT_USER_ID, FAKE_GUILD_ID } from './ids.ts';
import { botUserObject, type FakeGuildInput } from './objects.ts';
import { handleRest, isUnauthenticatedRoute, type RestState } from './rest.ts';

export type { Fault, RouteMatcher } from './faults.ts';

export interface RecordedRequest {
  method: string;
  /** Decoded path relative to `/api/v10`, without query: `/webhooks/{app}/{token}/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON; for multipart uploads the parsed `payload_json` part. `undefined` when empty. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** `performance.now()` when the request body was fully received (same clock as the test process). */
  at: number;
  /** Status the fake answered with (after fault injection). */
  status: number;
}

export interface FakeDiscordOptions {
  /** Guilds announced in READY and sent as GUILD_CREATE. Default: one guild with id FAKE_GUILD_ID; `[]` for none. */
  guilds?: FakeGuildInput[];
  botUser?: APIUser;
  applicationId?: string;
  /** When set, REST calls with another bot token get 401 and IDENTIFY with another token is closed (4004). */
  token?: string;
  /** HELLO heartbeat_interval. Default 41_250 ms like Discord; the fake answers every heartbeat anyway. */
  heartbeatIntervalMs?: number;
}

export interface FakeDiscord {
  /** Pass as `new Client({ rest: { api: fake.restUrl } })`; discord.js appends `/v10`. */
  readonly restUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly requests: readonly RecordedRequest[];
  /** Every IDENTIFY payload received (check `intents` here). */
  readonly identifies: readonly GatewayIdentifyData[];
  readonly gateway: FakeGateway;
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Resolves once a client has IDENTIFYed and got READY (immediately if one already has). */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Called synchronously for every recorded request; returns an unsubscribe function. */
  onRequest(listener: (request: RecordedRequest) => void): () => void;
  failNext(matcher: RouteMatcher, fault: Fault): void;
  /** Makes a user known to `GET /users/{id}` (unknown ids get 404 code 10013 like Discord). Interaction authors are added automatically. */
  addUser(user: APIUser): void;
  /** The user has DMs from the bot closed: opening the DM works, every message to it gets 403 50007 (like Discord). */
  closeDms(userId: string): void;
  /** The role ids a user holds (what GET /guilds/{guild}/members/{user} answers). */
  setRoles(userId: string, roles: string[]): void;
  /** The members of a guild, when a test needs it exact: GET /guilds/{guild}/members/{user} then answers 404 for anyone else. */
  setGuildMembers(guildId: string, userIds: string[]): void;
  /** Makes a guild channel known to GET /channels/{id} (the guilds' own channels are known from the start). */
  addChannel(channel: APIChannel): void;
  /** The roles of a guild (GET /guilds/{guild}/roles); include @everyone (id = guild id). */
  setGuildRoles(guildId: string, roles: APIRole[]): void;
  /** Sends op 0 INTERACTION_CREATE; the payload is remembered so callbacks/webhooks for its token are accepted. */
  dispatchInteraction(payload: APIInteraction): number;
  /** Sends any op 0 dispatch (`t`, `d`) as-is, e.g. malformed payloads. Returns the sequence number. */
  dispatch(t: string, d: unknown): number;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? FAKE_APPLICATION_ID;
  const botUser = options.botUser ?? botUserObject({ id: FAKE_BOT_USER_ID });
  const guilds = options.guilds ?? [{ id: FAKE_GUILD_ID }];
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const faults = new FaultQueue();
  let gatewayUrl = '';
  const state: RestState = {
    botUser,
    applicationId,
    gatewayUrl: () => gatewayUrl,
    interactions: new Map(),
    messages: new Map(),
    dmChannels: new Map(),
    users: new Map(),
    closedDms: new Set(),
    memberRoles: new Map(),
    guildMembers: new Map(),
    channels: new Map(guilds.flatMap((g) => (g.channels ?? []).map((c) => [c.id, c] as const))),
    roles: new Map(),
  };
  const gateway = new FakeGateway({
    botUser,
    applicationId,
    guilds,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    gatewayUrl: () => gatewayUrl,
    token: options.token,
  });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void respond(req, res, Buffer.concat(chunks)));
  });

  async function respond(req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const prefix = '/api/v10';
    const path = decodeURIComponent(url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname);
    const body = await parseBody(raw, req.headers['content-type']);
    const query = Object.fromEntries(url.searchParams);
    let result: { status: number; body?: unknown; headers?: Record<string, string> };
    const auth = req.headers.authorization;
    if (
      !isUnauthenticatedRoute(path) &&
      (auth === undefined || (options.token !== undefined && auth !== `Bot ${options.token}`))
    ) {
      result = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else {
      result = faults.take(method, path) ?? handleRest({ method, path, query, body }, state);
    }
    const recorded: RecordedRequest = {
      method,
      path,
      query,
      body,
      headers: req.headers,
      at: performance.now(),
      status: result.status,
    };
    requests.push(recorded);
    events.emit('request', recorded);
    const headers: Record<string, string> = { ...result.headers };
    if (result.body === undefined) {
      res.writeHead(result.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json';
    res.writeHead(result.status, headers).end(JSON.stringify(result.body));
  }

  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://fake').pathname !== '/gateway') {
      socket.destroy();
      return;
    }
    gateway.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const waitForEvent = <T>(
    emitter: EventEmitter,
    name: string,
    match: (value: T) => boolean,
    timeoutMs: number,
    what: () => string,
  ) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        emitter.off(name, listener);
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      const listener = (value: T) => {
        if (!match(value)) return;
        clearTimeout(timer);
        emitter.off(name, listener);
        resolve(value);
      };
      emitter.on(name, listener);
    });

  return {
    restUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    applicationId,
    botUser,
    requests,
    identifies: gateway.identifies,
    gateway,
    waitFor(predicate, timeoutMs = 2_000) {
      const seen = requests.find(predicate);
      if (seen !== undefined) return Promise.resolve(seen);
      const recent = () =>
        `a matching request; saw: ${
          requests
            .slice(-10)
            .map((r) => `${r.method} ${r.path} → ${r.status}`)
            .join(', ') || 'none'
        }`;
      return waitForEvent(events, 'request', predicate, timeoutMs, recent);
    },
    async waitForReady(timeoutMs = 5_000) {
      if (gateway.readySessions > 0) return;
      await waitForEvent(
        gateway,
        'ready',
        () => true,
        timeoutMs,
        () => 'IDENTIFY/READY',
      );
    },
    onRequest(listener) {
      events.on('request', listener);
      return () => events.off('request', listener);
    },
    failNext: (matcher, fault) => faults.add(matcher, fault),
    addUser: (user) => void state.users.set(user.id, user),
    closeDms: (userId) => void state.closedDms.add(userId),
    setRoles: (userId, roles) => void state.memberRoles.set(userId, roles),
    setGuildMembers: (guildId, userIds) => void state.guildMembers.set(guildId, new Set(userIds)),
    addChannel: (channel) => void state.channels.set(channel.id, channel),
    setGuildRoles: (guildId, roles) => void state.roles.set(guildId, roles),
    dispatchInteraction(payload) {
      state.interactions.set(payload.id, { payload, acknowledged: false, original: null });
      const user = payload.member?.user ?? payload.user;
      if (user !== undefined) state.users.set(user.id, user);
      return gateway.dispatch('INTERACTION_CREATE', payload);
    },
    dispatch: (t, d) => gateway.dispatch(t, d),
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
