/**
 * Issue 18: a supervisor reached only through a Slack user group on a level may acknowledge that level's
 * pages (tests/slack/pages-groups.test.ts) but has no flag powers through the group: /flag lookup and
 * remove need the person named by id. Real Bolt against the fake Web API, the directory from a team file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../src/engine/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { slashCommandBody } from '../fakes/slack/sign.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness } from './harness.ts';

const GROUP = 'S0LEADS';
const LEAD = 'U0LEAD1';
const BOSS = 'U0BOSS1';
const FILE = parseTeamFile(`
teams:
  billing:
    members: ['slack:${AGENT}']
    escalation: { levels: [{ supervisors: ['slack:subteam:${GROUP}', 'slack:${BOSS}'], ackTimeoutMinutes: 3 }] }
`);

async function answer(h: Harness, text: string, user: string): Promise<string> {
  const res = await h.post(slashCommandBody({ command: '/flag', text, user_id: user }));
  return String((JSON.parse(res.text) as { text?: string }).text);
}

describe.each(backends)('Slack group supervisors and flags ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('a member of a supervisor group may not look up or remove flags; the supervisor named by id may', async () => {
    h = await startHarness(store, {
      directory: new TeamDirectory(FILE),
    });
    h.api.setUsergroup(GROUP, [LEAD]);
    const refused = text('en', 'error.not_supervisor');
    expect(await answer(h, 'lookup jane@example.com', LEAD)).toBe(refused);
    expect(await answer(h, 'remove f1 wrong customer', LEAD)).toBe(refused);
    expect(await answer(h, 'lookup jane@example.com', BOSS)).not.toBe(refused);
    expect(await answer(h, 'lookup jane@example.com', BOSS)).toContain('j***@example.com');
    // Slack was never asked about the group for flags.
    expect(h.api.callsTo('usergroups.users.list')).toHaveLength(0);
  });
});
