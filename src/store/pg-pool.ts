/**
 * The PostgreSQL pool, hardened for a database that restarts, fails over or stalls (docs/deploy.md):
 *
 * - Every client has an 'error' listener for its whole life. pg-pool listens only while a client is
 *   idle, and pg emits 'error' when the backend goes away (a restart sends 57P01): on a client checked
 *   out mid-transaction that was an unhandled 'error' event, and the process died.
 * - Keepalive, statement, query (client-side) and idle-in-transaction timeouts, so a stalled connection
 *   fails the work instead of hanging it.
 * - A broken client is given back to the pool at once, with its error, so the pool drops it. Drizzle
 *   0.45 sends BEGIN before its try/finally: a BEGIN that fails never released the client, and after
 *   `max` such failures the pool had no connection left. A client whose query timed out client-side
 *   still has that query in flight; its socket is destroyed so it cannot be reused.
 */
import pg from 'pg';
import type { Logger } from '../ports.ts';

export interface PoolOptions {
  readonly url: string;
  readonly max: number;
  readonly searchPath?: string | undefined;
  readonly connectMs: number;
  readonly statementMs: number;
  readonly idleInTransactionMs: number;
  readonly log?: Logger | undefined;
}

/** pg-pool's own test for a client it must not reuse (it reads the same fields). */
interface ClientInternals {
  _queryable?: boolean;
  _ending?: boolean;
}

const timedOut = (err: unknown) => (err as Error | null)?.message === 'Query read timeout';
const broken = (client: pg.PoolClient, err: unknown): boolean => {
  const c = client as unknown as ClientInternals;
  return timedOut(err) || c._queryable === false || c._ending === true;
};

class HoldlinePool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void;
  // biome-ignore lint/suspicious/noExplicitAny: pg-pool's overloads, passed through unchanged
  override connect(callback?: any): any {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => {
      const release = client.release;
      let released = false;
      client.release = (err?: Error | boolean) => {
        if (released) return;
        released = true;
        release(err);
      };
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      client.query = ((...args: unknown[]) => {
        const result = query(...args);
        if (result instanceof Promise)
          result.catch((err: unknown) => {
            // A query that timed out client-side is still in flight on this socket: close it for good.
            if (timedOut(err)) client.connection.stream.destroy();
            if (broken(client, err)) client.release(err instanceof Error ? err : true);
          });
        return result;
      }) as typeof client.query;
      return client;
    });
  }
}

export function createPool(o: PoolOptions): pg.Pool {
  const pool = new HoldlinePool({
    connectionString: o.url,
    max: o.max,
    connectionTimeoutMillis: o.connectMs,
    idleTimeoutMillis: 30_000,
    // A peer that vanished (failover, a cut network) is noticed by TCP instead of hanging for hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    statement_timeout: o.statementMs,
    query_timeout: o.statementMs + Math.min(5_000, o.statementMs),
    idle_in_transaction_session_timeout: o.idleInTransactionMs,
    application_name: 'holdline',
    ...(o.searchPath ? { options: `-c search_path=${o.searchPath}` } : {}),
  });
  const lost = (err: Error & { code?: string }) =>
    o.log?.warn({ error: err.message, code: err.code }, 'database connection lost; it is replaced on next use');
  pool.on('connect', (client) => client.on('error', lost));
  pool.on('error', () => {}); // idle clients: already logged by the listener above
  return pool;
}
