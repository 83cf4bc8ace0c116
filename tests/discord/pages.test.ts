/** Pages on Discord: a limit crossed DMs the supervisor and posts in the team channel; Acknowledge edits them all. */
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { buttonInteraction, messageObject, type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const supervisor = userObject({ username: 'sam' });
const stranger = userObject({ username: 'lee' });
const agentId = `discord:${agent.id}`;
const PAGE_CHANNEL = '1100000000000000777';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};

describe.each(backends)('Discord pages on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  const pagePosts = () =>
    h.fake.requests.filter(
      (r) =>
        r.method === 'POST' && r.path.startsWith('/channels/') && customIds(r).some((id) => id.startsWith('hl:page:')),
    );
  const channelOf = (r: RecordedRequest) => r.path.split('/')[2] as string;

  /** The agent's one-minute limit runs out: one page, DMed to the supervisor and posted in the channel. */
  async function crossLimit() {
    await h.app.agents.setLimits(agentId, { minutes: 1, hostility: 5, complexity: 5 });
    await h.interact(complaint(agent, { kind: 'insult', customer: 'Jane.Doe@Example.com', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    h.app.clock.advance(61_000);
    await h.deliver();
    await h.deliver();
    // A DM opened with the supervisor, and exactly two page messages: that DM and the team channel.
    expect(
      h.fake.requests.some(
        (r) => r.path === '/users/@me/channels' && (r.body as { recipient_id?: string }).recipient_id === supervisor.id,
      ),
    ).toBe(true);
    const pages = pagePosts();
    expect(pages).toHaveLength(2);
    const channel = pages.find((r) => channelOf(r) === PAGE_CHANNEL);
    const dm = pages.find((r) => channelOf(r) !== PAGE_CHANNEL);
    if (channel === undefined || dm === undefined) throw new Error('missing page message');
    return { dm, channel, supDm: channelOf(dm) };
  }

  it('pages a Discord supervisor with buttons; Acknowledge edits every page and tells the agent', async () => {
    const { dm, channel, supDm } = await crossLimit();
    for (const page of [dm, channel]) {
      const body = bodyOf(page);
      expect(body.embeds?.[0]?.title).toContain('needs a supervisor');
      expect(body.embeds?.[0]?.description).toMatch(/1 min with the customer/);
      expect(body.embeds?.[0]?.description).toMatch(/Customer /);
      const ids = customIds(page);
      expect(ids).toHaveLength(3);
      expect(ids[0]).toMatch(/^hl:page:ack:esc/);
      expect(ids[1]).toMatch(/^hl:page:take:esc/);
      expect(ids[2]).toMatch(/^hl:report:/);
      expect((page.body as { enforce_nonce?: boolean }).enforce_nonce).toBe(true);
    }
    expect(bodyOf(channel).content).toContain(`<@${supervisor.id}>`);

    const ackId = customIds(channel)[0] as string;
    const message = messageObject({ channelId: PAGE_CHANNEL, author: h.fake.botUser });
    const cb = await h.interact(
      buttonInteraction({ user: supervisor, channelId: PAGE_CHANNEL, customId: ackId, message }),
    );
    expect(bodyOf(cb)).toMatchObject({ type: InteractionResponseType.UpdateMessage, data: { components: [] } });

    const escalation = await h.store.getEscalation(ackId.split(':')[3] as string);
    expect(escalation).toMatchObject({ status: 'acknowledged', acknowledgedBy: `discord:${supervisor.id}` });

    await h.deliver();
    await h.deliver();
    // The page messages (not the agent's step message, which the session edits too).
    const edits = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.startsWith('/channels/') && [PAGE_CHANNEL, supDm].includes(channelOf(r)),
    );
    expect(edits.map(channelOf).sort()).toEqual([PAGE_CHANNEL, supDm].sort());
    for (const e of edits) {
      expect(bodyOf(e).content).toContain(`Acknowledged by <@${supervisor.id}>`);
      expect(customIds(e)).toEqual([]);
    }
    const told = h.fake.requests
      .filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'))
      .map((r) => bodyOf(r).content ?? '');
    expect(told.some((t) => t.includes('has acknowledged your page'))).toBe(true);
  });

  it('refuses a click from someone who is not a supervisor of the policy', async () => {
    const { channel } = await crossLimit();
    const ackId = customIds(channel)[0] as string;
    const message = messageObject({ channelId: PAGE_CHANNEL, author: h.fake.botUser });
    const cb = await h.interact(
      buttonInteraction({ user: stranger, channelId: PAGE_CHANNEL, customId: ackId, message }),
    );
    expect(bodyOf(cb)).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    expect(bodyOf(cb).data?.content).toContain('Only a supervisor named in this escalation policy');
    const escalation = await h.store.getEscalation(ackId.split(':')[3] as string);
    expect(escalation?.status).toBe('paging');
  });
});
