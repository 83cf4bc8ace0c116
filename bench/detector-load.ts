/**
 * What loading the detector costs a process: time to import `src/engine/detector` and run the first
 * detect(), and the heap and RSS that stay after a full GC, beside a process that only starts (the
 * floor), in one run. With a second root (a checkout of another commit, its node_modules linked) it
 * measures that tree's detector too, alternately, for a side-by-side before/after.
 *   npx tsx bench/detector-load.ts [rounds] [other-root]
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 5);
const other = process.argv[3];

interface Sample {
  ms: number;
  heap: number;
  /** ArrayBuffers and other memory outside the JS heap (the model's typed arrays live here). */
  ext: number;
  rss: number;
  /** Peak RSS of the process so far (VmHWM). */
  peak: number;
}

/** Runs in a child: `node --expose-gc --import tsx -e …`, prints one JSON line. */
function child(detectorDir: string | null): Sample {
  const load = detectorDir
    ? `const { detect } = await import(${JSON.stringify(join(detectorDir, 'src/engine/detector/index.ts'))}); detect('I will sue you, you idiot', 'en');`
    : '';
  const script = `const t0 = performance.now(); ${load} const ms = performance.now() - t0; globalThis.gc(); globalThis.gc();
const m = process.memoryUsage(); const hwm = Number(/VmHWM:\\s+(\\d+)/.exec((await import('node:fs')).readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
console.log(JSON.stringify({ ms, heap: m.heapUsed / 2 ** 20, ext: m.external / 2 ** 20, rss: m.rss / 2 ** 20, peak: hwm / 1024 }));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Sample;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const trees: [string, string | null][] = [
  ['bare node + tsx (floor)', null],
  ['this tree', root],
];
if (other) trees.push([`other tree (${other})`, other]);
const samples = new Map<string, Sample[]>(trees.map(([name]) => [name, []]));
for (let i = 0; i < rounds; i++) for (const [name, dir] of trees) samples.get(name)?.push(child(dir));

console.log(
  `rounds: ${rounds} (medians), Node ${process.version}, load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
);
const floor = samples.get(trees[0]?.[0] ?? '') ?? [];
const fHeap = median(floor.map((s) => s.heap));
const fRss = median(floor.map((s) => s.rss));
const fExt = median(floor.map((s) => s.ext));
const fPeak = median(floor.map((s) => s.peak));
for (const [name] of trees) {
  const s = samples.get(name) ?? [];
  const ms = median(s.map((x) => x.ms));
  const heap = median(s.map((x) => x.heap));
  const rss = median(s.map((x) => x.rss));
  const ext = median(s.map((x) => x.ext));
  const peak = median(s.map((x) => x.peak));
  console.log(
    `${name.padEnd(34)} import+first detect ${ms.toFixed(0).padStart(5)} ms  heap ${heap.toFixed(1).padStart(6)} MiB (+${(heap - fHeap).toFixed(1)}), external ${(ext - fExt).toFixed(1)} MiB  RSS ${rss.toFixed(0).padStart(4)} MiB (+${(rss - fRss).toFixed(0)}), peak ${peak.toFixed(0)} MiB (+${(peak - fPeak).toFixed(0)})`,
  );
}
