/**
 * Reads a trace written by bench/lib/trace.ts (bench/slack-ack.ts --trace=DIR) and says what
 * happened around the slowest acks: the event-loop stalls, GC pauses, runner ticks, store calls
 * and outbound Web API responses that overlapped each one.
 *
 *   npx tsx bench/slack-trace-report.ts DIR/holdline-<pid>.json [slowest=1%]
 */
import { readFileSync } from 'node:fs';
import type { Span } from './lib/trace.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: slack-trace-report.ts TRACE.json');
const { spans } = JSON.parse(readFileSync(file, 'utf8')) as { spans: Span[] };
const of = (kind: string) => spans.filter((s) => s.kind === kind);
const dur = (s: Span) => s.end - s.start;
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
const f = (v: number) => v.toFixed(1);
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const server = of('server');
// Startup (WASM compile, module loading) and shutdown are not part of the run.
const first = Math.min(...server.map((s) => s.start));
const last = Math.max(...server.map((s) => s.end));
const inRun = (xs: Span[]) => xs.filter((s) => s.end >= first && s.start <= last);
const stalls = inRun(of('stall'));
const gcs = inRun(of('gc'));
const ticks = inRun(of('tick'));
const store = inRun(of('store'));
const client = inRun(of('client'));
const durs = server.map(dur);
console.log(
  `${file}: ${server.length} requests; server time p50 ${f(pct(durs, 50))} p99 ${f(pct(durs, 99))} max ${f(pct(durs, 100))} ms`,
);
const total = (xs: Span[]) => xs.reduce((a, s) => a + dur(s), 0);
console.log(
  `whole run ${f(last - first)} ms: stalls ${stalls.length} (${f(total(stalls))} ms, p99 ${f(pct(stalls.map(dur), 99))}, max ${f(pct(stalls.map(dur), 100))}); ` +
    `gc ${gcs.length} (${f(total(gcs))} ms, max ${f(pct(gcs.map(dur), 100))}); ticks ${ticks.length} (${f(total(ticks))} ms, max ${f(pct(ticks.map(dur), 100))}); ` +
    `store calls ${store.length}; outbound calls ${client.length}; ` +
    `connections accepted ${inRun(of('accept')).length}, opened ${inRun(of('connect')).length}`,
);
const byName = new Map<string, number>();
for (const s of [...store, ...client])
  byName.set(`${s.kind}:${s.detail}`, (byName.get(`${s.kind}:${s.detail}`) ?? 0) + 1);
console.log(`calls by name: ${JSON.stringify(Object.fromEntries(byName))}`);

// The slowest requests, and how much of each one the event loop spent stalled (and on what).
const share = Number(process.argv[3] ?? 1);
const slow = [...server]
  .sort((a, b) => dur(b) - dur(a))
  .slice(0, Math.max(1, Math.round((server.length * share) / 100)));
let stalled = 0;
let gcIn = 0;
let tickIn = 0;
let withTick = 0;
let withGc = 0;
for (const r of slow) {
  // A request waits for stalls that began before it was even read, so look back 20 ms.
  const win = { kind: 'w', start: r.start - 20, end: r.end };
  const st = stalls.filter((s) => overlap(s, win) > 0);
  const g = gcs.filter((s) => overlap(s, win) > 0);
  const t = ticks.filter((s) => overlap(s, win) > 0);
  stalled += st.reduce((a, s) => a + overlap(s, win), 0);
  gcIn += g.reduce((a, s) => a + overlap(s, win), 0);
  tickIn += t.length;
  if (t.length > 0) withTick++;
  if (g.length > 0) withGc++;
}
const slowTime = slow.reduce((a, s) => a + dur(s) + 20, 0);
console.log(
  `slowest ${slow.length} (≥ ${f(dur(slow[slow.length - 1] as Span))} ms): stalled ${f((100 * stalled) / slowTime)}% of their time; ` +
    `${withGc} overlap a GC (${f(gcIn)} ms in all), ${withTick} overlap a runner tick (${tickIn} ticks)`,
);
// Concurrency: how many requests and outbound calls were in flight when each slow one started.
const inflight = (t: number, xs: Span[]) => xs.filter((s) => s.start <= t && s.end > t).length;
const slowIn = slow.map((r) => inflight(r.start, server));
const allIn = server.map((r) => inflight(r.start, server));
const slowOut = slow.map((r) => inflight(r.start, client));
const allOut = server.map((r) => inflight(r.start, client));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
  `in flight at start: requests ${f(mean(slowIn))} (all: ${f(mean(allIn))}), outbound calls ${f(mean(slowOut))} (all: ${f(mean(allOut))})`,
);
for (const r of slow.slice(0, 5)) {
  const win = { kind: 'w', start: r.start - 20, end: r.end };
  const near = spans
    .filter((s) => s.kind !== 'server' && s.kind !== 'client' && overlap(s, win) > 0)
    .map((s) => `${s.kind}${s.detail ? `:${s.detail}` : ''} ${f(s.start - r.start)}+${f(dur(s))}`);
  console.log(`  ${f(dur(r))} ms at ${f(r.start - first)}: ${near.join(', ') || '(nothing)'}`);
}
