import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { mayAnswer, policyGroups } from '../../src/engine/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile, readTeamFile, TeamFileError } from '../../src/paging/team-file.ts';

const problems = (text: string): readonly string[] => {
  try {
    parseTeamFile(text);
  } catch (err) {
    if (err instanceof TeamFileError) return err.problems;
    throw err;
  }
  return [];
};

describe('team file', () => {
  it('the shipped example is valid and resolves to a policy per team', () => {
    const dir = new TeamDirectory(readTeamFile('holdline.example.yaml'));
    expect(dir.teamOf('slack:U0AMIRA')).toBe('frontline');
    expect(dir.teamOf('slack:nobody')).toBe('frontline'); // the default team
    expect(dir.isSupervisor('console:sam')).toBe(true);
    expect(dir.isSupervisor('console:amira')).toBe(false);
    const p = dir.policyFor('frontline');
    expect(p.levels).toHaveLength(2);
    expect(p.channels).toEqual(['console:pages', 'slack:C0FRONTLINE', 'discord:123456789012345678']);
    expect(p.security).toEqual(['console:security', 'slack:C0SECURITY']);
    expect(dir.defaultLimits('console:amira')).toEqual({ minutes: 15, hostility: 4, complexity: 3 });
    expect(dir.emergency('console:amira')).toEqual({
      number: '999',
      note: 'Then tell building security on extension 4444.',
    });
  });

  it('emergency: a team number, else the default, else none; a bad number is refused', () => {
    const file = (extra: string) => `
defaults:
  emergency: { number: '112' }
  team: a
teams:
  a:
    members: [console:amira]
    ${extra}
    escalation: { levels: [{ supervisors: [console:sam], ackTimeoutMinutes: 3 }] }
  b:
    members: [console:ben]
    emergency: { number: '911', note: 'Say the store number first.' }
    escalation: { levels: [{ supervisors: [console:sam], ackTimeoutMinutes: 3 }] }
`;
    const dir = new TeamDirectory(parseTeamFile(file('')));
    expect(dir.emergency('console:amira')).toEqual({ number: '112' });
    expect(dir.emergency('console:ben')).toEqual({ number: '911', note: 'Say the store number first.' });
    expect(new TeamDirectory(null).emergency('console:amira')).toBeNull();
    expect(problems(file("emergency: { number: 'call the police' }"))).toEqual([
      'teams.a.emergency.number: must be a telephone number like 112, 999 or 911',
    ]);
  });

  it('reports every problem as "path: problem", one per line', () => {
    const bad = problems(`
teams:
  frontline:
    members: [amira]
    escalation:
      levels: []
  ok:
    members: [console:amira]
    escalation:
      levels:
        - supervisors: [console:sam]
          ackTimeoutMinutes: 0
          repeat: 2
          typo: 1
`);
    expect(bad).toEqual([
      expect.stringMatching(/^teams\.frontline\.members\.0: must be a person id/),
      expect.stringMatching(/^teams\.frontline\.escalation\.levels: an escalation policy needs at least one level/),
      expect.stringMatching(/^teams\.ok\.escalation\.levels\.0\.ackTimeoutMinutes: /),
      expect.stringMatching(/^teams\.ok\.escalation\.levels\.0: .*typo/),
    ]);
    // Checks across teams, once each team is valid on its own.
    const level = '{ levels: [{ supervisors: [console:sam], ackTimeoutMinutes: 5 }] }';
    expect(
      problems(`teams:
  Front Line: { members: [console:x], escalation: ${level} }
  a: { members: [console:amira], escalation: ${level} }
  b: { members: [console:amira], escalation: ${level} }`),
    ).toEqual([
      'teams.Front Line: team ids are lower-case letters, digits, - and _',
      'teams.b.members.0: console:amira is already a member of team a',
    ]);
    expect(problems('teams: [unclosed')[0]).toMatch(/^line 1: /);
  });

  it('`holdline config check` prints the policy, or the errors with a non-zero exit', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { env: {}, out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(await runCli(['config', 'check', '--file', 'holdline.example.yaml'], io)).toBe(0);
    expect(out.join('\n')).toContain('level 1: console:sam, slack:U0SAM; re-notify every 3 min, repeats: 2');
    expect(await runCli(['config', 'check', '--file', 'package.json'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/teams: /);
  });
});

describe('groups and roles on a level (issue 15)', () => {
  const policy = {
    teamId: 't',
    levels: [{ supervisors: ['slack:subteam:S1', 'discord:role:42', 'slack:U1'], ackTimeoutMinutes: 5, repeat: 0 }],
    channels: [],
    security: [],
    legal: [],
  };
  it('mayAnswer: a named person, or a member of a named group or role; never an unnamed group', () => {
    expect(mayAnswer(policy, 'slack:U1')).toBe(true);
    expect(mayAnswer(policy, 'slack:U2')).toBe(false);
    expect(mayAnswer(policy, 'slack:U2', ['slack:subteam:S1'])).toBe(true);
    expect(mayAnswer(policy, 'discord:7', ['discord:role:42'])).toBe(true);
    expect(mayAnswer(policy, 'discord:7', ['discord:role:43'])).toBe(false);
    // A group id is only ever a group: a person id passed as a "group" grants nothing.
    expect(mayAnswer(policy, 'slack:U9', ['slack:U1'])).toBe(false);
    expect(policyGroups(policy)).toEqual(['slack:subteam:S1', 'discord:role:42']);
  });
});
