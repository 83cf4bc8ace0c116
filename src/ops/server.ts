/**
 * The ops listener: GET /healthz, /readyz (JSON detail; 200 or 503) and /metrics (Prometheus text).
 * Its own port (OPS_PORT), or, in Slack HTTP mode with OPS_PORT equal to PORT, Bolt's port: the Slack
 * adapter serves these routes first (`handler` is what it is given).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { safeError } from '../app/safe-error.ts';
import type { Logger } from '../ports.ts';
import type { Health, Probe } from './health.ts';
import type { OpsMetrics } from './metrics.ts';

export const OPS_ROUTES = ['/healthz', '/readyz', '/metrics'] as const;

const json = (res: ServerResponse, p: Probe) => {
  res.writeHead(p.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(`${JSON.stringify(p.body)}\n`);
};

/** Returns true when it answered the request (one of its routes). */
export function opsHandler(health: Health, metrics: OpsMetrics, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !OPS_ROUTES.includes(path as never)) return false;
    const fail = (err: unknown) => {
      log.error({ error: safeError(err), path }, 'ops route failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    };
    if (path === '/healthz') json(res, health.live());
    else if (path === '/readyz') health.ready().then((p) => json(res, p), fail);
    else
      metrics.text().then((body) => {
        res.writeHead(200, { 'content-type': metrics.contentType });
        res.end(body);
      }, fail);
    return true;
  };
}

/** A server of its own for the ops routes; everything else is 404. Resolves once bound. */
export function startOpsServer(
  handle: (req: IncomingMessage, res: ServerResponse) => boolean,
  port: number,
  host: string,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (handle(req, res)) return;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
