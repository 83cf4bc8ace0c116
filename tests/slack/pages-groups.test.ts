/**
 * Issue 15: members of a Slack user group named on a policy level may acknowledge its page (membership asked
 * of Slack at click time); anyone else is refused. A groups-only level with no channel DMs the members.
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { blockActionPayload, interactionBody } from '../fakes/slack/sign.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const GROUP = 'S0LEADS';
const LEAD = 'U0LEAD1';
const policy = (channels: string[]): PolicySnapshot => ({
  teamId: 'team-a',
  levels: [{ supervisors: [`slack:subteam:${GROUP}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels,
  security: [],
  legal: [],
});

type Button = { action_id: string; value?: string };
const buttons = (c: RecordedCall): Button[] =>
  ((c.args.blocks ?? []) as KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as Button[]) : []));

describe.each(backends)('Slack user groups answer pages ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  async function paged(channels: string[]) {
    h = await startHarness(store, { policies: new EditablePolicies(policy(channels)) });
    h.api.setUsergroup(GROUP, [LEAD, 'U0LEAD2']);
    await h.app.agents.setLimits(`slack:${AGENT}`, { minutes: 5, hostility: 5, complexity: 5 });
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    h.app.clock.advance(6 * 60_000);
    await h.tick();
    return until(async () => {
      await h.tick();
      return h.api.callsTo('chat.postMessage').filter((c) => buttons(c).some((b) => b.action_id === 'hlp:ack'));
    }, 'the page').then((p) => (p.length > 0 ? p : null));
  }

  const click = (page: RecordedCall, user: string) =>
    h.post(
      interactionBody(
        blockActionPayload({
          actionId: 'hlp:ack',
          channelId: String(page.response?.channel ?? page.args.channel),
          messageTs: String(page.response?.ts),
          userId: user,
          value: String(buttons(page)[0]?.value),
        }),
      ),
    );

  it('a member of the group acknowledges (recorded with their own id); a non-member is refused', async () => {
    const pages = (await paged(['slack:C0PAGES'])) as RecordedCall[];
    expect(pages.map((p) => p.args.channel)).toEqual(['C0PAGES']);
    expect(JSON.stringify(pages[0]?.args.blocks)).toContain(`<!subteam^${GROUP}>`);
    const page = pages[0] as RecordedCall;
    const escalationId = String(buttons(page)[0]?.value);

    await click(page, 'U0NOBODY');
    const refused = await h.api.waitForCall('chat.postEphemeral', (c) => c.args.user === 'U0NOBODY');
    expect(String(refused.args.text)).toContain('Only a supervisor named in this escalation policy');
    expect((await store.getEscalation(escalationId))?.status).toBe('paging');

    await click(page, LEAD);
    const done = await h.api.waitForCall('chat.postEphemeral', (c) => c.args.user === LEAD);
    expect(String(done.args.text)).toContain('Acknowledged.');
    expect(await store.getEscalation(escalationId)).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: `slack:${LEAD}`,
    });
    // Membership was asked of Slack at click time.
    expect(h.api.callsTo('usergroups.users.list').length).toBeGreaterThan(0);
    // The agent is told who is coming as a mention, never as an internal id.
    const told = await until(async () => {
      await h.tick();
      return h.api.callsTo('chat.postMessage').find((c) => String(c.args.text).includes('has acknowledged your page'));
    }, 'the agent told');
    expect(String(told.args.text)).toContain(`<@${LEAD}> has acknowledged your page`);
    expect(JSON.stringify(told.args.blocks)).toContain(`<@${LEAD}> has acknowledged your page`);
    expect(JSON.stringify(told.args)).not.toContain('slack:');
  });

  it('a groups-only level with no channel DMs each member of the group', async () => {
    const pages = (await paged([])) as RecordedCall[];
    await until(async () => {
      await h.tick();
      return h.api.callsTo('chat.postMessage').filter((c) => buttons(c).length > 0).length >= 2;
    }, 'both members paged');
    const opened = h.api.callsTo('conversations.open').map((c) => c.args.users);
    expect(opened).toEqual(expect.arrayContaining([LEAD, 'U0LEAD2']));
    expect(pages.length).toBeGreaterThan(0);
  });
});
