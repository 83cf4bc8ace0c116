import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  Events,
  type Interaction,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient } from './client.ts';
import {
  buttonInteraction,
  chatInputInteraction,
  FAKE_GUILD_ID,
  type FakeDiscord,
  modalSubmitInteraction,
  type RecordedRequest,
  startFakeDiscord,
  userObject,
} from './index.ts';

let fake: FakeDiscord;
let client: Client<true>;

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = await connectClient(fake);
});

afterEach(async () => {
  await client.destroy();
  await fake.close();
});

/** Runs `handler` for the next interaction and resolves with what it returned (or rejects with its error). */
function handleNext<T>(handler: (interaction: Interaction) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => void handler(interaction).then(resolve, reject));
  });
}

const isCallback = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);

describe('fake Discord with the real discord.js Client', () => {
  it('logs in: gateway/bot, IDENTIFY with the Guilds intent, READY and GUILD_CREATE', () => {
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
    expect(fake.requests[0]?.headers.authorization).toBe('Bot FAKE.discord.token');
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]?.intents).toBe(1);
    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.application.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(FAKE_GUILD_ID)?.available).toBe(true);
  });

  it('delivers a slash command and records an ephemeral reply (204 without with_response)', async () => {
    const payload = chatInputInteraction({ name: 'holdline', options: [{ name: 'reason', type: 3, value: 'threat' }] });
    const handled = handleNext(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error(`unexpected ${interaction.type}`);
      await interaction.reply({
        content: `got ${interaction.options.getString('reason')}`,
        flags: MessageFlags.Ephemeral,
      });
      return interaction.commandName;
    });
    fake.dispatchInteraction(payload);
    expect(await handled).toBe('holdline');
    const callback = await fake.waitFor(isCallback(payload.id));
    expect(callback.query.with_response).toBe('false');
    expect(callback.status).toBe(204);
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'got threat', flags: MessageFlags.Ephemeral },
    });
  });

  it('answers with_response=true with a callback response and serves @original edits', async () => {
    const payload = chatInputInteraction({ name: 'holdline' });
    const handled = handleNext(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a command');
      const response = await interaction.reply({ content: 'first', withResponse: true });
      const edited = await interaction.editReply({ content: 'second' });
      const followUp = await interaction.followUp({ content: 'third' });
      return { messageId: response.resource?.message?.id, edited: edited.content, followUp: followUp.content };
    });
    fake.dispatchInteraction(payload);
    const result = await handled;
    expect(result.edited).toBe('second');
    expect(result.followUp).toBe('third');
    expect(result.messageId).toMatch(/^\d+$/);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${payload.token}/messages/@original`);
  });

  it('rejects a second acknowledgement like Discord (40060)', async () => {
    const handled = handleNext(async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('not repliable');
      await interaction.deferReply();
      // Bypass discord.js's own "already replied" guard to reach the API.
      await client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'again' } },
        auth: false,
      });
    });
    fake.dispatchInteraction(chatInputInteraction({ name: 'holdline' }));
    await expect(handled).rejects.toMatchObject({ code: 40060, status: 400 });
  });

  it('updates the message behind a button', async () => {
    const payload = buttonInteraction({ customId: 'escalate:42' });
    const handled = handleNext(async (interaction) => {
      if (!interaction.isButton()) throw new Error('not a button');
      await interaction.update({ content: 'Supervisor paged', components: [] });
      return interaction.customId;
    });
    fake.dispatchInteraction(payload);
    expect(await handled).toBe('escalate:42');
    const callback = await fake.waitFor(isCallback(payload.id));
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.UpdateMessage,
      data: { content: 'Supervisor paged' },
    });
  });

  it('shows a modal and receives its submission', async () => {
    const open = buttonInteraction({ customId: 'note' });
    const shown = handleNext(async (interaction) => {
      if (!interaction.isButton()) throw new Error('not a button');
      const input = new TextInputBuilder()
        .setCustomId('what')
        .setLabel('What happened?')
        .setStyle(TextInputStyle.Paragraph);
      await interaction.showModal(
        new ModalBuilder()
          .setCustomId('note-modal')
          .setTitle('Note')
          .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
      );
    });
    fake.dispatchInteraction(open);
    await shown;
    const modalCallback = await fake.waitFor(isCallback(open.id));
    expect(modalCallback.body).toMatchObject({
      type: InteractionResponseType.Modal,
      data: { custom_id: 'note-modal' },
    });

    const submit = modalSubmitInteraction({ customId: 'note-modal', fields: { what: 'Caller shouted' } });
    const submitted = handleNext(async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error('not a modal submit');
      await interaction.reply({ content: 'Noted', flags: MessageFlags.Ephemeral });
      return interaction.fields.getTextInputValue('what');
    });
    fake.dispatchInteraction(submit);
    expect(await submitted).toBe('Caller shouted');
  });

  it('works for interactions in a bot DM (user instead of member)', async () => {
    const payload = chatInputInteraction({ name: 'holdline', guildId: null });
    const handled = handleNext(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a command');
      await interaction.reply({ content: 'dm ok' });
      return { inGuild: interaction.inGuild(), channel: interaction.channel, channelId: interaction.channelId };
    });
    fake.dispatchInteraction(payload);
    // Without `partials: [Partials.Channel]` discord.js does not materialise an uncached DM channel:
    // `interaction.channel` is null, `channelId` is set and replying works regardless.
    expect(await handled).toEqual({ inGuild: false, channel: null, channelId: payload.channel.id });
  });

  it('sends a DM: opens the DM channel, then posts the message', async () => {
    const supervisor = userObject({ username: 'supervisor' });
    fake.addUser(supervisor);
    const user = await client.users.fetch(supervisor.id);
    const message = await user.send({
      content: 'Agent needs help',
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('ack').setLabel('On my way').setStyle(ButtonStyle.Primary),
        ),
      ],
    });
    const open = await fake.waitFor((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(open.body).toEqual({ recipient_id: supervisor.id });
    const post = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${message.channelId}/messages`);
    expect(post.body).toMatchObject({ content: 'Agent needs help' });
    expect(message.id).toMatch(/^\d+$/);
  });

  it('honours a 429 on a DM send: waits retry_after, then retries', async () => {
    const agent = userObject();
    fake.addUser(agent);
    const user = await client.users.fetch(agent.id);
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.2 });
    await user.send('Page: threat reported');
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    const [limited, retried] = posts;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(195);
  });

  it('retries a 500 on an interaction callback', async () => {
    const payload = chatInputInteraction({ name: 'holdline' });
    fake.failNext(`POST /interactions/${payload.id}/:token/callback`, { status: 500 });
    const handled = handleNext(async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('not repliable');
      await interaction.reply({ content: 'after a 500' });
    });
    fake.dispatchInteraction(payload);
    await handled;
    expect(fake.requests.filter(isCallback(payload.id)).map((r) => r.status)).toEqual([500, 204]);
  });

  it('records command registration bodies', async () => {
    await client.application.commands.set(
      [{ name: 'holdline', description: 'Get help with a contact' }],
      FAKE_GUILD_ID,
    );
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${FAKE_GUILD_ID}/commands`);
    expect(put.body).toMatchObject([{ name: 'holdline', description: 'Get help with a contact' }]);
  });

  it('resumes after the gateway drops the connection and keeps receiving interactions', async () => {
    const resumed = new Promise<void>((resolve) => fake.gateway.once('resumed', () => resolve()));
    fake.gateway.disconnectAll(4000);
    await resumed;
    expect(fake.gateway.received.some((p) => p.op === 6)).toBe(true);
    expect(fake.identifies).toHaveLength(1);
    const handled = handleNext(async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('not repliable');
      await interaction.reply({ content: 'after resume' });
    });
    fake.dispatchInteraction(chatInputInteraction({ name: 'holdline' }));
    await handled;
  });

  it('shrugs off interactions of unknown kinds and keeps serving', async () => {
    const unknownType = { ...chatInputInteraction({ name: 'x' }), type: 99 };
    const unknownCommand = chatInputInteraction({ name: 'y' });
    const unknownComponent = buttonInteraction({ customId: 'z' });
    fake.dispatch('INTERACTION_CREATE', unknownType);
    fake.dispatch('INTERACTION_CREATE', { ...unknownCommand, data: { ...unknownCommand.data, type: 42 } });
    fake.dispatch('INTERACTION_CREATE', { ...unknownComponent, data: { custom_id: 'z', component_type: 77 } });
    const payload = chatInputInteraction({ name: 'after' });
    const handled = handleNext(async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('not a command');
      await interaction.reply({ content: 'still alive' });
      return interaction.commandName;
    });
    fake.dispatchInteraction(payload);
    expect(await handled).toBe('after');
  });
});
