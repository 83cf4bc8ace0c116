/**
 * Opens the database: PostgreSQL when a URL is given, otherwise PGlite in a data folder (or in
 * memory for tests). Migrations run on every start; on PostgreSQL under an advisory lock so
 * several instances starting together migrate once.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Logger } from '../ports.ts';
import { preparePrivateDir, tightenFiles } from './data-dir.ts';
import { type Db, DrizzleStore } from './drizzle-store.ts';
import { acquireFolderLock } from './folder-lock.ts';
import { pgListener } from './listen.ts';
import { createPool } from './pg-pool.ts';
import { yieldingPglite } from './pglite-yield.ts';
import * as schema from './schema.ts';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 7_240_101; // any constant shared by all Holdline instances

/** How long PostgreSQL may take before a piece of work fails as "store unavailable" (docs/deploy.md). */
export interface PgTimeouts {
  /** Opening a connection (DATABASE_CONNECT_TIMEOUT_MS). */
  readonly connectMs?: number;
  /**
   * One statement (DATABASE_STATEMENT_TIMEOUT_MS): the server cancels it (statement_timeout), and the
   * client gives up a little later (query_timeout, up to 5 s more) when the server cannot even say so
   * (a black hole); that connection is then dropped, never reused (src/store/pg-pool.ts).
   */
  readonly statementMs?: number;
  /** A transaction left idle, e.g. by a stalled instance (DATABASE_IDLE_TX_TIMEOUT_MS). */
  readonly idleInTransactionMs?: number;
}

export const PG_DEFAULTS = { connectMs: 5_000, statementMs: 15_000, idleInTransactionMs: 30_000 } as const;

export type StoreOptions =
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly schema?: string;
      readonly poolSize?: number;
      readonly timeouts?: PgTimeouts;
      /** Where lost connections are logged (they are expected during a database restart). */
      readonly log?: Logger;
    }
  | {
      readonly kind: 'pglite';
      readonly dataDir: string;
      /** Where a data folder open to other users is warned about. */
      readonly log?: Logger;
      /** Told how many claims of a previous (dead) process were released at open. */
      readonly onReleased?: (count: number) => void;
    }
  | { readonly kind: 'memory'; readonly loadDataDir?: Blob };

// pg returns bigint and numeric as strings; Holdline's counts fit in a JS number, as PGlite returns them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/**
 * `signal` (shutdown requested): a migration waiting for another instance's lock is given up at once; an
 * embedded database still being created is closed (and its folder lock released) as soon as it is.
 */
export async function openStore(opts: StoreOptions, signal?: AbortSignal): Promise<DrizzleStore> {
  if (opts.kind === 'postgres') return openPostgres(opts, signal);
  if (opts.kind === 'memory') {
    const client = await PGlite.create(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
    return openPglite(client, () => client.close());
  }
  preparePrivateDir(opts.dataDir, opts.log);
  const release = acquireFolderLock(opts.dataDir);
  try {
    const client = await PGlite.create({ dataDir: opts.dataDir });
    tightenFiles(opts.dataDir);
    if (signal?.aborted) {
      await client.close();
      throw new Error('stopped while opening the database');
    }
    const store = await openPglite(client, async () => {
      await client.close();
      tightenFiles(opts.dataDir);
      release();
    });
    // The folder lock proves whoever held claims in this folder is gone (crashed): their pages need not
    // wait out the claim lease (30 s) before this process delivers them.
    const freed = await store.releaseClaims();
    if (freed > 0) opts.onReleased?.(freed);
    return store;
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * A store over a PGlite the caller already holds (tests lend one instance to many stores, since a
 * new PGlite costs ~0.5 s); `onClose` replaces closing it.
 */
export async function openPglite(client: PGlite, onClose: () => Promise<void>): Promise<DrizzleStore> {
  // Each statement yields to the event loop first, so network I/O never waits behind a chain of them.
  const db = drizzlePglite(yieldingPglite(client), { schema });
  await migratePglite(db, { migrationsFolder });
  return new DrizzleStore(db as unknown as Db, onClose);
}

async function openPostgres(
  opts: Extract<StoreOptions, { kind: 'postgres' }>,
  signal: AbortSignal | undefined,
): Promise<DrizzleStore> {
  const { url, schema: searchPath } = opts;
  const t = { ...PG_DEFAULTS, ...opts.timeouts };
  await migrate(url, searchPath, t.connectMs, signal);
  const pool = createPool({ url, max: opts.poolSize ?? 10, searchPath, ...t, log: opts.log });
  const db = drizzlePg(pool, { schema });
  return new DrizzleStore(db as unknown as Db, () => pool.end(), pgListener(url, searchPath));
}

/**
 * Migrations on a connection of their own, without the pool's statement timeouts (an index on a large
 * table may take a while, and another instance may hold the lock while it migrates).
 */
async function migrate(
  url: string,
  searchPath: string | undefined,
  connectMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: connectMs,
    keepAlive: true,
    application_name: 'holdline-migrate',
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  client.on('error', () => {}); // a lost connection fails the query in progress, which is thrown below
  // Ending the connection ends the migration (its transaction rolls back) and any wait for the lock.
  const stop = () => void client.end().catch(() => {});
  signal?.addEventListener('abort', stop, { once: true });
  await client.connect();
  try {
    if (searchPath) await client.query(`CREATE SCHEMA IF NOT EXISTS "${searchPath}"`);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg(client, { schema }), {
        migrationsFolder,
        ...(searchPath ? { migrationsSchema: searchPath } : {}),
      });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    await client.end().catch(() => {});
  }
  if (signal?.aborted) throw new Error('stopped while migrating the database');
}

/** A migrated, empty in-memory database image: tests load it instead of migrating each time. */
export async function migratedImage(): Promise<Blob | File> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
  const image = await client.dumpDataDir('none');
  await client.close();
  return image;
}
