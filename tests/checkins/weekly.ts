/**
 * Real services for the weekly digest: sessions with a team, escalations with a policy, the care side
 * over a CareDirectory from a team file, the weekly digest timer and the runner.
 */
import { parseDigestSchedule } from '../../src/app/digest-schedule.ts';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import type { ManualClock } from '../helpers/store.ts';

export const TEAM_FILE = parseTeamFile(`
teams:
  frontline:
    members: [console:amira, slack:U0AMIRA]
    escalation:
      levels:
        - supervisors: [console:sam, slack:U0SAM, slack:subteam:S0LEADS]
          ackTimeoutMinutes: 3
        - supervisors: [slack:U0BOSS]
          ackTimeoutMinutes: 5
    care:
      peer: { slack: C0PEERS, console: peers-frontline }
      checkin: { slack: C0CHECKIN }
  backoffice:
    members: [console:olav]
    escalation:
      levels:
        - supervisors: [console:kari]
          ackTimeoutMinutes: 3
`);

/** The frozen policy pages go to: a supervisor on the test surface who acknowledges in the tests. */
export const POLICY: PolicySnapshot = {
  teamId: 'frontline',
  levels: [{ supervisors: ['test:sup1'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [],
  security: [],
  legal: [],
};

export function careDirectory() {
  return new TeamDirectory(TEAM_FILE, {
    supervisors: ['discord:999'],
    peerChannel: 'slack:C0ENVPEER,discord:42',
    checkinChannel: 'C0ENVCHECKIN',
  });
}

export function wireWeekly(
  store: DrizzleStore,
  opts: { clock: ManualClock; owner?: string; schedule?: string; timeZone?: string },
) {
  const owner = opts.owner ?? 'instance-a';
  const directory = careDirectory();
  const schedule = parseDigestSchedule(opts.schedule ?? 'mon 08:00', opts.timeZone ?? 'UTC');
  const app = wire(store, {
    clock: opts.clock,
    owner,
    policies: new EditablePolicies(POLICY),
    careDirectory: directory,
    channels: directory,
    digestSchedule: schedule,
  });
  const careDelivery = app.careDelivery;
  // Every surface's care effects are recorded in one place.
  for (const surface of ['console', 'slack', 'discord']) app.services.registerCareDelivery(surface, careDelivery);
  /** The digests delivered, as [surface, effect]. */
  const digestPosts = () =>
    careDelivery.delivered.flatMap((d) =>
      d.effect.type === 'digestPost' ? [{ ...d.effect, surface: d.surface }] : [],
    );
  return { ...app, digestPosts, directory };
}
