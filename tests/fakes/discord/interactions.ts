import {
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIModalSubmission,
  type APIModalSubmitInteraction,
  type APIUser,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord-api-types/v10';
import { FAKE_APPLICATION_ID, FAKE_BOT_USER_ID, FAKE_CHANNEL_ID, FAKE_GUILD_ID } from './ids.ts';
import { memberObject, messageObject, userObject } from './objects.ts';
import { snowflake } from './snowflake.ts';

/** Where and by whom an interaction happens. Omitted fields get the fake's defaults (one guild, one channel). */
export interface InteractionContextInput {
  id?: string;
  token?: string;
  applicationId?: string;
  user?: APIUser;
  /** `null` makes a bot-DM interaction (top-level `user`, DM channel, no `member`). */
  guildId?: string | null;
  channelId?: string;
  locale?: Locale;
  guildLocale?: Locale;
  appPermissions?: string;
}

/** The envelope every interaction shares; `type` and `data` are added per kind. */
function envelope(input: InteractionContextInput) {
  const user = input.user ?? userObject();
  const applicationId = input.applicationId ?? FAKE_APPLICATION_ID;
  const channelId = input.channelId ?? FAKE_CHANNEL_ID;
  const base = {
    id: input.id ?? snowflake(),
    application_id: applicationId,
    token: input.token ?? `itoken-${snowflake()}`,
    version: 1 as const,
    channel_id: channelId,
    app_permissions: input.appPermissions ?? '2248473465835073',
    locale: input.locale ?? Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  const guildId = input.guildId === undefined ? FAKE_GUILD_ID : input.guildId;
  if (guildId === null) {
    return {
      ...base,
      user,
      channel: { id: channelId, type: ChannelType.DM as const, recipients: [user], last_message_id: null, flags: 0 },
      context: InteractionContextType.BotDM,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
    };
  }
  return {
    ...base,
    guild_id: guildId,
    guild: { id: guildId, locale: input.guildLocale ?? Locale.EnglishUS, features: [] },
    guild_locale: input.guildLocale ?? Locale.EnglishUS,
    member: memberObject(user),
    channel: {
      id: channelId,
      type: ChannelType.GuildText as const,
      guild_id: guildId,
      name: 'support',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      permissions: '2248473465835073',
    },
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
  };
}

export interface ChatInputInput extends InteractionContextInput {
  name: string;
  commandId?: string;
  options?: APIApplicationCommandInteractionDataOption[];
  resolved?: APIInteractionDataResolved;
}

/** A slash command invocation (INTERACTION_CREATE type 2, command type 1). */
export function chatInputInteraction(input: ChatInputInput): APIChatInputApplicationCommandInteraction {
  const env = envelope(input);
  const data: APIChatInputApplicationCommandInteraction['data'] = {
    id: input.commandId ?? snowflake(),
    name: input.name,
    type: ApplicationCommandType.ChatInput,
  };
  if (input.options !== undefined) data.options = input.options;
  if (input.resolved !== undefined) data.resolved = input.resolved;
  if ('guild_id' in env) data.guild_id = env.guild_id;
  return { ...env, type: InteractionType.ApplicationCommand, data };
}

export interface ButtonInput extends InteractionContextInput {
  customId: string;
  /** The message carrying the button; defaults to a bot message in the interaction's channel. */
  message?: APIMessage;
}

/** A button click (INTERACTION_CREATE type 3, component type 2). */
export function buttonInteraction(input: ButtonInput): APIMessageComponentButtonInteraction {
  const env = envelope(input);
  const message =
    input.message ??
    messageObject({
      channelId: env.channel_id,
      author: userObject({ id: FAKE_BOT_USER_ID, username: 'holdline', bot: true }),
      applicationId: env.application_id,
      body: { content: 'Choose an option' },
    });
  return {
    ...env,
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: input.customId, component_type: ComponentType.Button },
  };
}

export interface ModalSubmitInput extends InteractionContextInput {
  customId: string;
  /** Text-input values by custom id, sent as one action row per field (the classic modal layout). */
  fields?: Record<string, string>;
  /** Exact components, e.g. Label-wrapped inputs; wins over `fields`. */
  components?: APIModalSubmission['components'];
  /** Set when the modal was opened from a message component. */
  message?: APIMessage;
}

/** A modal submission (INTERACTION_CREATE type 5). */
export function modalSubmitInteraction(input: ModalSubmitInput): APIModalSubmitInteraction {
  const env = envelope(input);
  const components: APIModalSubmission['components'] =
    input.components ??
    Object.entries(input.fields ?? {}).map(([customId, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
    }));
  const payload: APIModalSubmitInteraction = {
    ...env,
    type: InteractionType.ModalSubmit,
    data: { custom_id: input.customId, components },
  };
  if (input.message !== undefined) payload.message = input.message;
  return payload;
}
