/**
 * Messages sent with the bot token (never an interaction token, which expires after 15 minutes):
 * the agent's DM and the escalation channel. @discordjs/rest waits out 429s itself; what still fails
 * becomes a DeliveryError so the outbox retries it (or gives up when retrying cannot help).
 */
import { type Client, DiscordAPIError, HTTPError, Routes } from 'discord.js';
import {
  type APIGuildMember,
  type APIMessage,
  RESTJSONErrorCodes,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';
import { DeliveryError, type UnreachableReason } from '../../src/ports.ts';

export type MessageBody = RESTPostAPIChannelMessageJSONBody;

/** Codes after which the same request will never succeed. */
const PERMANENT: readonly number[] = [
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
];

export function toDeliveryError(err: unknown, what: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : 0;
    return new DeliveryError(`${what}: Discord ${err.status} (${code})`, undefined, !PERMANENT.includes(code));
  }
  if (err instanceof HTTPError) return new DeliveryError(`${what}: Discord HTTP ${err.status}`);
  return new DeliveryError(`${what}: ${err instanceof Error ? err.name : 'unknown error'}`);
}

/** Why one recipient will never be reached this way (null: retrying may help). */
export function unreachableReason(err: unknown): UnreachableReason | null {
  if (!(err instanceof DiscordAPIError)) return null;
  switch (err.code) {
    case RESTJSONErrorCodes.CannotSendMessagesToThisUser:
      return 'dm_closed';
    case RESTJSONErrorCodes.UnknownChannel:
    case RESTJSONErrorCodes.UnknownUser:
      return 'not_found';
    case RESTJSONErrorCodes.MissingAccess:
    case RESTJSONErrorCodes.MissingPermissions:
      return 'no_access';
    default:
      return null;
  }
}

export const isUnknownMessage = (err: unknown): boolean =>
  err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMessage;

export class DiscordMessenger {
  constructor(private readonly client: Client) {}

  /** The DM channel with a user (cached by discord.js after the first call). */
  async dmChannelId(userId: string): Promise<string> {
    const channel = await this.client.users.createDM(userId);
    return channel.id;
  }

  /**
   * The role ids a user holds in the bot's guilds (REST, no privileged intent needed); a guild the user is
   * not in counts as none.
   */
  async rolesOf(userId: string): Promise<string[]> {
    const roles: string[] = [];
    for (const guildId of this.client.guilds.cache.keys()) {
      try {
        const member = (await this.client.rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
        roles.push(...member.roles);
      } catch (err) {
        if (!(err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMember)) throw err;
      }
    }
    return roles;
  }

  /** The channel's most recent messages, newest first (for finding a page already posted). */
  async recent(channelId: string, limit: number): Promise<APIMessage[]> {
    const query = new URLSearchParams({ limit: String(limit) });
    return (await this.client.rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
  }

  async post(channelId: string, body: MessageBody): Promise<APIMessage> {
    return (await this.client.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
  }

  /** A message with one file attached (multipart: `payload_json` and `files[0]`). */
  async postWithFile(
    channelId: string,
    body: MessageBody,
    file: { readonly name: string; readonly data: Buffer; readonly contentType: string },
  ): Promise<APIMessage> {
    return (await this.client.rest.post(Routes.channelMessages(channelId), { body, files: [file] })) as APIMessage;
  }

  async edit(channelId: string, messageId: string, body: MessageBody): Promise<APIMessage> {
    return (await this.client.rest.patch(Routes.channelMessage(channelId, messageId), { body })) as APIMessage;
  }

  async postToUser(userId: string, body: MessageBody): Promise<APIMessage> {
    return this.post(await this.dmChannelId(userId), body);
  }
}

/** Nobody gets pinged by what Holdline posts (mentions are for naming the agent, not notifying). */
export const NO_PINGS: Pick<MessageBody, 'allowed_mentions'> = { allowed_mentions: { parse: [] } };
