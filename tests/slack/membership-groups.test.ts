/**
 * Issue 18: a team file may list a Slack user group as members (`slack:subteam:…`); a member of the group
 * (asked of Slack, cached) starts sessions, in the team that lists the group. Anyone else is told whom to ask.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { teamMembership } from '../../src/paging/membership.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const STRANGER = 'U0GUEST77';
const GROUP = 'S0AGENTS';
const FILE = parseTeamFile(`
teams:
  billing:
    members: [slack:subteam:${GROUP}]
    escalation: { levels: [{ supervisors: [slack:U0SAM], ackTimeoutMinutes: 3 }] }
`);

describe('Slack membership through a user group (issue 18)', () => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('a member of a listed user group starts a session; someone outside it is told whom to ask', async () => {
    h = await startHarness(store, { membership: teamMembership(new TeamDirectory(FILE)) });
    h.api.setUsergroup(GROUP, [AGENT]);
    await h.command('insult chat', { user_id: STRANGER });
    await until(
      () => h.api.callsTo('chat.postMessage').find((c) => String(c.args.text).includes('Ask slack:U0SAM to add you')),
      'the refusal',
    );
    const theirs = await h.app.sessions.current(`slack:${STRANGER}`);
    expect(theirs.ok && theirs.value).toBeNull();

    await h.command('insult chat');
    const session = await until(() => h.session(), 'the member’s session');
    expect(session.teamId).toBe('billing');
  });
});
