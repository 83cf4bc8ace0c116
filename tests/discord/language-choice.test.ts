/**
 * A person's own `/language` choice wins over their Discord client language on every answer, buttons
 * included (issue 16: the step and page buttons answered in `interaction.locale`). Real discord.js, the
 * fake Discord, a real store; every click arrives with Discord's default `en-US`.
 */
import { type APIUser, ApplicationCommandOptionType, InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorKey } from '../../src/app/errors.ts';
import { type PolicySnapshot, text, viewSession } from '../../src/engine/index.ts';
import {
  buttonInteraction,
  chatInputInteraction,
  messageObject,
  type RecordedRequest,
  userObject,
} from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, click, complaint, customIds, dmMessage, findId } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const supervisor = userObject({ username: 'sam' });
const agentId = `discord:${agent.id}`;
const PAGE_CHANNEL = '1100000000000000777';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};

const chooseLanguage = (user: APIUser, code: string) =>
  chatInputInteraction({
    name: 'language',
    user,
    options: [{ name: 'code', type: ApplicationCommandOptionType.String, value: code }],
  });

/** The ephemeral follow-up sent for an interaction (POST /webhooks/{app}/{token}). */
const followUpOf = (h: Harness, token: string) =>
  h.fake.waitFor((r) => r.method === 'POST' && r.path.startsWith('/webhooks/') && r.path.includes(token));

describe.each(backends)('Discord answers in the person’s chosen language on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  async function begin() {
    const payload = complaint(agent, { kind: 'insult', customer: 'Jane.Doe@Example.com', channel: 'phone' });
    await h.interact(payload);
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`));
    const current = await h.app.sessions.current(agentId);
    if (!current.ok || current.value === null) throw new Error('no session started');
    await h.deliver();
    return { session: current.value, message: await dmMessage(h, current.value.id) };
  }

  it('step buttons: the updated step, the menus and the stale-click sentence are in Malay', async () => {
    await h.interact(chooseLanguage(agent, 'ms'));
    const { session, message } = await begin();
    expect(session.locale).toBe('ms');
    const posted = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`,
    );
    const ids = customIds(posted as RecordedRequest);

    // A menu (no state change) in Malay.
    const menu = await click(h, agent, message, findId(ids, 'hl:a:', 'supervisor'));
    const menuLabels = (bodyOf(menu).data?.components ?? []).flatMap((row) =>
      (row.components ?? []).map((c) => c.label),
    );
    expect(menuLabels).toContain(text('ms', 'reason.customer_insists'));
    expect(menuLabels).not.toContain(text('en', 'reason.customer_insists'));

    // A choice: the step shown in place is the next step, in Malay.
    const choose = findId(ids, 'hl:c:', 'keeps_insulting');
    const update = await click(h, agent, message, choose);
    expect(bodyOf(update)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    const after = await h.store.getSession(session.id);
    if (after === null) throw new Error('session vanished');
    const title = (bodyOf(update) as { data?: { embeds?: { title?: string }[] } }).data?.embeds?.[0]?.title;
    expect(title).toBe(viewSession(after, h.app.clock.now(), 'ms').title);
    expect(title).not.toBe(viewSession(after, h.app.clock.now(), 'en').title);

    // The same button again is stale: the sentence saying so is Malay too.
    const stale = buttonInteraction({
      user: agent,
      guildId: null,
      channelId: message.channel_id,
      customId: choose,
      message,
    });
    await h.interact(stale);
    const said = await followUpOf(h, stale.token);
    expect(bodyOf(said).content).toBe(text('ms', errorKey('stale')));
  });

  it('page buttons: a supervisor who chose Norwegian is answered in Norwegian', async () => {
    await h.interact(chooseLanguage(supervisor, 'nb'));
    await h.app.agents.setLimits(agentId, { minutes: 1, hostility: 5, complexity: 5 });
    await begin();
    h.app.clock.advance(61_000);
    await h.deliver();
    await h.deliver();
    const page = h.fake.requests.find(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${PAGE_CHANNEL}/messages` &&
        customIds(r).some((id) => id.startsWith('hl:page:ack:')),
    );
    const ackId = customIds(page as RecordedRequest)[0] as string;
    const payload = buttonInteraction({
      user: supervisor,
      channelId: PAGE_CHANNEL,
      customId: ackId,
      message: messageObject({ channelId: PAGE_CHANNEL, author: h.fake.botUser }),
    });
    const cb = await h.interact(payload);
    expect(bodyOf(cb).data?.content).toBe(
      `✅ ${text('nb', 'page.update_acknowledged', { by: `<@${supervisor.id}>` })}`,
    );
    const done = await followUpOf(h, payload.token);
    expect(bodyOf(done).content).toBe(text('nb', 'ack.done', { agent: `<@${agent.id}>` }));
  });
});
