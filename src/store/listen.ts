/**
 * LISTEN on PostgreSQL so an instance wakes as soon as another one commits something due now, instead
 * of waiting for its next poll. One dedicated connection; reconnects with backoff. A missed
 * notification costs at most one poll interval: the poll stays as the safety net.
 */
import pg from 'pg';
import type { Logger } from '../ports.ts';
import { WAKE_CHANNEL } from './drizzle-store.ts';

export function pgListener(url: string, searchPath?: string) {
  return async (onWake: () => void, log: Logger): Promise<() => Promise<void>> => {
    let client: pg.Client | null = null;
    let stopped = false;
    let retry: NodeJS.Timeout | null = null;
    let delay = 500;
    const connect = async (): Promise<void> => {
      const c = new pg.Client({
        connectionString: url,
        ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
      });
      c.on('notification', () => onWake());
      c.on('error', (err) => {
        // Class and code only (the store may not import the app's safeError; a connection error names no values).
        log.warn(
          { error: err.name, code: (err as NodeJS.ErrnoException).code },
          'LISTEN connection lost; reconnecting',
        );
        void c.end().catch(() => {});
        schedule();
      });
      try {
        await c.connect();
        await c.query(`LISTEN ${WAKE_CHANNEL}`);
        client = c;
        delay = 500;
        onWake(); // anything committed while we were not listening
      } catch (err) {
        log.warn({ error: (err as Error).message }, 'LISTEN connection failed; retrying');
        void c.end().catch(() => {});
        schedule();
      }
    };
    const schedule = () => {
      client = null;
      if (stopped || retry) return;
      retry = setTimeout(() => {
        retry = null;
        void connect();
      }, delay);
      retry.unref();
      delay = Math.min(delay * 2, 30_000);
    };
    await connect();
    return async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      await (client as pg.Client | null)?.end().catch(() => {});
    };
  };
}
