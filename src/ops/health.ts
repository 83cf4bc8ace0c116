/**
 * Liveness and readiness. Alive (/healthz): the process answers and the runner made progress (finished
 * a pass or attempted a delivery) within `staleMs`; a database outage does not make it dead, only unready,
 * so an orchestrator does not restart every instance while PostgreSQL restarts. Ready (/readyz): the
 * database answers within `pingTimeoutMs`, every configured adapter is connected, and the process is
 * not shutting down. The team file's state is in the detail (a failed reload keeps the old file: still
 * ready, but an operator sees why their edit did not apply).
 */
import type { AdapterHealth } from '../app/services.ts';
import type { TeamFileStatus } from '../paging/live-team-file.ts';

export type { TeamFileStatus };

export interface HealthOptions {
  readonly now: () => number;
  readonly staleMs: number;
  readonly ping: () => Promise<void>;
  readonly adapters: () => readonly { readonly name: string; health?(): AdapterHealth }[];
  readonly teamFile: () => TeamFileStatus;
  readonly stopping: () => boolean;
  readonly pingTimeoutMs?: number;
  readonly instance: string;
}

export interface Probe {
  readonly ok: boolean;
  readonly body: Record<string, unknown>;
}

export class Health {
  private lastProgress: number;
  constructor(private readonly o: HealthOptions) {
    this.lastProgress = o.now();
  }

  /** The runner finished a pass or attempted a delivery. */
  progress(at = this.o.now()): void {
    this.lastProgress = at;
  }

  live(): Probe {
    const age = this.o.now() - this.lastProgress;
    const ok = age <= this.o.staleMs;
    return { ok, body: { alive: ok, runnerLastProgressSecondsAgo: Math.round(age / 100) / 10 } };
  }

  async ready(): Promise<Probe> {
    const database = await this.database();
    const adapters = Object.fromEntries(
      this.o.adapters().map((a) => [a.name, a.health?.() ?? { ok: true, detail: 'running' }]),
    );
    const stopping = this.o.stopping();
    const ok = database.ok && Object.values(adapters).every((a) => a.ok) && !stopping;
    const team = this.o.teamFile();
    return {
      ok,
      body: {
        ready: ok,
        instance: this.o.instance,
        ...(stopping ? { stopping: true } : {}),
        database,
        adapters,
        teamFile: {
          path: team.path,
          loadedAt: new Date(team.loadedAt).toISOString(),
          ...(team.reloadError
            ? {
                reloadError: team.reloadError.message,
                reloadFailedAt: new Date(team.reloadError.at).toISOString(),
              }
            : {}),
        },
      },
    };
  }

  private async database(): Promise<{ ok: boolean; detail: string }> {
    let timer: NodeJS.Timeout | undefined;
    const limit = this.o.pingTimeoutMs ?? 2_000;
    try {
      await Promise.race([
        this.o.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${limit} ms`)), limit);
        }),
      ]);
      return { ok: true, detail: 'answers' };
    } catch (err) {
      // The message of a connection error names no values (never a query's parameters).
      const e = err as { code?: unknown; message?: unknown };
      const code = typeof e.code === 'string' ? `${e.code}: ` : '';
      return { ok: false, detail: `${code}${String(e.message ?? err).slice(0, 200)}` };
    } finally {
      clearTimeout(timer);
    }
  }
}
