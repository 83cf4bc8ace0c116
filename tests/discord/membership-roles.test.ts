/**
 * Issue 18: a team file may list a Discord role as members (`discord:role:…`); a holder of the role (asked
 * of Discord, cached) starts sessions, in the team that lists the role. Anyone else is told whom to ask.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { teamMembership } from '../../src/paging/membership.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import { userObject } from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint } from './steps.ts';

const holder = userObject({ username: 'aisha' });
const stranger = userObject({ username: 'lee' });
const ROLE = '1300000000000000042';
const FILE = parseTeamFile(`
teams:
  billing:
    members: ['discord:role:${ROLE}']
    escalation: { levels: [{ supervisors: ['discord:1200000000000000009'], ackTimeoutMinutes: 3 }] }
`);

describe.each(backends)('Discord membership through a role on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { membership: teamMembership(new TeamDirectory(FILE)) });
  });
  afterEach(async () => {
    await h.close();
  });

  const answer = async (user: typeof holder) => {
    const before = h.fake.requests.length;
    await h.interact(complaint(user, { kind: 'insult', channel: 'phone' }));
    const r = await h.fake.waitFor(
      (q) => h.fake.requests.indexOf(q) >= before && q.method === 'PATCH' && q.path.includes('/messages/@original'),
    );
    return bodyOf(r).content ?? '';
  };

  it('a holder of a member role starts a session in the team that lists the role', async () => {
    h.fake.setRoles(holder.id, [ROLE]);
    await answer(holder);
    const s = await h.app.sessions.current(`discord:${holder.id}`);
    expect(s.ok && s.value?.teamId).toBe('billing');
  });

  it('someone without the role is told whom to ask and starts nothing', async () => {
    h.fake.setRoles(stranger.id, ['1300000000000000001']);
    const said = await answer(stranger);
    expect(said).toContain('Ask discord:1200000000000000009 to add you');
    const s = await h.app.sessions.current(`discord:${stranger.id}`);
    expect(s.ok && s.value).toBeNull();
  });
});
