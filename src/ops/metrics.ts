/**
 * Prometheus metrics (prom-client), one registry per process. Counters and histograms are updated where
 * things happen (instrument.ts); the outbox and session gauges are read from the database at scrape
 * time, at most once per `countsTtlMs`, so scrapes cost two small counts at most.
 */
import {
  Counter,
  collectDefaultMetrics,
  Gauge,
  Histogram,
  type MetricObjectWithValues,
  type MetricValue,
  Registry,
} from 'prom-client';

export interface OpsCounts {
  readonly outbox: readonly { readonly kind: string; readonly status: 'pending' | 'dead'; readonly count: number }[];
  readonly openSessions: number;
}

export type PageResult = 'sent' | 'failed' | 'rate_limited' | 'rejected';

export class OpsMetrics {
  readonly registry = new Registry();
  readonly pageDeliveries: Counter<'surface' | 'result'>;
  readonly platform429: Counter<'surface'>;
  readonly ackSeconds: Histogram<'action'>;
  readonly tickSeconds: Histogram;
  private lastTickEnd: number;
  private cached: { at: number; counts: OpsCounts } | null = null;

  constructor(
    private readonly o: {
      counts: () => Promise<OpsCounts>;
      now?: () => number;
      countsTtlMs?: number;
      /** Node's default metrics (event loop lag, heap, GC); off in tests that build many registries. */
      defaultMetrics?: boolean;
    },
  ) {
    const registers = [this.registry];
    const now = o.now ?? Date.now;
    this.lastTickEnd = now();
    if (o.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.pageDeliveries = new Counter({
      name: 'holdline_page_deliveries_total',
      help: 'Page deliveries attempted, by surface and result (sent, failed, rate_limited, rejected).',
      labelNames: ['surface', 'result'],
      registers,
    });
    this.platform429 = new Counter({
      name: 'holdline_platform_rate_limited_total',
      help: 'HTTP 429 answers from a chat platform, by surface.',
      labelNames: ['surface'],
      registers,
    });
    this.ackSeconds = new Histogram({
      name: 'holdline_page_ack_seconds',
      help: 'Time from an escalation starting to a supervisor acknowledging or taking it over.',
      labelNames: ['action'],
      buckets: [15, 30, 60, 120, 180, 300, 600, 900, 1800, 3600],
      registers,
    });
    this.tickSeconds = new Histogram({
      name: 'holdline_runner_tick_seconds',
      help: 'How long one pass of the runner (due timers, care, outbox) took.',
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      registers,
    });
    const self = this;
    // Gauges below are set at scrape time: prom-client calls collect() before each read.
    const lag = new Gauge({
      name: 'holdline_runner_tick_lag_seconds',
      help: 'Seconds since the runner last finished a pass; grows when it is stuck.',
      registers,
      collect() {
        lag.set((now() - self.lastTickEnd) / 1000);
      },
    });
    const outbox = new Gauge({
      name: 'holdline_outbox_items',
      help: 'Outbox items waiting (pending) or given up (dead), by effect kind; care effects as care:<kind>.',
      labelNames: ['kind', 'status'],
      registers,
      async collect() {
        const counts = await self.counts();
        if (counts === null) return;
        outbox.reset();
        for (const r of counts.outbox) outbox.set({ kind: r.kind, status: r.status }, r.count);
      },
    });
    const sessions = new Gauge({
      name: 'holdline_sessions_open',
      help: 'Guidance sessions open now (all instances).',
      registers,
      async collect() {
        const counts = await self.counts();
        if (counts !== null) sessions.set(counts.openSessions);
      },
    });
  }

  /** The runner finished a pass (successful or not) that took `ms`. */
  tick(ms: number, at: number): void {
    this.tickSeconds.observe(ms / 1000);
    this.lastTickEnd = at;
  }

  /** Cached counts; null (gauges keep their last values) when the database does not answer. */
  private async counts(): Promise<OpsCounts | null> {
    const now = (this.o.now ?? Date.now)();
    if (this.cached && now - this.cached.at < (this.o.countsTtlMs ?? 10_000)) return this.cached.counts;
    try {
      const counts = await this.o.counts();
      this.cached = { at: now, counts };
      return counts;
    } catch {
      return this.cached?.counts ?? null;
    }
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  /** For tests: one metric's current values. */
  async values(name: string): Promise<MetricValue<string>[]> {
    const m = (await this.registry.getMetricsAsJSON()).find((x) => x.name === name) as
      | MetricObjectWithValues<MetricValue<string>>
      | undefined;
    return m?.values ?? [];
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
