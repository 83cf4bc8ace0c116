/**
 * A fake Slack Web API on 127.0.0.1 for driving the REAL @slack/bolt / @slack/web-api.
 *
 * Point Bolt at it with `clientOptions: { slackApiUrl: api.apiUrl }` (`apiUrl` is
 * `url + '/api/'`; the WebClient appends the method name, and adds a trailing `/` if missing).
 * Socket Mode needs nothing more in Bolt 5.1: the App copies `clientOptions` into
 * `installerOptions.clientOptions`, which the SocketModeClient uses for apps.connections.open.
 * If you do pass `installerOptions.clientOptions`, it REPLACES (not merges) them: repeat
 * `slackApiUrl` and `retryConfig` there, or apps.connections.open goes to slack.com and/or
 * gets the SocketModeClient's default of 100 retries.
 *
 * Every call is recorded (including calls answered with an injected fault), so tests can
 * count retries. The WebClient sends the token as `Authorization: Bearer …` and the
 * arguments form-encoded, with objects (blocks, view) as JSON strings; they are decoded here.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parseArgs, readBody, readRaw, Waiters } from './http-util.ts';
import {
  type FakeUserProfile,
  FakeWorkspace,
  type FakeWorkspaceOptions,
  type SlackResponse,
} from './web-api-responses.ts';

export type { FakeUserProfile, FakeWorkspaceOptions, SlackResponse } from './web-api-responses.ts';

/** Where files.getUploadURLExternal points the upload (real Slack: files.slack.com/upload/v1/…). */
const UPLOAD_PATH = '/upload/v1/';
/** Where `responseUrl()` points (real Slack: hooks.slack.com/commands/… or /actions/…). */
const RESPONSE_PATH = '/response/';

/** What the next call(s) to a method get instead of the normal answer. */
export type Fault =
  | { status: 429; retryAfter: number }
  | { status: 500 }
  | { error: string }
  | { dropConnection: true };

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** Bearer token from the Authorization header, else the `token` argument. */
  token: string | undefined;
  /** Date.now() when the request arrived. */
  at: number;
  /** Set when this call was answered by `failNext`. */
  fault?: Fault;
  /** The JSON body answered (absent for HTTP faults and dropped connections). */
  response?: SlackResponse;
}

export interface FakeSlackApiOptions extends FakeWorkspaceOptions {
  /** When set, any other token gets `invalid_auth`. A missing token always gets `not_authed`. */
  validTokens?: string[];
}

