/**
 * Restart-to-page after SIGKILL (issue 15): a real child process (tests/paging/crash-child.ts) on an
 * embedded-database folder commits 5 escalations (10 page messages), claims them and is killed with SIGKILL
 * just before the first is sent. It is restarted at the same moment of its clock (the dead process's 30 s
 * claim lease has not run out) and the time from spawn to the first page on the "platform" is measured,
 * beside the start-up time of the same process with nothing to deliver.
 *   npx tsx bench/restart-to-page.ts [rounds]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = join(root, 'tests/paging/crash-child.ts');
const rounds = Number(process.argv[2] ?? 3);
const T0 = Date.UTC(2026, 10, 23, 9, 0);

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

function run(dir: string, file: string, mode: string[], hold?: string) {
  const t0 = performance.now();
  const before = lines(file).length;
  let firstPage: number | null = null;
  const p = spawn(process.execPath, ['--import', 'tsx', child, dir, file, String(T0), ...mode], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(hold ? { HOLD_AT: hold, HOLD_N: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = setInterval(() => {
    if (firstPage === null && lines(file).length > before) firstPage = performance.now() - t0;
  }, 2);
  let out = '';
  p.stdout.on('data', (b: Buffer) => {
    out += b.toString();
    if (hold && out.includes('HOLD ')) p.kill('SIGKILL');
  });
  let err = '';
  p.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  return new Promise<{ firstPage: number | null; total: number; out: string; err: string }>((resolve) =>
    p.on('close', () => {
      clearInterval(watch);
      if (firstPage === null && lines(file).length > before) firstPage = performance.now() - t0;
      resolve({ firstPage, total: performance.now() - t0, out, err });
    }),
  );
}

for (let r = 0; r < rounds; r++) {
  const dir = mkdtempSync(join(tmpdir(), 'holdline-restart-'));
  const file = join(dir, 'platform.txt');
  try {
    await run(dir, file, ['create', '5'], 'before-send'); // committed and claimed, killed before sending
    const restart = await run(dir, file, ['drain']);
    const idle = await run(dir, file, ['drain']); // same process, nothing left to deliver
    const ids = lines(file).map((l) => l.split(' ')[0]);
    console.log(
      `round ${r + 1}: restart → first page ${restart.firstPage?.toFixed(0) ?? 'never'} ms, restart → all done ` +
        `${restart.total.toFixed(0)} ms; start-up with nothing due ${idle.total.toFixed(0)} ms; pages ${ids.length}, ` +
        `duplicates ${ids.length - new Set(ids).size}${restart.err ? `; stderr: ${restart.err.slice(0, 200)}` : ''}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
