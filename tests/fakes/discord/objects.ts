import {
  type APIDMChannel,
  type APIGuildTextChannel,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIUser,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  MessageType,
  type UserFlags,
} from 'discord-api-types/v10';
import { snowflake } from './snowflake.ts';

/** Bit-flag enums have no zero member; Discord sends 0 for "no flags". */
const NO_FLAGS = 0;

/** Realistic object payloads (discord-api-types/v10 shapes) shared by the fake's REST, gateway and builders. */

export function userObject(overrides: Partial<APIUser> = {}): APIUser {
  const id = overrides.id ?? snowflake();
  return {
    id,
    username: `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: NO_FLAGS as UserFlags,
    flags: NO_FLAGS as UserFlags,
    ...overrides,
  };
}

export function botUserObject(overrides: Partial<APIUser> = {}): APIUser {
  return userObject({ username: 'holdline', bot: true, verified: true, mfa_enabled: false, ...overrides });
}

export function memberObject(
  user: APIUser,
  overrides: Partial<APIInteractionGuildMember> = {},
): APIInteractionGuildMember {
  return {
    user,
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: NO_FLAGS as GuildMemberFlags,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
    // SEND_MESSAGES | VIEW_CHANNEL | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS
    permissions: '2147551232',
    ...overrides,
  };
}

export function textChannelObject(
  id: string,
  guildId: string,
  name = 'support',
): APIGuildTextChannel<ChannelType.GuildText> {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function dmChannelObject(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    name: null,
    last_message_id: null,
    recipients: [recipient],
    flags: NO_FLAGS as ChannelFlags,
  };
}

export interface MessageObjectInput {
  channelId: string;
  author: APIUser;
  body?: Record<string, unknown> | undefined;
  id?: string;
  webhookId?: string;
  applicationId?: string;
}

/** A message object as Discord returns it after a create or edit, echoing the request body. */
export function messageObject(input: MessageObjectInput): APIMessage {
  const body = input.body ?? {};
  const message: APIMessage = {
    id: input.id ?? snowflake(),
    channel_id: input.channelId,
    author: input.author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? (body.embeds as APIMessage['embeds']) : [],
    components: Array.isArray(body.components) ? (body.components as NonNullable<APIMessage['components']>) : [],
    pinned: false,
    type: MessageType.Default,
    flags: typeof body.flags === 'number' ? body.flags : 0,
  };
  if (input.webhookId !== undefined) message.webhook_id = input.webhookId;
  if (input.applicationId !== undefined) message.application_id = input.applicationId;
  return message;
}

export interface FakeGuildInput {
  id: string;
  name?: string;
  channels?: GatewayGuildCreateDispatchData['channels'];
  locale?: Locale;
}

/** GUILD_CREATE payload for a small, available guild with one text channel unless channels are given. */
export function guildCreateObject(input: FakeGuildInput, botUser: APIUser): GatewayGuildCreateDispatchData {
  const channels = input.channels ?? [textChannelObject(snowflake(), input.id)];
  return {
    id: input.id,
    name: input.name ?? 'Holdline Test Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: botUser.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: input.locale ?? Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    region: 'deprecated',
    joined_at: new Date(0).toISOString(),
    large: false,
    member_count: 1,
    members: [],
    channels,
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    unavailable: false,
  };
}
