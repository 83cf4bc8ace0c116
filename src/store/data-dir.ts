/**
 * The embedded database's folder holds every note, flag and check-in in clear (PGlite writes the WAL
 * with them), so it is private to the user Holdline runs as: created 0700. PGlite sets 0666 on the
 * files it writes whatever the umask (measured: PGlite 0.5, umask 077), so the files are tightened to
 * 0600 (folders 0700) when the store opens and again when it closes; a WAL segment created in between
 * is behind the 0700 folder. A folder that already lets group or other in is not changed behind the
 * operator's back: start-up warns with the command that fixes it.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../ports.ts';

/** Creates `dir` private (0700) when missing; returns its permission bits as they are now. */
export function preparePrivateDir(dir: string, log?: Logger): number {
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existed) chmodSync(dir, 0o700);
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) !== 0)
    log?.warn(
      { dataDir: dir, mode: `0${mode.toString(8)}` },
      `the data folder can be read by other users of this machine; it holds notes and flags in clear: run chmod 700 ${dir}`,
    );
  return mode;
}

/** Takes group and other bits off every file (0600) and folder (0700) under `dir`; returns how many changed. */
export function tightenFiles(dir: string): number {
  let changed = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      const mode = statSync(path).mode & 0o777;
      if ((mode & 0o077) === 0) continue;
      chmodSync(path, entry.isDirectory() ? 0o700 : 0o600);
      changed++;
    } catch {
      // Removed while we looked (a WAL segment recycled): nothing to tighten.
    }
  }
  return changed;
}
