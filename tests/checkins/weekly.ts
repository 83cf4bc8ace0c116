/**
 * Real services for the weekly digest: sessions with a team, escalations with a policy, the care side
 * over a CareDirectory from a team file, the weekly digest timer and the runner.
 */
import { CareService } from '../../src/app/care.ts';
import { CareRunner } from '../../src/app/care-runner.ts';
import { parseDigestSchedule } from '../../src/app/digest-schedule.ts';
import { Runner } from '../../src/app/runner.ts';
import { WeeklyDigests } from '../../src/app/weekly-digest.ts';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { CareDirectory } from '../../src/paging/care-directory.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import type { ManualClock } from '../helpers/store.ts';
import { RecordingCare } from './wire.ts';

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
  return new CareDirectory(TEAM_FILE, {
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
  const base = wire(store, {
    clock: opts.clock,
    owner,
    policies: new EditablePolicies(POLICY),
    teamOf: () => 'frontline',
  });
  const directory = careDirectory();
  const careDelivery = new RecordingCare();
  let n = 0;
  const care = new CareService({
    store,
    care: store.care,
    clock: opts.clock,
    log: base.log,
    newId: () => `care-${owner}-${++n}`,
    directory,
    channels: directory,
    contributorToken: (team, week, agent) => `tok:${team}:${week}:${agent}`,
    anonymousDelayMs: 0,
    random: () => 0,
  });
  const schedule = parseDigestSchedule(opts.schedule ?? 'mon 08:00', opts.timeZone ?? 'UTC');
  const digests = schedule
    ? new WeeklyDigests({
        care: store.care,
        clock: opts.clock,
        log: base.log,
        directory,
        schedule,
        build: (team, week) => care.digest(team, week),
      })
    : undefined;
  const careRunner = new CareRunner({
    care: store.care,
    clock: opts.clock,
    log: base.log,
    directory,
    deliveries: new Map(['console', 'slack', 'discord', 'test'].map((s) => [s, careDelivery])),
    owner,
    hardContactsNudge: 3,
    shiftHours: 8,
    digests,
  });
  const runner = new Runner({
    store,
    sessions: base.sessions,
    escalations: base.escalations,
    dispatcher: base.dispatcher,
    clock: opts.clock,
    log: base.log,
    owner,
    care: careRunner,
  });
  /** The digests delivered, as [surface, effect]. */
  const digestPosts = () =>
    careDelivery.delivered.flatMap((d) =>
      d.effect.type === 'digestPost' ? [{ ...d.effect, surface: d.surface }] : [],
    );
  return { ...base, care, careRunner, careDelivery, runner, digests, digestPosts, directory };
}
