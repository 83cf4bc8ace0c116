/** Helpers shared by the `holdline` commands. */
import { type Config, ConfigError, loadConfig } from '../config.ts';
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
