/**
 * Issue 15: an agent whose DMs are closed. Discord opens the DM channel, then refuses the step message
 * (50007). The agent gets the first step in the /complaint answer itself (ephemeral) with how to open DMs,
 * its buttons work there, and /complaint again shows the session there instead of pointing to the DMs.
 */
import { MessageFlags } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonInteraction, messageObject, userObject } from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'nadia' });

describe.each(backends)('Discord agent with DMs closed on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { kickOnCommit: true });
    h.app.runner.start(); // as in production: the commit wakes the runner, /complaint waits for its delivery
  });
  afterEach(async () => {
    await h.app.runner.stop();
    await h.close();
  });

  const original = (interactionToken: string) =>
    h.fake.waitFor(
      (r) =>
        r.method === 'PATCH' &&
        r.path.includes(`/${interactionToken}/messages/@original`) &&
        typeof (r.body as { content?: unknown }).content === 'string',
    );

  it('shows the first step in the interaction, with how to open DMs; its buttons work there', async () => {
    h.fake.closeDms(agent.id);
    const cmd = complaint(agent, { kind: 'insult', channel: 'chat' });
    const deferred = await h.interact(cmd);
    expect((deferred.body as { data?: { flags?: number } }).data?.flags).toBe(MessageFlags.Ephemeral);
    const answer = await original(cmd.token);
    const body = answer.body as { content: string; embeds?: unknown[] };
    expect(body.content).toContain('I cannot send you direct messages');
    expect(body.content).not.toContain('direct messages with me'); // not "your guidance is in your DMs"
    expect(body.embeds?.length).toBeGreaterThan(0);
    const buttons = customIds(answer);
    expect(buttons.length).toBeGreaterThan(0);
    // The refused DM was tried once, not retried.
    expect(h.fake.requests.filter((r) => r.status === 403)).toHaveLength(1);

    // A click on the ephemeral step updates it in place.
    const message = messageObject({ channelId: cmd.channel_id ?? '0', author: h.fake.botUser });
    const cb = await h.interact(
      buttonInteraction({ user: agent, channelId: message.channel_id, customId: buttons[0] as string, message }),
    );
    expect((cb.body as { type: number }).type).toBe(7); // UPDATE_MESSAGE

    // /complaint again: the open session is shown here again, not "carries on in your direct messages".
    const again = complaint(agent, { kind: 'insult', channel: 'chat' });
    await h.interact(again);
    const second = await original(again.token);
    expect((second.body as { content: string }).content).toContain('I cannot send you direct messages');
  });
});
