/**
 * Slash-command ack latency: Holdline's Slack app (bench/slack-holdline-app.ts) against a bare Bolt
 * app that only acks (bench/slack-bare-app.ts), each in its own process, same load, same run.
 * Holdline's /complaint here takes the usual path: ack, then users.info and views.open (the start
 * form prefilled with the reference and what was said).
 *
 *   npx tsx bench/slack-ack.ts [count=2000] [ratePerSec=200] [rounds=3]
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type BenchApp, fireSlashCommands, spawnBenchApp, summarize } from './lib/slack-load.ts';

const SECRET = 'bench-signing-secret';
const count = Number(process.argv[2] ?? 2000);
const ratePerSec = Number(process.argv[3] ?? 200);
const rounds = Number(process.argv[4] ?? 3);
const ms = (v: number): string => `${v.toFixed(2)} ms`;
const text = (i: number) => `cust-${i}@example.com they keep swearing at me`;
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));

async function measure(name: string, app: BenchApp) {
  await fireSlashCommands({ url: app.url, signingSecret: SECRET, count: 300, ratePerSec, text }); // warm-up
  const all: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    const run = await fireSlashCommands({ url: app.url, signingSecret: SECRET, count, ratePerSec, text });
    const s = summarize(run.samples);
    all.push(...run.samples);
    console.log(
      `${name.padEnd(8)} round ${r}: n=${run.samples.length}/${count} @${ratePerSec}/s statuses=${JSON.stringify(run.statuses)} ` +
        `p50 ${ms(s.p50)} p99 ${ms(s.p99)} max ${ms(s.max)} (load ${loadavg()[0]?.toFixed(2) ?? '?'})`,
    );
  }
  return summarize(all);
}

// Each app runs its rounds while the other is idle: bare first and again last, so drift in the
// machine's load shows up as a difference between the two bare runs. The fake Web API Holdline
// calls after acking runs in a third process.
const bare = await spawnBenchApp(script('./slack-bare-app.ts'), [SECRET]);
const webApi = await spawnBenchApp(script('./slack-fake-api.ts'));
const holdline = await spawnBenchApp(script('./slack-holdline-app.ts'), [SECRET, webApi.url]);
try {
  const b1 = await measure('bare', bare);
  const h = await measure('holdline', holdline);
  const b2 = await measure('bare', bare);
  const b = { p50: Math.max(b1.p50, b2.p50), p99: Math.max(b1.p99, b2.p99) };
  console.log(`\nbare     p50 ${ms(b1.p50)} / ${ms(b2.p50)}  p99 ${ms(b1.p99)} / ${ms(b2.p99)} (before / after)`);
  console.log(`holdline p50 ${ms(h.p50)}  p99 ${ms(h.p99)}  max ${ms(h.max)}`);
  console.log(
    `ratio holdline/bare (worse bare run): p50 ${(h.p50 / b.p50).toFixed(2)}x  p99 ${(h.p99 / b.p99).toFixed(2)}x ` +
      `(target p99 ≤ 1.5x, and well under 3000 ms)`,
  );
} finally {
  await holdline.stop();
  await webApi.stop();
  await bare.stop();
}
