/**
 * The ops side of a running Holdline, as main.ts wires it: metrics, health, the listener's routes, and
 * the instrumented deliveries. Nothing here changes what the bot does; it only watches.
 */
import type { Server } from 'node:http';
import type { AdapterHealth } from '../app/services.ts';
import type { Escalation } from '../engine/index.ts';
import type { LiveTeamFile } from '../paging/live-team-file.ts';
import type { EffectDelivery, Logger } from '../ports.ts';
import type { CareDelivery } from '../ports-care.ts';
import { Health } from './health.ts';
import { instrumentCare, instrumentDelivery } from './instrument.ts';
import { type OpsCounts, OpsMetrics } from './metrics.ts';
import { opsHandler, startOpsServer } from './server.ts';

export interface NamedAdapter {
  readonly name: string;
  health?(): AdapterHealth;
}

export interface OpsOptions {
  readonly log: Logger;
  readonly instance: string;
  readonly store: { ping(): Promise<void>; opsCounts(): Promise<OpsCounts> };
  readonly team: LiveTeamFile;
  readonly stopping: () => boolean;
  readonly staleMs: number;
  readonly now?: () => number;
  readonly defaultMetrics?: boolean;
}

export function createOps(o: OpsOptions) {
  const now = o.now ?? Date.now;
  const adapters: NamedAdapter[] = [];
  const metrics = new OpsMetrics({
    counts: () => o.store.opsCounts(),
    now,
    ...(o.defaultMetrics === undefined ? {} : { defaultMetrics: o.defaultMetrics }),
  });
  const health = new Health({
    now,
    staleMs: o.staleMs,
    ping: () => o.store.ping(),
    adapters: () => adapters,
    teamFile: () => o.team.status(),
    stopping: o.stopping,
    instance: o.instance,
  });
  const progress = () => health.progress();
  return {
    metrics,
    health,
    /** The routes, for a server of their own or for Slack's (OPS_PORT equal to PORT). */
    handle: opsHandler(health, metrics, o.log),
    addAdapter: (a: NamedAdapter) => adapters.push(a),
    delivery: (surface: string, d: EffectDelivery) => instrumentDelivery(surface, d, metrics, progress),
    careDelivery: (surface: string, d: CareDelivery) => instrumentCare(surface, d, metrics, progress),
    /** Runner.onPass */
    pass: (p: { startedAt: number; endedAt: number }) => {
      metrics.tick(p.endedAt - p.startedAt, p.endedAt);
      health.progress(p.endedAt);
    },
    /** EscalationService.onAnswered */
    answered: (e: Escalation) => {
      if (e.acknowledgedAt === null) return;
      const action = e.status === 'taken_over' ? 'take_over' : 'ack';
      metrics.ackSeconds.observe({ action }, Math.max(0, e.acknowledgedAt - e.startedAt) / 1000);
    },
    listen: (port: number, host: string): Promise<Server> =>
      startOpsServer(opsHandler(health, metrics, o.log), port, host),
  };
}

export type Ops = ReturnType<typeof createOps>;
