/**
 * How long each `holdline` command takes from spawn to exit, beside `node -e 0` and a bare tsx
 * process, in one run (rounds alternate, so a loaded machine slows them alike). Each command prints
 * its usage (it loads what it needs and parses options, no store, no network), through tsx (`npm run
 * holdline`, the checkout) and from the production build (`node dist/src/cli/index.js`, after
 * `npm run build`). With `--other DIR` (another checkout, node_modules linked, built) its commands
 * run too, alternately, for a before/after in one run.
 *   npx tsx bench/cli-startup.ts [--rounds 3] [--other DIR] [--only tsx|dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, other: { type: 'string' }, only: { type: 'string' } },
});
const here = join(import.meta.dirname, '..');
const trees: [string, string][] = [['this', here]];
if (values.other) trees.push(['other', values.other]);

const COMMANDS: [string, string[]][] = [
  ['audit', ['audit', '--help']],
  ['config', ['config']],
  ['digest', ['digest', '--bogus']],
  ['discord', ['discord']],
  ['flags', ['flags']],
  ['pages', ['pages', '--bogus']],
  // The one command here that does real work: opens the embedded store (an existing data folder).
  ['pages stats (PGlite)', ['pages', 'stats']],
  ['practice', ['practice', '--bogus']],
];

const dir = mkdtempSync(join(tmpdir(), 'holdline-cli-bench-'));
const hello = join(dir, 'hello.ts');
writeFileSync(hello, "console.log('hi');\n");
const env = { ...process.env, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' };

type Case = [label: string, cmd: string, args: string[], cwd: string];
const cases: Case[] = [
  ['node -e 0', process.execPath, ['-e', '0'], here],
  ['tsx hello.ts', join(here, 'node_modules/.bin/tsx'), [hello], here],
];
for (const [tree, root] of trees)
  for (const [name, args] of COMMANDS) {
    if (values.only !== 'dist')
      cases.push([
        `${tree} tsx  ${name}`,
        join(root, 'node_modules/.bin/tsx'),
        [join(root, 'src/cli/index.ts'), ...args],
        root,
      ]);
    const built = join(root, 'dist/src/cli/index.js');
    if (values.only !== 'tsx' && existsSync(built))
      cases.push([`${tree} dist ${name}`, process.execPath, [built, ...args], root]);
  }

// Create the data folder once (first start, initdb), so every measured `pages stats` finds it.
spawnSync(join(here, 'node_modules/.bin/tsx'), [join(here, 'src/cli/index.ts'), 'pages', 'stats'], { cwd: here, env });
const times = new Map<string, number[]>(cases.map(([l]) => [l, []]));
try {
  for (let r = 0; r < Number(values.rounds); r++)
    for (const [label, cmd, args, cwd] of cases) {
      const t0 = performance.now();
      const res = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = performance.now() - t0;
      if (res.error) throw res.error;
      times.get(label)?.push(ms);
    }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const floor = median(times.get('node -e 0') ?? []);
console.log(
  `rounds: ${values.rounds} (medians, spawn → exit), load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
);
for (const [label] of cases) {
  const m = median(times.get(label) ?? []);
  console.log(`${label.padEnd(36)} ${m.toFixed(0).padStart(6)} ms  ${(m / floor).toFixed(1).padStart(5)}x node -e 0`);
}
