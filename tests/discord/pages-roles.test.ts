/** Issue 15: holders of a Discord role named on a policy level may acknowledge its page; anyone else is refused. */
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { buttonInteraction, messageObject, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const lead = userObject({ username: 'lead' });
const stranger = userObject({ username: 'lee' });
const ROLE = '1300000000000000042';
const PAGE_CHANNEL = '1100000000000000777';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:role:${ROLE}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};

describe.each(backends)('Discord roles answer pages on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  async function paged() {
    await h.app.agents.setLimits(`discord:${agent.id}`, { minutes: 1, hostility: 5, complexity: 5 });
    await h.interact(complaint(agent, { kind: 'insult', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    h.app.clock.advance(61_000);
    await h.deliver();
    const page = await h.fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${PAGE_CHANNEL}/messages` && customIds(r).length > 0,
    );
    expect(bodyOf(page).content).toContain(`<@&${ROLE}>`);
    return customIds(page)[0] as string;
  }

  const click = (user: typeof lead, customId: string) =>
    h.interact(
      buttonInteraction({
        user,
        channelId: PAGE_CHANNEL,
        customId,
        message: messageObject({ channelId: PAGE_CHANNEL, author: h.fake.botUser }),
      }),
    );

  it('a holder of the role acknowledges; recorded with their own id', async () => {
    h.fake.setRoles(lead.id, ['1300000000000000001', ROLE]);
    const ackId = await paged();
    const cb = await click(lead, ackId);
    expect(bodyOf(cb)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    const escalation = await h.store.getEscalation(ackId.split(':')[3] as string);
    expect(escalation).toMatchObject({ status: 'acknowledged', acknowledgedBy: `discord:${lead.id}` });
    // The agent is told who is coming as a mention, never as an internal id.
    await h.deliver();
    const told = h.fake.requests
      .filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'))
      .map((r) => bodyOf(r).content ?? '')
      .find((t) => t.includes('has acknowledged your page'));
    expect(told).toContain(`<@${lead.id}> has acknowledged your page`);
    expect(told).not.toContain('discord:');
  });

  it('someone without the role is refused', async () => {
    h.fake.setRoles(stranger.id, ['1300000000000000001']);
    const ackId = await paged();
    const cb = await click(stranger, ackId);
    expect(bodyOf(cb).data?.content).toContain('Only a supervisor named in this escalation policy');
    expect((await h.store.getEscalation(ackId.split(':')[3] as string))?.status).toBe('paging');
  });
});