export interface FakeSlackApi {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `http://127.0.0.1:PORT/api/`: pass as `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  readonly workspace: FakeWorkspace;
  readonly calls: readonly RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the first recorded call (past or future) to `method` matching `predicate`. */
  waitForCall(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  failNext(method: string, fault: Fault, times?: number): void;
  /** Every call to `method` whose arguments match gets `fault` (a user who can never be DMed, a stalled call). */
  failWhen(method: string, match: (args: Record<string, unknown>) => boolean, fault: Fault | { delayMs: number }): void;
  setUser(id: string, profile: Partial<FakeUserProfile>): void;
  setUsergroup(id: string, userIds: string[]): void;
  /** Makes apps.connections.open return `source.connectionUrl()` (see fake-socket-mode.ts). */
  attachSocketMode(source: { connectionUrl(): string }): void;
  /**
   * A `response_url` on this server for a slash command or action payload. What is POSTed to it (JSON:
   * `text`, `blocks`, `response_type`, `replace_original`, …) is recorded as a call to method `response_url`
   * with `args.url_id` = `id`; Slack answers 200 with the text `ok`.
   */
  responseUrl(id: string): string;
  /** Forget recorded calls and pending faults. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeSlackApi(opts: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const workspace = new FakeWorkspace(opts);
  const calls: RecordedCall[] = [];
  const faults = new Map<string, Fault[]>();
  const rules: {
    method: string;
    match: (args: Record<string, unknown>) => boolean;
    fault: Fault | { delayMs: number };
  }[] = [];
  const waiters = new Waiters();
  const sockets = new Set<Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(UPLOAD_PATH)) return upload(req, res, url.pathname.slice(UPLOAD_PATH.length));
    if (url.pathname.startsWith(RESPONSE_PATH)) return respondUrl(req, res, url.pathname.slice(RESPONSE_PATH.length));
    const method = url.pathname.startsWith('/api/') ? url.pathname.slice('/api/'.length) : '';
    const body = await readBody(req);
    let args: Record<string, unknown>;
    try {
      args = parseArgs(req.headers['content-type'], body, url.searchParams);
    } catch {
      args = {};
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    const call: RecordedCall = { method, args, token, at: Date.now() };
    calls.push(call);

    const rule = rules.find((r) => r.method === method && r.match(args));
    if (rule && 'delayMs' in rule.fault)
      await new Promise((r) => setTimeout(r, (rule.fault as { delayMs: number }).delayMs));
    const fault = (rule && !('delayMs' in rule.fault) ? rule.fault : undefined) ?? faults.get(method)?.shift();
    if (fault) {
      call.fault = fault;
      waiters.notify();
      return answerFault(res, fault);
    }
    const response = authError(token, method, opts.validTokens) ?? workspace.answer(method, args);
    call.response = response;
    waiters.notify();
    send(res, 200, response);
  };

  /**
   * Step 2 of Slack's external upload: the bytes go to the `upload_url` files.getUploadURLExternal gave,
   * as the raw body or as a multipart form (what @slack/web-api sends: one file part). Slack answers
   * 200 with a short text; an unknown or already used URL gets 404.
   */
  const upload = async (req: IncomingMessage, res: ServerResponse, fileId: string): Promise<void> => {
    const raw = await readRaw(req);
    const type = req.headers['content-type'];
    let data = raw;
    if (type?.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      const part = [...form.values()].find((v) => typeof v !== 'string');
      data = part !== undefined && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
    }
    const ok = workspace.receiveUpload(fileId, data);
    calls.push({ method: 'upload', args: { file_id: fileId, bytes: data.length }, token: undefined, at: Date.now() });
    waiters.notify();
    res.writeHead(ok ? 200 : 404, { 'Content-Type': 'text/plain' });
    res.end(ok ? `OK - ${data.length}` : 'Not Found');
  };

  const respondUrl = async (req: IncomingMessage, res: ServerResponse, id: string): Promise<void> => {
    const raw = (await readRaw(req)).toString('utf8');
    let args: Record<string, unknown>;
    try {
      args = { ...(JSON.parse(raw) as Record<string, unknown>), url_id: id };
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end('invalid_payload');
      return;
    }
    calls.push({ method: 'response_url', args, token: undefined, at: Date.now() });
    waiters.notify();
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('ok');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { ok: false, error: String(error) }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  workspace.uploadBase = `${base}${UPLOAD_PATH}`;

  return {
    url: base,
    apiUrl: `${base}/api/`,
    workspace,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitForCall: (method, predicate = () => true, timeoutMs = 2000) =>
      waiters.wait(() => calls.find((c) => c.method === method && predicate(c)), timeoutMs, `a call to ${method}`),
    failNext(method, fault, times = 1) {
      const queue = faults.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(fault);
      faults.set(method, queue);
    },
    setUser: (id, profile) => workspace.users.set(id, profile),
    setUsergroup: (id, userIds) => workspace.usergroups.set(id, userIds),
    responseUrl: (id) => `${base}${RESPONSE_PATH}${encodeURIComponent(id)}`,
    attachSocketMode(source) {
      workspace.socketUrl = () => source.connectionUrl();
    },
    failWhen(method, match, fault) {
      rules.push({ method, match, fault });
    },
    reset() {
      calls.length = 0;
      faults.clear();
      rules.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets from the WebClient would hold close() open.
        for (const s of sockets) s.destroy();
      }),
  };
}

function authError(
  token: string | undefined,
  method: string,
  validTokens: string[] | undefined,
): SlackResponse | undefined {
  if (!token) return { ok: false, error: 'not_authed' };
  if (validTokens && !validTokens.includes(token)) return { ok: false, error: 'invalid_auth' };
  // apps.connections.open only accepts app-level tokens.
  if (method === 'apps.connections.open' && !token.startsWith('xapp-'))
    return { ok: false, error: 'not_allowed_token_type' };
  return undefined;
}

function answerFault(res: ServerResponse, fault: Fault): void {
  if ('dropConnection' in fault) {
    res.socket?.destroy();
    return;
  }
  if ('error' in fault) {
    send(res, 200, { ok: false, error: fault.error });
    return;
  }
  if (fault.status === 429) {
    send(res, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(fault.retryAfter) });
    return;
  }
  res.writeHead(500, { 'Content-Type': 'text/plain' });
  res.end('Internal Server Error');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
