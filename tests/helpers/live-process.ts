/**
 * A Holdline process kept running while a test talks to it: stdin written line by line, stdout and the
 * JSON log lines collected, the ops listener's URL read from its log line, signals sent, exit awaited.
 * `entry` defaults to `node --import tsx src/main.ts` (no tsx wrapper process: signals reach Holdline
 * itself); the production build test passes `node dist/src/main.js`.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface LogLine {
  readonly level: number;
  readonly msg?: string;
  readonly [k: string]: unknown;
}

export class LiveHoldline {
  stdout = '';
  stderr = '';
  readonly logs: LogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  private readonly child: ChildProcessWithoutNullStreams;
  /** In the terminal mode the log lines go to DATA_DIR/holdline.log, not stderr (never onto the agent's screen). */
  private readonly logFile: string;
  /** Where this process's lines start in the log file (an earlier process may have used the same folder). */
  private readonly logFrom: number;

  constructor(
    env: Record<string, string>,
    entry: readonly string[] = [process.execPath, '--import', 'tsx', 'src/main.ts'],
  ) {
    const [command, ...args] = entry as [string, ...string[]];
    // A data folder of its own when the test gives none (on PostgreSQL it holds only the log file).
    const data = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'holdline-live-'));
    this.logFile = join(isAbsolute(data) ? data : join(root, data), 'holdline.log');
    this.logFrom = existsSync(this.logFile) ? statSync(this.logFile).size : 0;
    this.child = spawn(command, args, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        HOLDLINE_AGENT: 'amira',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        HOLDLINE_TIMEZONE: 'UTC',
        DATA_DIR: data,
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let partial = '';
    this.child.stdout.on('data', (b: Buffer) => {
      this.stdout += b.toString();
    });
    this.child.stderr.on('data', (b: Buffer) => {
      this.stderr += b.toString();
      partial += b.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) {
        try {
          this.logs.push(JSON.parse(l) as LogLine);
        } catch {
          // not a log line (a crash trace): kept in stderr
        }
      }
    });
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    this.child.stdin.on('error', () => {});
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  write(text: string): void {
    this.child.stdin.write(text);
  }

  endInput(): void {
    this.child.stdin.end();
  }

  signal(sig: NodeJS.Signals): number {
    this.child.kill(sig);
    return Date.now();
  }

  /** Polls `probe` every 25 ms until it returns something truthy, or fails after `ms` (with the logs). */
  async until<T>(probe: () => T | Promise<T>, what: string, ms = 15_000): Promise<NonNullable<T>> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await probe();
      if (v) return v as NonNullable<T>;
      if (Date.now() > end)
        throw new Error(
          `timed out waiting for ${what}\n--- stdout tail\n${this.stdout.slice(-1500)}\n--- stderr tail\n${this.stderr.slice(-3000)}`,
        );
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits for the stdout to contain `text` after position `from` (default: anywhere). */
  waitForOutput(text: string, from = 0, ms?: number): Promise<number> {
    return this.until(
      () => {
        const i = this.stdout.indexOf(text, from);
        return i >= 0 ? i + 1 : 0;
      },
      `"${text}" on stdout`,
      ms,
    );
  }

  waitForLog(msg: string, ms?: number): Promise<LogLine> {
    return this.until(() => [...this.logs, ...this.fileLogs()].find((l) => l.msg === msg), `log line "${msg}"`, ms);
  }

  /** The JSON lines of the terminal mode's log file, if there is one yet. */
  fileLogs(): LogLine[] {
    if (!existsSync(this.logFile)) return [];
    return readFileSync(this.logFile)
      .subarray(this.logFrom)
      .toString('utf8')
      .split('\n')
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as LogLine];
        } catch {
          return [];
        }
      });
  }

  /** The ops listener's base URL, from its start-up log line. */
  async opsUrl(): Promise<string> {
    const line = await this.waitForLog('ops listener started', 60_000);
    return String(line.url).replace('0.0.0.0', '127.0.0.1');
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

export async function probe(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const text = await r.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = { text };
    }
    return { status: r.status, body };
  } catch (err) {
    return { status: 0, body: { error: String(err) } };
  }
}
