/** Real services (sessions, care, runner) over a real store, a ManualClock and recording deliveries. */
import { Dispatcher } from '../../src/app/dispatcher.ts';
import { Runner } from '../../src/app/runner.ts';
import type { RosterDirectory } from '../../src/ports.ts';
import type { CareDelivery, CareItem } from '../../src/ports-care.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { careServices } from '../helpers/care.ts';
import { ManualClock } from '../helpers/store.ts';

export class RecordingCare implements CareDelivery {
  readonly delivered: CareItem[] = [];
  async deliverCare(item: CareItem): Promise<void> {
    this.delivered.push(item);
  }
  ofType(type: string) {
    return this.delivered.map((d) => d.effect).filter((e) => e.type === type);
  }
}

/** A tiny directory: everyone is in team "t1", supervised by "sup". */
export class TinyDirectory implements RosterDirectory {
  teamOf(): string | null {
    return 't1';
  }
  isSupervisor(personId: string): boolean {
    return personId === 'sup';
  }
  supervisorsOf(): readonly string[] {
    return ['sup'];
  }
}

export function wireCare(
  store: DrizzleStore,
  opts: { clock?: ManualClock; owner?: string; peerChannel?: string | null; checkinChannel?: string | null } = {},
) {
  const base = wire(store, { clock: opts.clock ?? new ManualClock(), ...(opts.owner ? { owner: opts.owner } : {}) });
  const careDelivery = new RecordingCare();
  const directory = new TinyDirectory();
  const { care, careRunner } = careServices({
    store,
    clock: base.clock,
    log: base.log,
    directory,
    channels: {
      peer: () => (opts.peerChannel === undefined ? 'buddies' : opts.peerChannel),
      checkin: () => (opts.checkinChannel === undefined ? 'checkins' : opts.checkinChannel),
    },
    deliveries: new Map([
      ['test', careDelivery],
      ['console', careDelivery],
    ]),
    ...(opts.owner ? { owner: opts.owner } : {}),
    hardScanMs: 0,
  });
  const dispatcher = new Dispatcher({
    store,
    clock: base.clock,
    log: base.log,
    deliveries: new Map([['test', base.delivery]]),
    owner: 'instance-a',
  });
  const runner = new Runner({
    store,
    sessions: base.sessions,
    dispatcher,
    clock: base.clock,
    log: base.log,
    owner: 'instance-a',
    care: careRunner,
  });
  return { ...base, care, careRunner, careDelivery, runner };
}
