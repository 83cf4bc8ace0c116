/**
 * The secret that keys customer hashes. Production requires FLAG_PEPPER (config refuses to start
 * without it). In development on the embedded database a random pepper is created once inside the
 * data folder, so a demo needs no setup and hashes stay stable across restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../ports.ts';

export function loadPepper(config: Config, log: Logger): string {
  if (config.FLAG_PEPPER) return config.FLAG_PEPPER;
  if (config.DATABASE_URL)
    throw new Error(
      'FLAG_PEPPER must be set when using DATABASE_URL: every instance must hash customer references with the same secret.',
    );
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  const file = join(config.DATA_DIR, 'pepper.secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    log.warn({ file }, 'FLAG_PEPPER is not set: created a development pepper in the data folder');
  }
  return readFileSync(file, 'utf8').trim();
}
