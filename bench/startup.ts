/**
 * Start-up of `npm start` (the terminal adapter) with an existing data folder: time from spawn to the
 * first prompt, and the process's RSS at that moment; beside a bare `tsx` process that prints one
 * line (the floor: Node + TypeScript loader), in the same run.
 * With a second checkout (node_modules linked), its `npm start` runs too, alternately: a before/after
 * in one run.
 *   npx tsx bench/startup.ts [rounds] [other-root]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 5);
const otherRoot = process.argv[3];

/** RSS of a process and all its descendants (tsx runs the script in a child node process). */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    children = [];
  }
  return kb / 1024 + children.reduce((sum, c) => sum + rssMiB(c), 0);
}

/** Spawns, waits for `marker` on stdout, samples RSS, then closes stdin and waits for exit. */
function measure(
  args: string[],
  marker: string,
  env: Record<string, string>,
  cwd = root,
): Promise<{ ms: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(join(cwd, 'node_modules', '.bin', 'tsx'), args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    let result: { ms: number; rss: number } | null = null;
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (result === null && out.includes(marker)) {
        result = { ms: performance.now() - t0, rss: child.pid ? rssMiB(child.pid) : 0 };
        child.stdin.end('q\n');
      }
    });
    child.on('error', reject);
    child.on('close', () => (result ? resolve(result) : reject(new Error(`no "${marker}" in output: ${out}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const dir = mkdtempSync(join(tmpdir(), 'holdline-bench-'));
const hello = join(dir, 'hello.ts');
writeFileSync(
  hello,
  "process.stdout.write('ready\\n'); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));\n",
);
const env = { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn', HOLDLINE_AGENT: 'bench' };
try {
  await measure(['src/main.ts'], 'Press Enter', env); // first start creates the data folder (initdb)
  const holdline: { ms: number; rss: number }[] = [];
  const bare: { ms: number; rss: number }[] = [];
  const other: { ms: number; rss: number }[] = [];
  const otherEnv = { ...env, DATA_DIR: join(dir, 'data-other') };
  if (otherRoot) await measure(['src/main.ts'], 'Press Enter', otherEnv, otherRoot);
  for (let i = 0; i < rounds; i++) {
    bare.push(await measure([hello], 'ready', {}));
    holdline.push(await measure(['src/main.ts'], 'Press Enter', env));
    if (otherRoot) other.push(await measure(['src/main.ts'], 'Press Enter', otherEnv, otherRoot));
  }
  const h = { ms: median(holdline.map((r) => r.ms)), rss: median(holdline.map((r) => r.rss)) };
  const b = { ms: median(bare.map((r) => r.ms)), rss: median(bare.map((r) => r.rss)) };
  console.log(`rounds: ${rounds} (medians), existing data folder`);
  console.log(`bare tsx process      : ${b.ms.toFixed(0)} ms to first line, RSS ${b.rss.toFixed(0)} MiB`);
  console.log(`holdline npm start    : ${h.ms.toFixed(0)} ms to first prompt, RSS ${h.rss.toFixed(0)} MiB`);
  console.log(`ratio (holdline/bare) : time ${(h.ms / b.ms).toFixed(2)}x, RSS ${(h.rss / b.rss).toFixed(2)}x`);
  if (otherRoot) {
    const o = { ms: median(other.map((r) => r.ms)), rss: median(other.map((r) => r.rss)) };
    console.log(
      `other tree npm start  : ${o.ms.toFixed(0)} ms to first prompt, RSS ${o.rss.toFixed(0)} MiB (${otherRoot})`,
    );
    console.log(`ratio (other/bare)    : time ${(o.ms / b.ms).toFixed(2)}x, RSS ${(o.rss / b.rss).toFixed(2)}x`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
