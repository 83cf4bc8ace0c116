/**
 * Decompression and check-ins on Discord: the real discord.js Client against the fake Discord, the
 * real store and care services, a ManualClock. Effects are delivered when the test ticks the runner.
 */
import {
  type APIMessage,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  Locale,
  MessageFlags,
} from 'discord-api-types/v10';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chunks, DiscordCareDelivery } from '../../adapters/discord/care-delivery.ts';
import { DiscordMessenger } from '../../adapters/discord/dm.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import { anonymousCheckins, type anonymousContributors } from '../../src/store/schema.ts';
import {
  buttonInteraction,
  chatInputInteraction,
  messageObject,
  modalSubmitInteraction,
  type RecordedRequest,
  userObject,
} from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import {
  type CareHarness,
  type CareHarnessOptions,
  CHECKIN_CHANNEL,
  PEER_CHANNEL,
  startCareHarness,
} from './care-harness.ts';
import { bodyOf, customIds } from './steps.ts';

const MINUTE = 60_000;
const agent = userObject({ username: 'aisha' });
const agentId = `discord:${agent.id}`;
const boss = userObject({ username: 'bo' });
const bossId = `discord:${boss.id}`;

const tableRows = (store: DrizzleStore, table: typeof anonymousCheckins | typeof anonymousContributors) =>
  (store as unknown as { db: Db }).db.select().from(table) as Promise<Record<string, unknown>[]>;

interface Sent {
  content?: string;
  allowed_mentions?: { parse?: string[]; users?: string[] };
  nonce?: string;
  enforce_nonce?: boolean;
  components?: unknown[];
  embeds?: unknown[];
}
const sent = (r: RecordedRequest) => r.body as Sent;

