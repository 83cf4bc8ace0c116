/**
 * Store backends for tests: PGlite always (an in-memory copy of a migrated image, fast), and
 * PostgreSQL when TEST_DATABASE_URL is set (a fresh schema per store, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { migratedImage, openStore } from '../../src/store/open.ts';

let image: Promise<Blob | File> | null = null;

export interface Backend {
  readonly name: string;
  open(): Promise<DrizzleStore>;
}

const pglite: Backend = {
  name: 'pglite',
  async open() {
    image ??= migratedImage();
    return openStore({ kind: 'memory', loadDataDir: await image });
  },
};

const postgresUrl = process.env.TEST_DATABASE_URL;

const postgres: Backend = {
  name: 'postgres',
  async open() {
    if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `holdline_test_${randomBytes(6).toString('hex')}`;
    const store = await openStore({ kind: 'postgres', url: postgresUrl, schema, poolSize: 4 });
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    };
    return store;
  },
};

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const backends: readonly Backend[] = postgresUrl ? [pglite, postgres] : [pglite];

export class ManualClock {
  constructor(public t = Date.UTC(2026, 10, 23, 9, 0)) {}
  now = (): number => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

/** A logger that keeps every line, so tests can assert what reached (and did not reach) the logs. */
export class MemoryLog {
  readonly lines: { level: string; obj: object; msg?: string | undefined }[] = [];
  info = (obj: object, msg?: string) => this.push('info', obj, msg);
  warn = (obj: object, msg?: string) => this.push('warn', obj, msg);
  error = (obj: object, msg?: string) => this.push('error', obj, msg);
  debug = (obj: object, msg?: string) => this.push('debug', obj, msg);
  private push(level: string, obj: object, msg?: string) {
    this.lines.push({ level, obj, msg });
  }
}
