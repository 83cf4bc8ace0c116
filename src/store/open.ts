/**
 * Opens the database: PostgreSQL when a URL is given, otherwise PGlite in a data folder (or in
 * memory for tests). Migrations run on every start; on PostgreSQL under an advisory lock so
 * several instances starting together migrate once.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Db, DrizzleStore } from './drizzle-store.ts';
import { acquireFolderLock } from './folder-lock.ts';
import { pgListener } from './listen.ts';
import { yieldingPglite } from './pglite-yield.ts';
import * as schema from './schema.ts';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 7_240_101; // any constant shared by all Holdline instances

export type StoreOptions =
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string; readonly poolSize?: number }
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'memory'; readonly loadDataDir?: Blob };

// pg returns bigint and numeric as strings; Holdline's counts fit in a JS number, as PGlite returns them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export async function openStore(opts: StoreOptions): Promise<DrizzleStore> {
  if (opts.kind === 'postgres') return openPostgres(opts.url, opts.schema, opts.poolSize ?? 10);
  if (opts.kind === 'memory') {
    const client = await PGlite.create(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
    return openPglite(client, () => client.close());
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const release = acquireFolderLock(opts.dataDir);
  try {
    const client = await PGlite.create({ dataDir: opts.dataDir });
    return await openPglite(client, async () => {
      await client.close();
      release();
    });
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

async function openPostgres(url: string, searchPath: string | undefined, max: number): Promise<DrizzleStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5_000,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  const client = await pool.connect();
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
    client.release();
  }
  const db = drizzlePg(pool, { schema });
  return new DrizzleStore(db as unknown as Db, () => pool.end(), pgListener(url, searchPath));
}

/** A migrated, empty in-memory database image: tests load it instead of migrating each time. */
export async function migratedImage(): Promise<Blob | File> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
  const image = await client.dumpDataDir('none');
  await client.close();
  return image;
}