describe.each(backends)('Discord care on $name', (backend) => {
  let h: CareHarness;
  // Each test starts its own harness (options differ); the first store open in a process pays for
  // loading the database engine, so pay it here under the hook timeout rather than in the first test.
  beforeAll(async () => {
    const warm = await backend.open();
    await warm.close();
  });
  let started = false;
  afterEach(async () => {
    if (started) await h.close();
    started = false;
  });
  const start = async (opts: CareHarnessOptions = {}) => {
    h = await startCareHarness(backend, { supervisors: `${bossId},slack:U1`, ...opts });
    started = true;
    return h;
  };

  const dmOf = async (userId: string) => (await h.adapter.client.users.createDM(userId)).id;
  const postsTo = (channelId: string) =>
    h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
  const edits = (channelId: string) =>
    h.fake.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith(`/channels/${channelId}/messages/`));

  /** A session closed with `outcome` (escalated counts as a hard contact); returns the offer as posted. */
  async function closeSession(outcome: 'resolved' | 'escalated' = 'escalated', locale: 'en' | 'nb' = 'en') {
    const started = await h.app.sessions.start({
      agentId,
      surface: 'discord',
      kind: 'insult',
      channel: 'phone',
      locale,
      requestKey: `start-${outcome}-${locale}`,
    });
    if (!started.ok) throw new Error(started.error.code);
    const s = started.value.session;
    const closed = await h.app.sessions.apply({
      sessionId: s.id,
      actor: agentId,
      event: { type: 'close', outcome },
      expectedVersion: s.version,
    });
    if (!closed.ok) throw new Error(closed.error.code);
    await h.deliver();
    const dm = await dmOf(agent.id);
    const offer = postsTo(dm).find((r) => customIds(r).some((id) => id.startsWith('hl:care:')));
    if (offer === undefined) throw new Error('no decompression offer in the DM');
    const message = messageObject({
      channelId: dm,
      author: h.fake.botUser,
      body: sent(offer) as Record<string, unknown>,
    });
    return { dm, offer, message };
  }

  const click = (message: APIMessage, customId: string, locale?: Locale) =>
    h.interact(
      buttonInteraction({
        user: agent,
        guildId: null,
        channelId: message.channel_id,
        customId,
        message,
        ...(locale ? { locale } : {}),
      }),
    );

  /** The agent submits the break modal opened from the offer `message` in their DM. */
  const submitBreak = (dm: string, message: APIMessage, minutes: string) =>
    h.interact(
      modalSubmitInteraction({
        user: agent,
        guildId: null,
        channelId: dm,
        customId: 'hl:care-m:break:',
        fields: { minutes },
        message,
      }),
    );

  const checkinCommand = (
    user: typeof agent,
    values: { mood?: number | string; visibility?: string; note?: string },
    locale?: Locale,
  ) => {
    const options = [
      ...(values.mood === undefined
        ? []
        : [
            typeof values.mood === 'number'
              ? { name: 'mood', type: ApplicationCommandOptionType.Integer as const, value: values.mood }
              : { name: 'mood', type: ApplicationCommandOptionType.String as const, value: values.mood },
          ]),
      ...(values.visibility === undefined
        ? []
        : [{ name: 'visibility', type: ApplicationCommandOptionType.String as const, value: values.visibility }]),
      ...(values.note === undefined
        ? []
        : [{ name: 'note', type: ApplicationCommandOptionType.String as const, value: values.note }]),
    ];
    // `/checkin now mood:… visibility:… [note:…]` (`/checkin history` is the other subcommand).
    return chatInputInteraction({
      name: 'checkin',
      user,
      options: [{ name: 'now', type: ApplicationCommandOptionType.Subcommand, options }],
      ...(locale ? { locale } : {}),
    });
  };

  /** Runs a deferred command and returns the text it finally answered with. */
  async function answer(
    payload: ReturnType<typeof chatInputInteraction>,
  ): Promise<{ cb: RecordedRequest; text: string }> {
    const cb = await h.interact(payload);
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`),
    );
    return { cb, text: sent(edit).content ?? '' };
  }

  const holdline = (user: typeof agent, sub: string, week?: string) =>
    chatInputInteraction({
      name: 'holdline',
      user,
      options: [
        {
          name: sub,
          type: ApplicationCommandOptionType.Subcommand,
          ...(week ? { options: [{ name: 'week', type: ApplicationCommandOptionType.String, value: week }] } : {}),
        },
      ],
    });

  it('offers breathe / talk / break / skip in the DM when a session closes; skip is one tap to the check-in', async () => {
    await start();
    const { offer, message } = await closeSession('resolved');
    expect(customIds(offer)).toEqual([
      `hl:care:breathe::${agent.id}`,
      `hl:care:talk::${agent.id}`,
      `hl:care:break::${agent.id}`,
      `hl:care:skip::${agent.id}`,
    ]);
    expect(sent(offer).content).toContain('three slow breaths');
    expect(sent(offer).content).toContain('Before the next contact, something for you? (optional)');
    expect(sent(offer).allowed_mentions).toEqual({ parse: [] });
    expect(sent(offer).nonce).toMatch(/^[\w-]{25}$/);
    expect(sent(offer).enforce_nonce).toBe(true);

    const skipped = await click(message, `hl:care:skip::${agent.id}`);
    expect(bodyOf(skipped)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    expect(bodyOf(skipped).data?.content).toContain('Skipped. Take care.');
    expect(customIds(skipped)).toEqual([`hl:care:checkin::${agent.id}`]);
    // Nothing was asked of anyone: no break, no ping, nothing in the care outbox.
    await h.deliver();
    expect(postsTo(PEER_CHANNEL)).toHaveLength(0);
    expect(postsTo(CHECKIN_CHANNEL)).toHaveLength(0);
  });

  it("a click on another agent's offer (a forged or shared button) is refused with a sentence and changes nothing (issue 18)", async () => {
    await start();
    const { message } = await closeSession('escalated');
    const before = h.fake.requests.length;
    const forged = await h.interact(
      buttonInteraction({
        user: boss,
        guildId: null,
        channelId: message.channel_id,
        customId: `hl:care:talk::${agent.id}`,
        message,
      }),
    );
    expect(bodyOf(forged)).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
    expect((bodyOf(forged).data as { flags?: number }).flags).toBe(MessageFlags.Ephemeral);
    expect(bodyOf(forged).data?.content).toContain('belong to an offer made to someone else');
    await h.deliver();
    // No ping in the buddy channel, no edit of the agent's offer.
    expect(postsTo(PEER_CHANNEL)).toHaveLength(0);
    expect(h.fake.requests.slice(before).filter((r) => r.method === 'PATCH')).toHaveLength(0);
    // The owner's own click still works.
    const talked = await click(message, `hl:care:talk::${agent.id}`);
    expect(customIds(talked)).toEqual([
      `hl:care:breathe:t:${agent.id}`,
      `hl:care:break:t:${agent.id}`,
      `hl:care:skip:t:${agent.id}`,
    ]);
  });

  it('breathes with the agent: answers at once, then edits the message at the script’s pace, then offers the rest', async () => {
    const waits: number[] = [];
    await start({ pause: async (ms) => void waits.push(ms) });
    const { dm, message } = await closeSession('resolved');
    const first = await click(message, `hl:care:breathe::${agent.id}`);
    expect(bodyOf(first)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    expect(bodyOf(first).data?.content).toBe('Let us take 3 slow breaths together. Sit back, shoulders down.');
    expect(customIds(first)).toEqual([]);
    const last = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/channels/${dm}/messages/${message.id}` && customIds(r).length > 0,
    );
    expect(waits).toEqual([2000, 4000, 4000, 6000, 4000, 4000, 6000, 4000, 4000, 6000]);
    const texts = edits(dm).map((r) => sent(r).content ?? '');
    expect(texts[0]).toBe('Breath 1 of 3: breathe in through your nose… (4 s)');
    expect(texts).toHaveLength(10);
    expect(sent(last).content).toContain('Well done.');
    // Breathing is done; talk, break and skip remain.
    expect(customIds(last)).toEqual([
      `hl:care:talk:b:${agent.id}`,
      `hl:care:break:b:${agent.id}`,
      `hl:care:skip:b:${agent.id}`,
    ]);
  });

  it('talk to someone pings the peer channel naming the agent without pinging anyone', async () => {
    await start();
    const { message } = await closeSession('resolved');
    const talked = await click(message, `hl:care:talk::${agent.id}`);
    expect(bodyOf(talked).data?.content).toContain('Your team has been told you would like a word.');
    expect(customIds(talked)).toEqual([
      `hl:care:breathe:t:${agent.id}`,
      `hl:care:break:t:${agent.id}`,
      `hl:care:skip:t:${agent.id}`,
    ]);
    await h.deliver();
    const [ping] = postsTo(PEER_CHANNEL);
    expect(sent(ping as RecordedRequest).content).toBe(
      `<@${agent.id}> has just had a hard contact and would like to talk to someone.`,
    );
    expect(sent(ping as RecordedRequest).allowed_mentions).toEqual({ parse: [] });
  });

  it('a second click on talk or a second break from the same offer (new interactions) pings and notifies once', async () => {
    await start();
    const { dm, message } = await closeSession('escalated');
    const first = await click(message, `hl:care:talk::${agent.id}`);
    const second = await click(message, `hl:care:talk::${agent.id}`);
    for (const answer of [first, second])
      expect(bodyOf(answer).data?.content).toContain('Your team has been told you would like a word.');
    // The repeat asks for 20 minutes but gets the first break's answer: 15 minutes, as started.
    for (const answer of [await submitBreak(dm, message, '15'), await submitBreak(dm, message, '20')])
      expect(bodyOf(answer).data?.content).toContain('Enjoy your break. I will remind you in 15 min.');
    await h.deliver();
    expect(postsTo(PEER_CHANNEL)).toHaveLength(1);
    const bossDm = await dmOf(boss.id);
    expect(postsTo(bossDm).map((r) => sent(r).content)).toEqual([
      `<@${agent.id}> is taking a 15-minute break after a hard contact.`,
    ]);
  });

  it('talk with no peer channel: the offer says so, once, and nothing is posted or DMed', async () => {
    await start({ peerChannel: null });
    const { message } = await closeSession('resolved');
    const before = h.fake.requests.length;
    const talked = await click(message, `hl:care:talk::${agent.id}`);
    expect(bodyOf(talked).data?.content).toContain('No buddy channel is set up yet');
    expect(await h.store.care.nextCareDueAt()).toBeNull();
    await h.deliver();
    // The interaction's answer is the only request: no channel post, no DM.
    expect(h.fake.requests.slice(before).map((r) => `${r.method} ${r.path.split('/')[1]}`)).toEqual([
      'POST interactions',
    ]);
  });

  it('a peer channel that is no Discord id is not retried: nothing is posted and the error is logged', async () => {
    await start({ peerChannel: 'C0SLACKONLY' });
    const { message } = await closeSession('resolved');
    await click(message, `hl:care:talk::${agent.id}`);
    const before = h.fake.requests.length;
    await h.deliver();
    expect(h.fake.requests.slice(before)).toEqual([]);
    expect(await h.store.care.nextCareDueAt()).toBeNull();
    expect(JSON.stringify(h.app.log.lines)).toContain('care delivery given up');
  });

  it('a break from the modal: reminder to the agent when the timer fires, notice to the supervisor after a hard contact', async () => {
    await start();
    const { dm, message } = await closeSession('escalated');
    const modal = await click(message, `hl:care:break::${agent.id}`);
    expect(bodyOf(modal)).toMatchObject({ type: InteractionResponseType.Modal });
    const modalBody = bodyOf(modal).data as { custom_id: string; components: { components: { value: string }[] }[] };
    expect(modalBody.custom_id).toBe('hl:care-m:break:');
    expect(modalBody.components[0]?.components[0]?.value).toBe('10');

    // Out of bounds: a clear sentence, the offer stays, nothing is stored.
    const bad = await submitBreak(dm, message, '90');
    expect(bodyOf(bad)).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'A break is 1 to 60 minutes.', flags: MessageFlags.Ephemeral },
    });

    const submitted = await submitBreak(dm, message, '15');
    expect(bodyOf(submitted)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    expect(bodyOf(submitted).data?.content).toContain('Enjoy your break. I will remind you in 15 min.');
    expect(customIds(submitted)).toEqual([`hl:care:checkin::${agent.id}`]);

    await h.deliver();
    const bossDm = await dmOf(boss.id);
    const notices = postsTo(bossDm).map((r) => sent(r));
    expect(notices.map((n) => n.content)).toEqual([`<@${agent.id}> is taking a 15-minute break after a hard contact.`]);
    expect(notices[0]?.allowed_mentions).toEqual({ parse: [] });
    const beforeReminder = postsTo(dm).length;

    h.app.clock.advance(14 * MINUTE);
    await h.deliver();
    expect(postsTo(dm)).toHaveLength(beforeReminder);
    h.app.clock.advance(MINUTE);
    await h.deliver();
    const reminders = postsTo(dm)
      .slice(beforeReminder)
      .map((r) => sent(r).content);
    expect(reminders).toEqual(['Your 15-minute break is over. Ready when you are.']);
    await h.deliver();
    expect(postsTo(dm)).toHaveLength(beforeReminder + 1); // fired once
  });

  it('/checkin anonymous: the post names nobody and the stored row holds no user; the team-level nudge reaches the supervisor', async () => {
    await start();
    const { cb, text } = await answer(checkinCommand(agent, { mood: 2, visibility: 'anonymous', note: 'rough day' }));
    expect(bodyOf(cb)).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    expect(text).toBe('Thanks. Posted anonymously; it is stored without your name or the time.');
    await h.deliver();
    const [post] = postsTo(CHECKIN_CHANNEL);
    const body = sent(post as RecordedRequest);
    expect(body.content).toBe('Anonymous check-in: mood 2/5 “rough day”');
    expect(JSON.stringify(body)).not.toContain(agent.id);
    expect(JSON.stringify(body)).not.toContain('aisha');
    expect(body.content).not.toContain('<@');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toBeUndefined();
    const [row] = await tableRows(h.store, anonymousCheckins);
    expect(Object.keys(row ?? {}).sort()).toEqual(['id', 'mood', 'teamId', 'week']);
    expect(JSON.stringify(await tableRows(h.store, anonymousCheckins))).not.toContain(agent.id);
    const bossDm = await dmOf(boss.id);
    const nudges = postsTo(bossDm).map((r) => sent(r).content ?? '');
    expect(nudges).toEqual([
      'Someone in team default checked in anonymously with mood 2/5. Consider checking in with the team.',
    ]);
  });

  it('an anonymous note cannot format the post or carry a masked link; link embeds are suppressed (issue 18)', async () => {
    await start();
    const note = '[my bank](https://evil.example/x) **now** <@123456789012345678>';
    await answer(checkinCommand(agent, { mood: 3, visibility: 'anonymous', note }));
    await h.deliver();
    const [post] = postsTo(CHECKIN_CHANNEL);
    const body = sent(post as RecordedRequest) as Sent & { flags?: number };
    expect(body.content).toBe(
      'Anonymous check-in: mood 3/5 “\\[my bank](https://evil.example/x) \\*\\*now\\*\\* \\<@123456789012345678>”',
    );
    expect((body.flags ?? 0) & MessageFlags.SuppressEmbeds).toBe(MessageFlags.SuppressEmbeds);
  });

  it('/checkin named mentions the agent (without a ping); a low mood nudges the supervisor once, in their language', async () => {
    await start();
    await h.app.agents.setLocale(bossId, 'nb');
    const { text } = await answer(checkinCommand(agent, { mood: 1, visibility: 'named' }));
    expect(text).toBe('Thanks. Posted to your team with your name.');
    await h.deliver();
    await h.deliver();
    const [post] = postsTo(CHECKIN_CHANNEL);
    expect(sent(post as RecordedRequest).content).toBe(`Check-in from <@${agent.id}>: mood 1/5`);
    expect(sent(post as RecordedRequest).allowed_mentions).toEqual({ parse: [] });
    const bossDm = await dmOf(boss.id);
    const nudges = postsTo(bossDm).map((r) => sent(r).content);
    expect(nudges).toEqual([`<@${agent.id}> sjekket inn med humør 1/5. En rolig prat kan hjelpe.`]);
    // Private check-ins are stored only; they post nothing and nudge nobody.
    await answer(checkinCommand(agent, { mood: 1, visibility: 'private' }));
    await h.deliver();
    expect(postsTo(CHECKIN_CHANNEL)).toHaveLength(1);
    expect(postsTo(bossDm)).toHaveLength(1);
  });

  it('a named check-in with no check-in channel is kept and the agent is told it was not posted', async () => {
    await start({ checkinChannel: null });
    expect((await answer(checkinCommand(agent, { mood: 4, visibility: 'named' }))).text).toMatch(
      /^Thanks\. Saved with your name, but your team has no check-in channel set up, so nothing was posted\./,
    );
    await h.deliver();
    // Nothing was queued to post, so nothing reaches a channel or the DM later.
    expect(h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'))).toEqual([]);
    const history = await h.care.history(agentId);
    expect(history.ok && history.value.map((r) => r.mood)).toEqual([4]);
  });

  it('answers a bad mood, a bad visibility and an over-long note with the catalogue sentence', async () => {
    await start();
    expect((await answer(checkinCommand(agent, { mood: 9, visibility: 'named' }))).text).toBe(
      'Mood is a number from 1 to 5.',
    );
    expect((await answer(checkinCommand(agent, { mood: 'great', visibility: 'named' }))).text).toBe(
      'Mood is a number from 1 to 5.',
    );
    expect((await answer(checkinCommand(agent, { mood: 3, visibility: 'everyone' }))).text).toBe(
      'Choose named, anonymous or private.',
    );
    expect((await answer(checkinCommand(agent, { mood: 3, visibility: 'named', note: 'x'.repeat(281) }))).text).toBe(
      'The note is at most 280 characters.',
    );
    await h.deliver();
    expect(postsTo(CHECKIN_CHANNEL)).toHaveLength(0);
    const history = await h.care.history(agentId);
    expect(history.ok && history.value).toEqual([]);
  });

  it('the check-in after the offer opens a modal (selects and a note) and saves from it', async () => {
    await start();
    const { dm, message } = await closeSession('resolved');
    const skipped = await click(message, `hl:care:skip::${agent.id}`);
    const prompt = messageObject({
      channelId: dm,
      author: h.fake.botUser,
      id: message.id,
      body: bodyOf(skipped).data as Record<string, unknown>,
    });
    const modal = await click(prompt, `hl:care:checkin::${agent.id}`);
    expect(bodyOf(modal)).toMatchObject({ type: InteractionResponseType.Modal });
    const data = bodyOf(modal).data as {
      custom_id: string;
      components: { type: number; component: { custom_id: string; options?: { value: string }[] } }[];
    };
    expect(data.custom_id).toBe('hl:care-m:checkin:');
    expect(data.components.map((c) => [c.type, c.component.custom_id])).toEqual([
      [ComponentType.Label, 'mood'],
      [ComponentType.Label, 'visibility'],
      [ComponentType.Label, 'note'],
    ]);
    expect(data.components[0]?.component.options?.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);

    const label = (id: string, component: object) => ({
      type: ComponentType.Label as const,
      id: 1,
      component: { id: 2, custom_id: id, ...component },
    });
    const submitted = await h.interact(
      modalSubmitInteraction({
        user: agent,
        guildId: null,
        channelId: dm,
        customId: 'hl:care-m:checkin:',
        message: prompt,
        components: [
          label('mood', { type: ComponentType.StringSelect, values: ['4'] }),
          label('visibility', { type: ComponentType.StringSelect, values: ['private'] }),
          label('note', { type: ComponentType.TextInput, value: 'ok now' }),
        ] as never,
      }),
    );
    expect(bodyOf(submitted)).toMatchObject({
      type: InteractionResponseType.UpdateMessage,
      data: { content: 'Thanks. Kept in your own history only.' },
    });
    expect(customIds(submitted)).toEqual([]);
    const mine = await answer(holdline(agent, 'checkins'));
    expect(mine.text).toContain('Your recent check-ins:');
    expect(mine.text).toMatch(/mood 4\/5 \(only you\) “ok now”/);
    expect(mine.text).not.toContain('Team mood');
  });

  it('/holdline digest: refused for an agent, shown for a supervisor; a bad week is explained', async () => {
    await start();
    await answer(checkinCommand(agent, { mood: 3, visibility: 'named' }));
    expect((await answer(holdline(agent, 'digest'))).text).toBe(
      'Only a supervisor can read the team digest. Your own check-ins are under /holdline checkins.',
    );
    const digest = await answer(holdline(boss, 'digest'));
    expect(digest.text).toContain('Holdline weekly digest: team default, 2026-W48');
    expect(digest.text).toContain('average 3/5 (check-ins: 1)');
    expect((await answer(holdline(boss, 'digest', 'week 9'))).text).toBe(
      'Give the week as YYYY-Www, for example 2026-W47.',
    );
    // A supervisor's /holdline checkins adds the team's mood this week.
    const trend = await answer(holdline(boss, 'checkins'));
    expect(trend.text).toContain('Team mood this week (2026-W48):');
  });

  it('speaks the agent’s language: Indonesian from interaction.locale, Norwegian in the modal', async () => {
    await start();
    const { text } = await answer(checkinCommand(agent, { mood: 5, visibility: 'private' }, Locale.Indonesian));
    expect(text).toBe('Terima kasih. Hanya disimpan di riwayat Anda sendiri.');
    const bad = await answer(checkinCommand(agent, { mood: 7, visibility: 'private' }, Locale.Indonesian));
    expect(bad.text).not.toBe('Mood is a number from 1 to 5.');
    const { dm, message } = await closeSession('resolved', 'nb');
    const modal = await click(
      messageObject({ channelId: dm, author: h.fake.botUser, id: message.id }),
      `hl:care:checkin::${agent.id}`,
      Locale.Norwegian,
    );
    expect((bodyOf(modal).data as { title: string }).title).toBe('Sjekk inn');
    const offerText = sent(postsTo(dm).find((r) => customIds(r).length > 0) as RecordedRequest).content;
    expect(offerText).toContain('Før neste henvendelse: noe for deg selv? (valgfritt)');
  });

  it('a supervisor Discord cannot DM does not hold up the others; a server error is retried without a duplicate', async () => {
    const other = userObject({ username: 'cy' });
    await start({ supervisors: `${bossId},discord:${other.id}` });
    h.fake.failNext((m, p) => m === 'POST' && p === '/users/@me/channels', { status: 403, code: 50007 });
    await answer(checkinCommand(agent, { mood: 2, visibility: 'named' }));
    await h.deliver();
    const otherDm = await dmOf(other.id);
    expect(postsTo(otherDm)).toHaveLength(1);
    expect(h.app.log.lines.some((l) => l.msg === 'supervisor unreachable')).toBe(true);
    // Given up for that supervisor only: later ticks send nothing again.
    h.app.clock.advance(10 * MINUTE);
    await h.deliver();
    expect(postsTo(otherDm)).toHaveLength(1);

    // A 5xx on the channel post (after discord.js's own retry) leaves the post queued for the runner.
    h.fake.failNext(`POST /channels/${CHECKIN_CHANNEL}/messages`, { status: 500, times: 2 });
    await answer(checkinCommand(agent, { mood: 4, visibility: 'named', note: 'better' }));
    await h.deliver();
    const failed = postsTo(CHECKIN_CHANNEL).filter((r) => r.status === 200);
    expect(failed.map((r) => sent(r).content)).toEqual([`Check-in from <@${agent.id}>: mood 2/5`]);
    expect(h.app.log.lines.some((l) => l.msg === 'care delivery failed; will retry')).toBe(true);
    h.app.clock.advance(10 * MINUTE);
    await h.deliver();
    const posted = postsTo(CHECKIN_CHANNEL).filter((r) => r.status === 200);
    expect(posted.map((r) => sent(r).content)).toEqual([
      `Check-in from <@${agent.id}>: mood 2/5`,
      `Check-in from <@${agent.id}>: mood 4/5 “better”`,
    ]);
    // The retry carries the same nonce as the failed attempt.
    const attempts = postsTo(CHECKIN_CHANNEL).filter((r) => sent(r).content?.includes('4/5'));
    expect(new Set(attempts.map((r) => sent(r).nonce)).size).toBe(1);
    // The note never reaches the logs.
    expect(JSON.stringify(h.app.log.lines)).not.toContain('better');
  });
  it('sends the weekly digest to each Discord supervisor; ids of other surfaces and roles are skipped', async () => {
    await start();
    await answer(checkinCommand(agent, { mood: 3, visibility: 'named' }));
    const digest = await h.care.digest('default');
    if (!digest.ok) throw new Error(digest.error.code);
    const delivery = new DiscordCareDelivery({
      messenger: new DiscordMessenger(h.adapter.client),
      agents: h.app.agents,
      log: h.app.log,
      teamLocale: 'en',
    });
    await delivery.deliverCare({
      id: 'digest:default:2026-W48',
      surface: 'discord',
      attempts: 0,
      effect: { type: 'digestPost', to: [bossId, 'slack:U1', 'discord:role:5'], digest: digest.value },
    });
    const bossDm = await dmOf(boss.id);
    // The digest's text (in as many messages as it needs), then its chart (tests/discord/supervisor.test.ts).
    const posts = postsTo(bossDm)
      .map((r) => sent(r))
      .filter((p) => p.content !== undefined);
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts[0]?.content).toContain('Holdline weekly digest: team default, 2026-W48');
    expect(posts[0]?.content).toContain('average 3/5 (check-ins: 1)');
    expect(posts[0]?.allowed_mentions).toEqual({ parse: [] });
    // Only the supervisor's DM was opened: nothing tried for the Slack id or the role.
    expect(h.fake.requests.filter((r) => r.path === '/users/@me/channels')).toHaveLength(1);
  });
});

describe('Discord care messages', () => {
  it('splits long text on line breaks into messages of at most 2,000 characters', () => {
    const line = 'x'.repeat(900);
    expect(chunks([line, line, line].join('\n')).map((c) => c.length)).toEqual([1801, 900]);
    expect(chunks('y'.repeat(2500)).map((c) => c.length)).toEqual([2000]);
    expect(chunks('short')).toEqual(['short']);
  });
});
