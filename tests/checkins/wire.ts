/** Real services (sessions, care, runner) over a real store, a ManualClock and recording deliveries. */
import type { RosterDirectory } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

export { RecordingCare } from '../helpers/app.ts';

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
  const app = wire(store, {
    clock: opts.clock ?? new ManualClock(),
    ...(opts.owner ? { owner: opts.owner } : {}),
    careDirectory: new TinyDirectory(),
    channels: {
      peer: () => (opts.peerChannel === undefined ? 'buddies' : opts.peerChannel),
      checkin: () => (opts.checkinChannel === undefined ? 'checkins' : opts.checkinChannel),
    },
    hardScanMs: 0,
  });
  // The terminal's care effects are recorded with the test surface's.
  app.services.registerCareDelivery('console', app.careDelivery);
  return app;
}
