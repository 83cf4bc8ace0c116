/**
 * Baseline: a bare Bolt app that only acks /complaint (bench/slack-bare-app.ts, in its own
 * process), hit on loopback with signed slash commands at a fixed rate. The real Holdline
 * app is later measured by the same harness in the same run and reported as a ratio to this.
 *
 *   npx tsx bench/slack-bare.ts [count=2000] [ratePerSec=200] [rounds=3]
 *
 * The load average is printed with each round: on a shared 2-core machine other work moves
 * the tail a lot, which is why comparisons must be ratios measured in one run.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fireSlashCommands, spawnBenchApp, summarize } from './lib/slack-load.ts';

const SECRET = 'bench-signing-secret';
const count = Number(process.argv[2] ?? 2000);
const ratePerSec = Number(process.argv[3] ?? 200);
const rounds = Number(process.argv[4] ?? 3);
const ms = (v: number): string => `${v.toFixed(2)} ms`;

const app = await spawnBenchApp(fileURLToPath(new URL('./slack-bare-app.ts', import.meta.url)), [SECRET]);
try {
  // Warm-up: JIT, connection pool, Bolt's auth.test.
  await fireSlashCommands({ url: app.url, signingSecret: SECRET, count: 300, ratePerSec });
  for (let r = 1; r <= rounds; r++) {
    const run = await fireSlashCommands({ url: app.url, signingSecret: SECRET, count, ratePerSec });
    const s = summarize(run.samples);
    const load = loadavg()[0]?.toFixed(2) ?? '?';
    console.log(
      `slack-bare round ${r}: n=${run.samples.length}/${count} @${ratePerSec}/s statuses=${JSON.stringify(run.statuses)} ` +
        `p50 ${ms(s.p50)} p90 ${ms(s.p90)} p99 ${ms(s.p99)} max ${ms(s.max)} (load ${load})`,
    );
  }
} finally {
  await app.stop();
}
