/**
 * The care side's directory from the team file, merged with HOLDLINE_SUPERVISORS and the channel keys;
 * and the team's own peer and check-in channels used by "talk to someone" and check-ins.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile, readTeamFile, TeamFileError } from '../../src/paging/team-file.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { careDirectory, wireWeekly } from '../checkins/weekly.ts';
import { backends, ManualClock } from '../helpers/store.ts';

describe('TeamDirectory (the care side)', () => {
  it('recipients: first-level people and HOLDLINE_SUPERVISORS; readers: every level', () => {
    const dir = careDirectory();
    expect(dir.teams()).toEqual(['frontline', 'backoffice', 'default']);
    expect(dir.teamOf('slack:U0AMIRA')).toBe('frontline');
    expect(dir.teamOf('slack:U0NEW')).toBeNull();
    expect(dir.supervisorsOf('frontline')).toEqual(['console:sam', 'slack:U0SAM', 'discord:999']);
    expect(dir.supervisorsOf('default')).toEqual(['discord:999']);
    expect(dir.isSupervisor('slack:U0BOSS', 'frontline')).toBe(true);
    expect(dir.isSupervisor('slack:U0BOSS', 'backoffice')).toBe(false);
    expect(dir.isSupervisor('discord:999', 'backoffice')).toBe(true);
    expect(dir.isSupervisor('console:amira')).toBe(false);
    expect(dir.teamsSupervisedBy('console:kari')).toEqual(['backoffice']);
    expect(dir.teamsSupervisedBy('console:amira')).toEqual([]);
  });

  it('channels: the team’s own per surface, else the config keys', () => {
    const dir = careDirectory();
    expect(dir.peer('slack', 'frontline')).toBe('C0PEERS');
    expect(dir.peer('console', 'frontline')).toBe('peers-frontline');
    expect(dir.peer('discord', 'frontline')).toBe('42'); // not in the file: HOLDLINE_PEER_CHANNEL
    expect(dir.peer('slack', 'backoffice')).toBe('C0ENVPEER');
    expect(dir.checkin('slack', 'frontline')).toBe('C0CHECKIN');
    expect(dir.checkin('discord', 'default')).toBe('C0ENVCHECKIN');
  });

  it('without a team file: one default team, HOLDLINE_SUPERVISORS supervise it', () => {
    const dir = new TeamDirectory(null, { supervisors: ['slack:U1'], peerChannel: 'C9' });
    expect(dir.teams()).toEqual(['default']);
    expect(dir.supervisorsOf('default')).toEqual(['slack:U1']);
    expect(dir.teamsSupervisedBy('slack:U1')).toEqual(['default']);
    expect(dir.teamsSupervisedBy('slack:U2')).toEqual([]);
    expect(dir.peer('slack', 'default')).toBe('C9');
  });

  it('the example file: a team with defaults.team gets no separate default digest', () => {
    const dir = new TeamDirectory(readTeamFile('holdline.example.yaml'));
    expect(dir.teams()).toEqual(['frontline']);
    expect(dir.supervisorsOf('frontline')).toEqual(['console:sam', 'slack:U0SAM']);
    expect(dir.checkin('discord', 'frontline')).toBe('334455667788990011');
    // The support contact and the members for the supervisor's view (docs/digest.md).
    expect(dir.supportContact('frontline')).toBe('Employee assistance (confidential, 24/7): 0800 123 456');
    expect(dir.supportContact('nobody')).toBeNull();
    expect(dir.membersOf('frontline')).toEqual(['console:amira', 'slack:U0AMIRA', 'discord:112233445566778899']);
  });

  it('a support contact is text of at most 300 characters', () => {
    const file = (support: string) =>
      `teams:\n  a:\n    escalation: { levels: [{ supervisors: [console:s], ackTimeoutMinutes: 1 }] }\n    care: { support: '${support}' }\n`;
    expect(new TeamDirectory(parseTeamFile(file('Call Kari on 4000 0000'))).supportContact('a')).toBe(
      'Call Kari on 4000 0000',
    );
    expect(() => parseTeamFile(file('x'.repeat(301)))).toThrow(/teams\.a\.care\.support/);
  });

  it('validates the care block', () => {
    try {
      parseTeamFile(`
teams:
  a:
    escalation: { levels: [{ supervisors: [console:s], ackTimeoutMinutes: 1 }] }
    care: { peer: { slack: 'C 1' }, lounge: {} }
`);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TeamFileError);
      expect((err as TeamFileError).problems.join('\n')).toMatch(/teams\.a\.care\.peer\.slack: must be a channel id/);
      expect((err as TeamFileError).problems.join('\n')).toMatch(/teams\.a\.care: .*lounge/);
    }
  });

  it('`holdline config check` prints the care channels and the digest recipients', async () => {
    const out: string[] = [];
    const io = {
      env: { HOLDLINE_SUPERVISORS: 'discord:77' },
      out: (l: string) => out.push(l),
      err: (l: string) => out.push(l),
    };
    expect(await runCli(['config', 'check', '--file', 'holdline.example.yaml'], io)).toBe(0);
    const printed = out.join('\n');
    expect(printed).toContain('talk to someone → slack:C0BUDDIES, discord:223344556677889900, console:buddies');
    expect(printed).toContain('nudges and weekly digest → console:sam, slack:U0SAM, discord:77');
  });
});

describe.each(backends)('team-file care channels in use ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  it('talk and check-ins go to the team’s channels; an anonymous post still names nobody', async () => {
    const app = wireWeekly(store, { clock: new ManualClock() });
    expect(await app.care.talk({ agentId: 'slack:U0AMIRA', surface: 'slack' })).toEqual({
      ok: true,
      value: { channel: 'C0PEERS' },
    });
    // An agent in no team: the config key.
    expect(await app.care.talk({ agentId: 'slack:U0NEW', surface: 'slack' })).toEqual({
      ok: true,
      value: { channel: 'C0ENVPEER' },
    });
    await app.care.checkin({ agentId: 'slack:U0AMIRA', surface: 'slack', mood: 2, visibility: 'named' });
    await app.care.checkin({
      agentId: 'slack:U0AMIRA',
      surface: 'slack',
      mood: 1,
      note: 'rough',
      visibility: 'anonymous',
    });
    await app.runner.tick();
    const posts = app.careDelivery.ofType('checkinPost');
    expect(posts).toEqual([
      { type: 'checkinPost', channel: 'C0CHECKIN', agentId: 'slack:U0AMIRA', mood: 2, note: null },
      { type: 'checkinPost', channel: 'C0CHECKIN', agentId: null, mood: 1, note: 'rough' },
    ]);
    const nudges = app.careDelivery.ofType('supervisorNudge');
    expect(nudges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'low_mood', to: ['console:sam', 'slack:U0SAM', 'discord:999'] }),
        expect.objectContaining({ reason: 'team_low_mood', agentId: null, teamId: 'frontline' }),
      ]),
    );
    expect(
      JSON.stringify(
        app.careDelivery.delivered.filter(
          (d) => d.id.startsWith('post:') && d.effect.type === 'checkinPost' && d.effect.agentId === null,
        ),
      ),
    ).not.toContain('U0AMIRA');
  });
});
