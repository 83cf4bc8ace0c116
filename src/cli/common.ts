/** Helpers shared by the `holdline` commands. */
import { type Config, ConfigError, loadConfig } from '../config.ts';
import type { DrizzleStore } from '../store/drizzle-store.ts';
import type { CliIo } from './index.ts';

/** The configuration, or null after printing every bad key (the caller exits with 2). */
export function readConfig(io: CliIo): Config | null {
  try {
    return loadConfig(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(err.message);
      return null;
    }
    throw err;
  }
}

/**
 * The store a command works on: PostgreSQL when DATABASE_URL is set, else the embedded data folder.
 * Loaded on demand (issue 19): commands that never open a store do not load the database drivers.
 */
export async function openCliStore(config: Config, poolSize?: number): Promise<DrizzleStore> {
  const { openStore } = await import('../store/open.ts');
  return openStore(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, ...(poolSize === undefined ? {} : { poolSize }) }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
}
