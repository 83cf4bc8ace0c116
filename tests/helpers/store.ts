/**
 * Store backends for tests: PGlite always (an in-memory copy of a migrated image, fast), and
 * PostgreSQL when TEST_DATABASE_URL is set (a fresh schema per store, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { migratedImage, openPglite, openStore } from '../../src/store/open.ts';

let image: Promise<Blob | File> | null = null;

/**
 * A new PGlite costs ~0.5 s of CPU (WebAssembly start plus loading the image), and the suite opens
 * hundreds of stores. So a closed store's PGlite goes back to this worker's pool, and the next store
 * gets it with every table emptied (TRUNCATE … RESTART IDENTITY): the same empty, migrated database
 * a new instance would be.
 */
const idle: PGlite[] = [];
/**
 * Only inside vitest's workers, which vitest ends itself: a used PGlite keeps a timer of its own
 * (PostgreSQL's idle statistics timeout) that would keep a child process of a test from exiting.
 */
const pooling = '__vitest_worker__' in globalThis;

async function emptied(client: PGlite): Promise<boolean> {
  try {
    const { rows } = await client.query<{ t: string }>(
      `select quote_ident(schemaname) || '.' || quote_ident(tablename) as t from pg_tables
        where schemaname = current_schema()`,
    );
    if (rows.length > 0) await client.exec(`TRUNCATE ${rows.map((r) => r.t).join(', ')} RESTART IDENTITY CASCADE`);
    return true;
  } catch {
    await client.close().catch(() => {});
    return false;
  }
}

const template = (): Promise<Blob | File> => {
  image ??= migratedImage();
  return image;
};

async function lease(): Promise<PGlite> {
  for (let client = idle.pop(); client; client = idle.pop()) if (await emptied(client)) return client;
  return PGlite.create({ loadDataDir: await template() });
}

/**
 * The lent PGlite as the store sees it: once the store is closed, anything still holding it (a
 * runner that was not stopped) fails as on a closed database, never touching the next test's data.
 */
function lent(client: PGlite): { view: PGlite; end(): void } {
  let live = true;
  const closed = async () => {
    throw new Error('PGlite is closed');
  };
  const view = new Proxy(client, {
    get(target, prop) {
      if (prop === 'closed') return !live || target.closed;
      if (!live && (prop === 'query' || prop === 'exec' || prop === 'transaction' || prop === 'sql')) return closed;
      // PGlite keeps its state in #private fields: its methods must run with the real instance as `this`.
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const end = (): void => {
    live = false;
  };
  return { view, end };
}

export interface Backend {
  readonly name: string;
  open(): Promise<DrizzleStore>;
}

const pglite: Backend = {
  name: 'pglite',
  async open() {
    if (!pooling) return openStore({ kind: 'memory', loadDataDir: await template() });
    const client = await lease();
    const { view, end } = lent(client);
    return openPglite(view, async () => {
      end();
      idle.push(client);
    });
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
