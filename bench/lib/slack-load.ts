/**
 * Open-loop load for a Slack HTTP endpoint: fires N signed slash commands at a fixed rate
 * (request i is sent at start + i/rate, whether or not earlier ones have answered, so a slow
 * server shows up as latency instead of silently lowering the rate). Uses Node's global fetch
 * (undici, keep-alive pooled connections). Latency = send → full response body read.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { postToBolt, signedHeaders, slashCommandBody } from '../../tests/fakes/slack/sign.ts';

export interface SlackLoadOptions {
  /** The Bolt endpoint, e.g. http://127.0.0.1:PORT/slack/events */
  url: string;
  signingSecret: string;
  count: number;
  ratePerSec: number;
  /** Slash command to send; default /complaint. */
  command?: string;
  /** Builds the command text for request i. */
  text?: (i: number) => string;
}

export interface SlackLoadResult {
  /** Latency of each answered request, in milliseconds, in send order. */
  samples: number[];
  /** Count per HTTP status; transport errors are counted under 0. */
  statuses: Record<number, number>;
  /** Wall time from the first send to the last answer. */
  durationMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function fireSlashCommands(opts: SlackLoadOptions): Promise<SlackLoadResult> {
  const intervalMs = 1000 / opts.ratePerSec;
  const samples: number[] = new Array(opts.count);
  const statuses: Record<number, number> = {};
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < opts.count; i++) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    // Sign at send time, as Slack does; signing cost is outside the measured latency.
    const body = slashCommandBody({ command: opts.command ?? '/complaint', text: opts.text?.(i) ?? `load ${i}` });
    const headers = signedHeaders(opts.signingSecret, body);
    const sent = performance.now();
    inflight.push(
      postToBolt(opts.url, body, headers).then(
        (res) => {
          samples[i] = performance.now() - sent;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        },
        () => {
          statuses[0] = (statuses[0] ?? 0) + 1;
        },
      ),
    );
  }
  await Promise.all(inflight);
  return {
    samples: samples.filter((s) => s !== undefined),
    statuses,
    durationMs: performance.now() - start,
  };
}

/** Nearest-rank percentile, p in [0, 100]. NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): { p50: number; p90: number; p99: number; max: number } {
  return {
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
  };
}

export interface BenchApp {
  url: string;
  /** The child's process id (for its CPU time, see cpuMs). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Start an app under test in its own Node process (`node --import tsx script ...args`). The
 * script calls `announceReady(url, shutdown)`. Sharing one event loop with the load
 * generator inflated the bare app's p99 about tenfold on 2 cores.
 */
export function spawnBenchApp(script: string, args: string[] = [], nodeArgs: string[] = []): Promise<BenchApp> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<BenchApp>((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before READY`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^READY (\S+)$/m.exec(out)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      resolve({
        url,
        pid: child.pid ?? 0,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** Called by an app script run through spawnBenchApp: report the URL, shut down on SIGTERM. */
export function announceReady(url: string, shutdown: () => Promise<void>): void {
  process.stdout.write(`READY ${url}\n`);
  process.once('SIGTERM', () => {
    shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

/** User + system CPU time a process has used so far, in ms (Linux /proc; NaN elsewhere). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat; index 11 and 12 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}
