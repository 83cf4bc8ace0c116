/** The guided flows through the real discord.js Client, the fake Discord and a real store. */
import { InteractionResponseType, Locale, MessageFlags } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, click, complaint, customIds, dmMessage, findId } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const agentId = `discord:${agent.id}`;

describe.each(backends)('Discord flows on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend);
  });
  afterEach(async () => {
    await h.close();
  });

  /** Starts a session with /complaint, delivers its first prompt, returns the session and its DM message. */
  async function begin(kind = 'insult', extra: Parameters<typeof complaint>[2] = {}) {
    const payload = complaint(
      agent,
      { kind, customer: 'Jane.Doe@Example.com', channel: 'phone', said: 'You are useless' },
      extra,
    );
    const cb = await h.interact(payload);
    const pointer = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`),
    );
    const current = await h.app.sessions.current(agentId);
    if (!current.ok || current.value === null) throw new Error('no session started');
    await h.deliver();
    const message = await dmMessage(h, current.value.id);
    return { payload, cb, pointer, session: current.value, message };
  }

  const dmPosts = (channelId: string) =>
    h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

  it('runs a whole insult session from /complaint to an outcome, step message updated in place', async () => {
    const { cb, pointer, session, message } = await begin();
    // Deferred at once (ephemeral), then the reply points to the DM where the steps live.
    expect(bodyOf(cb)).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    expect(bodyOf(pointer).content).toContain(`https://discord.com/channels/@me/${message.channel_id}`);
    const first = dmPosts(message.channel_id);
    expect(first).toHaveLength(1);
    expect(first[0]?.headers.authorization).toBe('Bot FAKE.discord.token');
    expect(bodyOf(first[0] as RecordedRequest).embeds?.[0]?.title).toBe('Let them vent first');

    let ids = customIds(first[0] as RecordedRequest);
    for (const action of ['worse', 'better', 'supervisor', 'threat_physical', 'threat_legal', 'close'])
      expect(ids.some((id) => id.endsWith(`:${action}`))).toBe(true);
    for (const choice of ['keeps_insulting', 'again', 'carried_on', 'carried_on', 'ended']) {
      const update = await click(h, agent, message, findId(ids, 'hl:c:', choice));
      expect(bodyOf(update)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
      ids = customIds(update);
    }
    expect(ids).toEqual([]); // closed: no buttons left
    const closed = await h.store.getSession(session.id);
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'ended_after_warning',
      warnings: 3,
      flagged: ['insult'],
    });

    await h.deliver();
    const texts = dmPosts(message.channel_id).map((r) => bodyOf(r).content ?? '');
    expect(texts.some((t) => t.includes('flagged'))).toBe(true);
    expect(texts.some((t) => t.includes('three slow breaths'))).toBe(true);
    // The step message was edited by the button updates only; no second step message was posted.
    const withButtons = dmPosts(message.channel_id).filter((r) => customIds(r).length > 0);
    expect(withButtons.filter((r) => customIds(r).some((id) => id.startsWith('hl:c:')))).toHaveLength(1);
    // The other is the decompression offer, with its buttons (care is always wired).
    expect(withButtons.map((r) => customIds(r).filter((id) => id.startsWith('hl:care:')).length)).toEqual([0, 4]);
    // Privacy: what the customer said and their clear reference reach neither the database nor the logs.
    const stored = JSON.stringify(closed);
    const logged = JSON.stringify(h.app.log.lines);
    for (const secret of ['useless', 'Jane.Doe', 'jane.doe@example.com']) {
      expect(stored).not.toContain(secret);
      expect(logged).not.toContain(secret);
    }
  });

  it('closes through the Close menu with an outcome, and Back returns to the step', async () => {
    const { session, message } = await begin();
    const first = dmPosts(message.channel_id)[0] as RecordedRequest;
    const menu = await click(h, agent, message, findId(customIds(first), 'hl:a:', 'close'));
    const outcomes = customIds(menu);
    expect(outcomes.some((id) => id.endsWith(':resolved'))).toBe(true);
    expect(outcomes.some((id) => id.endsWith(':ended_after_warning'))).toBe(false); // not told the customer yet
    const back = await click(h, agent, message, findId(outcomes, 'hl:b:', ''));
    expect(customIds(back).some((id) => id.endsWith(':keeps_insulting'))).toBe(true);
    await click(h, agent, message, findId(outcomes, 'hl:o:', 'resolved'));
    expect(await h.store.getSession(session.id)).toMatchObject({ status: 'closed', outcome: 'resolved' });
  });

  it('sets limits through a prefilled modal: per-field problems first, then saved', async () => {
    const { chatInputInteraction, modalSubmitInteraction } = await import('../fakes/discord/index.ts');
    const open = await h.interact(chatInputInteraction({ name: 'limits', user: agent }));
    const modal = bodyOf(open) as {
      type: number;
      data: { custom_id: string; components: { components: { custom_id: string; value: string }[] }[] };
    };
    expect(modal.type).toBe(InteractionResponseType.Modal);
    expect(modal.data.components.map((r) => [r.components[0]?.custom_id, r.components[0]?.value])).toEqual([
      ['minutes', '20'],
      ['hostility', '4'],
      ['complexity', '3'],
    ]);

    const bad = await h.interact(
      modalSubmitInteraction({
        user: agent,
        customId: modal.data.custom_id,
        fields: { minutes: '0', hostility: 'lots', complexity: '2' },
      }),
    );
    const problems = bodyOf(bad).data?.content ?? '';
    expect(bodyOf(bad)).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    expect(problems).toContain('Time with this customer: enter a whole number from 1 to 480.');
    expect(problems).toContain('Hostility: enter a whole number from 1 to 5.');
    expect(problems).not.toContain('Complexity');
    expect(customIds(bad)).toEqual(['hl:limits-edit']);
    expect(await h.app.agents.limits(agentId)).toMatchObject({ value: { minutes: 20, hostility: 4, complexity: 3 } });

    const good = await h.interact(
      modalSubmitInteraction({
        user: agent,
        customId: modal.data.custom_id,
        fields: { minutes: '30', hostility: '3', complexity: '2' },
      }),
    );
    expect(bodyOf(good).data?.content).toContain('Your limits are saved');
    expect(await h.app.agents.limits(agentId)).toMatchObject({ value: { minutes: 30, hostility: 3, complexity: 2 } });
    const again = await h.interact(chatInputInteraction({ name: 'limits', user: agent }));
    expect(JSON.stringify(bodyOf(again))).toContain('"value":"30"');
  });

  it('reports a physical threat with no team policy: the security report goes to the escalation channel, the agent is told nobody could be paged', async () => {
    const { message } = await begin();
    const first = dmPosts(message.channel_id)[0] as RecordedRequest;
    await click(h, agent, message, findId(customIds(first), 'hl:a:', 'threat_physical'));
    await h.deliver();
    await h.deliver();
    const posted = h.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/1100000000000000999/messages`,
    );
    expect(posted).toHaveLength(1);
    expect(bodyOf(posted[0] as RecordedRequest).embeds?.[0]?.title).toBe('Holdline threat report for security');
    expect(posted[0]?.headers.authorization).toBe('Bot FAKE.discord.token');
    const notices = dmPosts(message.channel_id).map((r) => bodyOf(r).content ?? '');
    expect(notices.some((t) => t.startsWith('No supervisor is configured for your team in Holdline'))).toBe(true);
  });

  it('pages on the time limit long after the interaction token expired, with the bot token', async () => {
    await h.close();
    h = await startHarness(backend, {
      policies: new EditablePolicies({
        teamId: 'team-a',
        levels: [{ supervisors: [], ackTimeoutMinutes: 5, repeat: 1 }],
        channels: ['discord:1100000000000000888'],
        security: [],
        legal: [],
      }),
    });
    const { message } = await begin();
    h.app.clock.advance(21 * 60_000); // past the 20-minute limit and the token's 15 minutes
    await h.deliver();
    await h.deliver();
    const page = await h.fake.waitFor(
      (r) => r.method === 'POST' && r.path === '/channels/1100000000000000888/messages',
    );
    expect(JSON.stringify(bodyOf(page))).toContain('Limit reached (Time with this customer): 21, limit 20');
    expect(page.headers.authorization).toBe('Bot FAKE.discord.token');
    const edits = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path === `/channels/${message.channel_id}/messages/${message.id}`,
    );
    expect(edits.length).toBeGreaterThan(0); // the DM step message is edited in place with the bot token
    expect(h.fake.requests.filter((r) => r.path.startsWith('/webhooks/')).every((r) => r.at < page.at)).toBe(true);
  });

  it('refuses a stale (already used) button and shows the current step instead', async () => {
    const { session, message } = await begin();
    const first = dmPosts(message.channel_id)[0] as RecordedRequest;
    const worse = findId(customIds(first), 'hl:a:', 'worse');
    await click(h, agent, message, worse);
    const stale = await click(h, agent, message, worse);
    expect(bodyOf(stale)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    const followUp = await h.fake.waitFor((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'));
    expect(bodyOf(followUp).content).toBe(
      'This step has moved on since that button was shown. The current step is below.',
    );
    const after = await h.store.getSession(session.id);
    expect(after?.hostility).toBe(session.hostility + 1); // applied once
    expect(after?.version).toBe(session.version + 1);
  });

  it('creates one session for a duplicated INTERACTION_CREATE', async () => {
    const payload = complaint(agent, { kind: 'vulgarity', customer: 'C-1001', channel: 'chat' });
    h.fake.dispatchInteraction(payload);
    h.fake.dispatchInteraction(payload);
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`));
    const callbacks = () => h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`));
    await expect.poll(() => callbacks().length).toBe(2);
    expect(
      callbacks()
        .map((r) => r.status)
        .sort(),
    ).toEqual([204, 400]);
    await h.deliver();
    const sessions = await h.app.sessions.recent(agentId, 10);
    expect(sessions.ok && sessions.value.length).toBe(1);
    expect(
      h.fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)),
    ).toHaveLength(1);
  });

  it('a click delivered twice (same interaction id) acts once', async () => {
    const { session, message } = await begin();
    const first = dmPosts(message.channel_id)[0] as RecordedRequest;
    const id = findId(customIds(first), 'hl:a:', 'worse');
    const { buttonInteraction } = await import('../fakes/discord/index.ts');
    const payload = buttonInteraction({
      user: agent,
      guildId: null,
      channelId: message.channel_id,
      customId: id,
      message,
    });
    h.fake.dispatchInteraction(payload);
    h.fake.dispatchInteraction(payload);
    await expect
      .poll(() => h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`)).length)
      .toBe(2);
    expect((await h.store.getSession(session.id))?.hostility).toBe(session.hostility + 1);
  });

  it('answers an unknown button id with a sentence and keeps serving', async () => {
    const { buttonInteraction, chatInputInteraction } = await import('../fakes/discord/index.ts');
    for (const customId of ['escalate:42', 'hl:c:sess-a-1:x:calmed', 'hl:z:sess-a-1:1:', 'hl:a:sess-a-1:0:dance']) {
      const cb = await h.interact(buttonInteraction({ user: agent, customId }));
      expect(bodyOf(cb)).toMatchObject({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { flags: MessageFlags.Ephemeral },
      });
      expect(bodyOf(cb).data?.content).toMatch(/^I do not recognise that button\./);
    }
    const help = await h.interact(
      chatInputInteraction({ name: 'holdline', user: agent, options: [{ name: 'help', type: 1 }] }),
    );
    expect(bodyOf(help).data?.content).toMatch(/^\/complaint starts guidance/);
  });

  it('answers malformed commands (bad or missing options, unknown command) with a sentence', async () => {
    const { chatInputInteraction } = await import('../fakes/discord/index.ts');
    const bad = complaint(agent, { kind: 'dragons', customer: 'C-1', channel: 'phone' });
    await h.interact(bad);
    const edit = await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${bad.token}/`));
    expect(bodyOf(edit).content).toBe(
      'The option "kind" is missing or not one of the offered values. Please pick from the list.',
    );
    const missing = chatInputInteraction({ name: 'complaint', user: agent });
    await h.interact(missing);
    const edit2 = await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${missing.token}/`));
    expect(bodyOf(edit2).content).toContain('"kind"');
    const unknown = await h.interact(chatInputInteraction({ name: 'frobnicate', user: agent }));
    expect(bodyOf(unknown).data?.content).toMatch(/^I do not know that command/);
    const tooLong = complaint(agent, { kind: 'insult', customer: 'C-1', channel: 'phone', said: 'x'.repeat(2_001) });
    await h.interact(tooLong);
    const edit3 = await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${tooLong.token}/`));
    expect(bodyOf(edit3).content).toContain('2001 characters; the most is 2000');
    expect((await h.app.sessions.current(agentId)).ok && (await h.app.sessions.current(agentId))).toMatchObject({
      value: null,
    });
  });

  it('passes the agent’s Discord locale to the session (Norwegian → nb)', async () => {
    const { session } = await begin('hostile', { locale: Locale.Norwegian });
    expect(session.locale).toBe('nb');
  });
});

describe('Discord escalation without a configured channel', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backends[0] as (typeof backends)[number], { escalationChannelId: undefined });
  });
  afterEach(async () => {
    await h.close();
  });

  it('logs a warning and tells the agent in their DM that nothing was sent', async () => {
    // A physical threat from the start: nobody to page (no team policy) and nowhere to post the security report.
    const payload = complaint(agent, { kind: 'physical_threat', customer: 'C-9', channel: 'in_person' });
    await h.interact(payload);
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/`));
    await h.deliver();
    await h.deliver();
    const dm = h.fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
    const texts = dm.map((r) => bodyOf(r).content ?? '');
    expect(texts.filter((t) => t.startsWith('No escalation channel is configured'))).toHaveLength(1);
    expect(texts.some((t) => t.startsWith('No supervisor is configured for your team in Holdline'))).toBe(true);
    expect(
      h.app.log.lines.filter((l) => l.level === 'warn' && l.msg?.includes('DISCORD_ESCALATION_CHANNEL_ID')),
    ).toHaveLength(1);
  });
});
