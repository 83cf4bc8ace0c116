/**
 * PGlite has no lock between processes: two processes opening one data folder would corrupt it.
 * A lock file holding the owner's pid guards it; a lock left by a dead process is taken over.
 *
 * A lock holding this process's OWN pid is stale too: this process has not written it (the ones it
 * holds are in `held`), so an earlier process with the same pid left it. In a container the pid is
 * the same at every start (often 1), so after an unclean exit the new process finds its own pid.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Lock files this process holds (a second open of the same folder in one process is refused). */
const held = new Set<string>();
// An exit forced past the shutdown grace period (src/lifecycle.ts) still removes them: nothing of this
// process writes to the folder after it exits.
process.once('exit', () => {
  for (const file of held) rmSync(file, { force: true });
});

export class FolderInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `Another Holdline process (pid ${pid}) is using the data folder ${dir}. ` +
        'Stop it first, or give this one its own DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several instances.',
    );
    this.name = 'FolderInUseError';
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function acquireFolderLock(dir: string): () => void {
  const file = resolve(join(dir, 'holdline.lock'));
  if (held.has(file)) throw new FolderInUseError(dir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      held.add(file);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) throw new FolderInUseError(dir, pid);
      rmSync(file, { force: true }); // stale: its owner is gone (or had our pid in an earlier life)
    }
  }
  throw new Error(`Could not lock the data folder ${dir}`);
}
