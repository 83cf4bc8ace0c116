/**
 * Slash-command ack latency: Holdline's Slack app (bench/slack-holdline-app.ts) against a bare Bolt
 * app that only acks (bench/slack-bare-app.ts), each in its own process, same load, same run.
 * Holdline's /complaint here takes the usual path: ack, then users.info and views.open (the start
 * form prefilled with the reference and what was said).
 *
 *   npx tsx bench/slack-ack.ts [count=2000] [ratePerSec=200] [rounds=3] [--trace=DIR] [--open-baseline] [--backend=pglite|postgres] [--cpu-prof=DIR]
 *
 * Each round also prints the app's CPU time per request (user + system, from /proc), and for
 * Holdline the fake Web API's. --trace=DIR makes both apps write bench/lib/trace.ts traces
 * (per-request server times, event-loop stalls, GC, runner ticks, store calls) into DIR;
 * `npx tsx bench/slack-trace-report.ts DIR/holdline-*.json` explains the slow ones.
 * --open-baseline adds a third app between Holdline and the second bare run: bare Bolt that acks
 * and then calls views.open with the same form (the Web API work Holdline cannot skip).
 * --cpu-prof=DIR writes a V8 CPU profile of the Holdline process (and bare+open) into DIR.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type BenchApp, cpuMs, fireSlashCommands, spawnBenchApp, summarize } from './lib/slack-load.ts';

const SECRET = 'bench-signing-secret';
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const openBaseline = process.argv.includes('--open-baseline');
const backend = process.argv.find((a) => a.startsWith('--backend='))?.slice('--backend='.length) ?? 'pglite';
process.env.BENCH_BACKEND = backend; // pglite (in memory) or postgres (TEST_DATABASE_URL)
const profDir = process.argv.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
const profile = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
const traceDir = process.argv.find((a) => a.startsWith('--trace='))?.slice('--trace='.length);
if (traceDir) process.env.BENCH_TRACE = traceDir; // inherited by the app processes
const count = Number(positional[0] ?? 2000);
const ratePerSec = Number(positional[1] ?? 200);
const rounds = Number(positional[2] ?? 3);
const ms = (v: number): string => `${v.toFixed(2)} ms`;
const text = (i: number) => `cust-${i}@example.com they keep swearing at me`;
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));

async function measure(name: string, app: BenchApp, helper?: BenchApp) {
  await fireSlashCommands({ url: app.url, signingSecret: SECRET, count: 300, ratePerSec, text }); // warm-up
  const all: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    const cpu0 = cpuMs(app.pid);
    const helper0 = helper ? cpuMs(helper.pid) : 0;
    const run = await fireSlashCommands({ url: app.url, signingSecret: SECRET, count, ratePerSec, text });
    const s = summarize(run.samples);
    const cpu = `cpu ${((cpuMs(app.pid) - cpu0) / count).toFixed(2)} ms/req${
      helper ? ` (fake API ${((cpuMs(helper.pid) - helper0) / count).toFixed(2)})` : ''
    }`;
    all.push(...run.samples);
    console.log(
      `${name.padEnd(9)} round ${r}: n=${run.samples.length}/${count} @${ratePerSec}/s statuses=${JSON.stringify(run.statuses)} ` +
        `p50 ${ms(s.p50)} p90 ${ms(s.p90)} p99 ${ms(s.p99)} max ${ms(s.max)} ${cpu} (load ${loadavg()[0]?.toFixed(2) ?? '?'})`,
    );
  }
  return summarize(all);
}

// Each app runs its rounds while the other is idle: bare first and again last, so drift in the
// machine's load shows up as a difference between the two bare runs. The fake Web API Holdline
// calls after acking runs in a third process.
const bare = await spawnBenchApp(script('./slack-bare-app.ts'), [SECRET]);
const webApi = await spawnBenchApp(script('./slack-fake-api.ts'));
const holdline = await spawnBenchApp(script('./slack-holdline-app.ts'), [SECRET, webApi.url], profile);
const bareOpen = openBaseline
  ? await spawnBenchApp(script('./slack-bare-app.ts'), [SECRET, webApi.url], profile)
  : null;
try {
  const b1 = await measure('bare', bare);
  const h = await measure('holdline', holdline, webApi);
  const o = bareOpen ? await measure('bare+open', bareOpen, webApi) : null;
  const b2 = await measure('bare', bare);
  const b = { p50: Math.max(b1.p50, b2.p50), p99: Math.max(b1.p99, b2.p99) };
  console.log(`\nbare     p50 ${ms(b1.p50)} / ${ms(b2.p50)}  p99 ${ms(b1.p99)} / ${ms(b2.p99)} (before / after)`);
  console.log(`holdline (${backend}) p50 ${ms(h.p50)}  p99 ${ms(h.p99)}  max ${ms(h.max)}`);
  console.log(
    `ratio holdline/bare (worse bare run): p50 ${(h.p50 / b.p50).toFixed(2)}x  p99 ${(h.p99 / b.p99).toFixed(2)}x ` +
      `(target p99 ≤ 1.5x, and well under 3000 ms)`,
  );
  if (o) {
    console.log(
      `bare+open p50 ${ms(o.p50)}  p99 ${ms(o.p99)}; holdline/bare+open: p50 ${(h.p50 / o.p50).toFixed(2)}x  p99 ${(h.p99 / o.p99).toFixed(2)}x`,
    );
  }
} finally {
  await bareOpen?.stop();
  await holdline.stop();
  await webApi.stop();
  await bare.stop();
}
