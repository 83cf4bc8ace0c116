/**
 * Slack's HTTP mode on our own http.Server in front of Bolt's HTTPReceiver, so that every request gets
 * an answer: a signed request whose body Bolt cannot route is refused here with 400 and a log line
 * (see request-shape.ts), and whatever else Bolt throws before a listener acknowledges is a 400 too,
 * never a 500 or a socket left hanging. Other routes (the ops listener's /healthz, /readyz, /metrics when
 * OPS_PORT equals PORT) are served first. Signature checks stay Bolt's: an unsigned request reaches it
 * untouched and gets its 401.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseForm } from 'node:querystring';
import { HTTPReceiver, isValidSlackRequest, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import { safeError } from '../../src/app/safe-error.ts';
import type { Logger } from '../../src/ports.ts';
import { boltLogger } from './bolt-logger.ts';
import { malformedReason } from './request-shape.ts';

export const EVENTS_PATH = '/slack/events';
/** Bolt's own limit (defaultBodyLimit). */
const BODY_LIMIT = 4 * 1024 * 1024;

/** Answers a request that is not Slack's (returns true when it did). */
export type OtherRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export function holdlineReceiver(signingSecret: string, log: Logger): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret,
    endpoints: EVENTS_PATH,
    logger: boltLogger(log),
    processEventErrorHandler: async ({ error, response }: ReceiverProcessEventErrorHandlerArgs) => {
      if (response.headersSent) return false;
      log.warn({ component: 'slack', error: safeError(error) }, 'slack request Bolt could not process; answered 400');
      response.writeHead(400);
      response.end();
      return true;
    },
  });
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The body as Bolt parses it (HTTPModuleFunctions.parseHTTPRequestBody); undefined when it cannot. */
function parseLikeBolt(raw: string, contentType: string | undefined): unknown {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseForm(raw);
      return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    }
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function signed(req: IncomingMessage, raw: string, signingSecret: string): boolean {
  const signature = req.headers['x-slack-signature'];
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (typeof signature !== 'string' || !Number.isFinite(timestamp)) return false;
  return isValidSlackRequest({
    signingSecret,
    body: raw,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
  });
}

/** Slack: refuse a request whose timestamp is more than five minutes away from now, either way. */
const MAX_SKEW_S = 5 * 60;

/** True when the request claims to be from more than five minutes in the future (Bolt checks only the past). */
function fromTheFuture(req: IncomingMessage, nowMs: number): boolean {
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  return Number.isFinite(timestamp) && timestamp - nowMs / 1000 > MAX_SKEW_S;
}

export function slackRequestListener(opts: {
  receiver: HTTPReceiver;
  signingSecret: string;
  log: Logger;
  other?: OtherRoutes | undefined;
  /** Wall-clock milliseconds, compared with the request's timestamp (Date.now by default). */
  now?: (() => number) | undefined;
}): RequestListener {
  const now = opts.now ?? Date.now;
  const bolt = opts.receiver.requestListener;
  const refuse = (res: ServerResponse, status: number, reason: string) => {
    opts.log.warn({ component: 'slack', status, reason }, 'malformed slack request refused');
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
    res.end();
  };
  return (req, res) => {
    if (opts.other?.(req, res)) return;
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== EVENTS_PATH) return bolt(req, res);
    if (fromTheFuture(req, now())) {
      // A replayable request signed ahead of time: refused like Bolt refuses a stale one.
      opts.log.warn({ component: 'slack', status: 401 }, 'slack request timestamp more than 5 minutes in the future');
      res.writeHead(401);
      res.end();
      req.resume();
      return;
    }
    readBody(req).then(
      (body) => {
        if (body === null) return refuse(res, 413, 'body larger than 4 MB');
        // Bolt reads rawBody instead of the (now consumed) stream.
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        const raw = body.toString();
        if (signed(req, raw, opts.signingSecret)) {
          const parsed = parseLikeBolt(raw, req.headers['content-type']);
          const reason = parsed === undefined ? null : malformedReason(parsed); // unparseable: Bolt's 400
          if (reason !== null) return refuse(res, 400, reason);
        }
        bolt(req, res);
      },
      () => refuse(res, 400, 'the request body could not be read'),
    );
  };
}

/** Listens on port/host; resolves with the server once it is bound (port 0: any free port). */
export function listen(listener: RequestListener, port: number, host: string): Promise<Server> {
  const server = createServer(listener);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export const boundPort = (server: Server): number => (server.address() as AddressInfo).port;

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Requests still open after a moment are cut: shutdown must finish within its grace period.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
