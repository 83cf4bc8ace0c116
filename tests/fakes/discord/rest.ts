import {
  type APIApplicationCommand,
  type APIChannel,
  type APIInteraction,
  type APIMessage,
  type APIRole,
  type APIUser,
  ApplicationCommandType,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { UploadedFile } from './body.ts';
import { dmChannelObject, memberObject, messageObject, userObject } from './objects.ts';
import { snowflake } from './snowflake.ts';

export interface RestContext {
  method: string;
  /** Decoded path relative to `/api/v10`, without query (`/webhooks/1/tok/messages/@original`). */
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface RestResult {
  status: number;
  body?: unknown;
}

export interface RestState {
  botUser: APIUser;
  applicationId: string;
  gatewayUrl: () => string;
  /** Interactions dispatched through the gateway, by id, so callbacks can be validated like Discord does. */
  interactions: Map<string, { payload: APIInteraction; acknowledged: boolean; original: APIMessage | null }>;
  messages: Map<string, APIMessage>;
  dmChannels: Map<string, string>;
  users: Map<string, APIUser>;
  /** Users who do not accept DMs from the bot: the DM channel opens, a message to it gets 403 50007. */
  closedDms: Set<string>;
  /** Role ids each user holds in every guild (GET /guilds/{guild}/members/{user}). */
  memberRoles: Map<string, string[]>;
  /** Exact members per guild (setGuildMembers); a guild not in it: anyone known is a member. */
  guildMembers: Map<string, Set<string>>;
  /** Guild channels GET /channels/{id} answers (with their permission_overwrites); others get 404 10003. */
  channels: Map<string, APIChannel>;
  /** Roles per guild id (GET /guilds/{guild}/roles); a guild not set has only @everyone (id = guild id) with view + send. */
  roles: Map<string, APIRole[]>;
}

/** @everyone as a new guild grants it: VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS. */
export const everyoneRole = (guildId: string, permissions = '2147552256'): APIRole => ({
  id: guildId,
  name: '@everyone',
  color: 0,
  colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
  hoist: false,
  icon: null,
  unicode_emoji: null,
  position: 0,
  permissions,
  managed: false,
  mentionable: false,
  flags: 0 as APIRole['flags'],
});

type Handler = (ctx: RestContext, params: string[], state: RestState) => RestResult;

const json = (body: unknown, status = 200): RestResult => ({ status, body });
const apiError = (status: number, code: number, message: string): RestResult => ({ status, body: { message, code } });
const asRecord = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};

function createMessage(state: RestState, channelId: string, body: unknown, webhook = false): APIMessage {
  const message = messageObject({
    channelId,
    author: state.botUser,
    body: asRecord(body),
    ...(webhook ? { webhookId: state.applicationId, applicationId: state.applicationId } : {}),
  });
  message.attachments = attachmentsOf(asRecord(body), channelId);
  state.messages.set(message.id, message);
  return message;
}

/** Uploaded files as the message's attachments: `files[n]` matched to the `attachments` entry with id n. */
function attachmentsOf(body: Record<string, unknown>, channelId: string): APIMessage['attachments'] {
  const uploads = Array.isArray(body.__uploads) ? (body.__uploads as UploadedFile[]) : [];
  const described = Array.isArray(body.attachments)
    ? (body.attachments as { id?: unknown; description?: string }[])
    : [];
  return uploads.map((u, n) => {
    const index = Number(/^files\[(\d+)\]$/.exec(u.field)?.[1] ?? n);
    const id = snowflake();
    const meta = described.find((a) => Number(a.id) === index);
    return {
      id,
      filename: u.filename,
      size: u.data.length,
      url: `https://cdn.discordapp.invalid/attachments/${channelId}/${id}/${u.filename}`,
      proxy_url: `https://media.discordapp.invalid/attachments/${channelId}/${id}/${u.filename}`,
      content_type: u.contentType,
      ...(meta?.description ? { description: meta.description } : {}),
    };
  });
}

function editMessage(
  state: RestState,
  existing: APIMessage | undefined,
  channelId: string,
  id: string,
  body: unknown,
): APIMessage {
  const edited: APIMessage = {
    ...(existing ?? messageObject({ channelId, author: state.botUser, id })),
    ...pickMessageFields(asRecord(body)),
    edited_timestamp: new Date().toISOString(),
  };
  state.messages.set(edited.id, edited);
  return edited;
}

function pickMessageFields(body: Record<string, unknown>): Partial<APIMessage> {
  const out: Record<string, unknown> = {};
  for (const key of ['content', 'embeds', 'components', 'flags'] as const) if (key in body) out[key] = body[key];
  return out as Partial<APIMessage>;
}

function interactionByToken(state: RestState, token: string) {
  for (const entry of state.interactions.values()) if (entry.payload.token === token) return entry;
  return undefined;
}

const callback: Handler = (ctx, [id = '', token = ''], state) => {
  const entry = state.interactions.get(id);
  if (entry === undefined || entry.payload.token !== token) return apiError(404, 10062, 'Unknown interaction');
  if (entry.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
  entry.acknowledged = true;
  const body = asRecord(ctx.body);
  const data = asRecord(body.data);
  const type = body.type as InteractionResponseType;
  const channelId = entry.payload.channel?.id ?? entry.payload.channel_id ?? '0';
  let message: APIMessage | null = null;
  if (
    type === InteractionResponseType.ChannelMessageWithSource ||
    type === InteractionResponseType.DeferredChannelMessageWithSource
  ) {
    message = createMessage(
      state,
      channelId,
      type === InteractionResponseType.ChannelMessageWithSource ? data : {},
      true,
    );
    entry.original = message;
  } else if (type === InteractionResponseType.UpdateMessage && entry.payload.message !== undefined) {
    message = editMessage(state, entry.payload.message, channelId, entry.payload.message.id, data);
  }
  // discord.js always sends `?with_response=<bool>`; Discord answers 204 unless it is true.
  if (ctx.query.with_response !== 'true') return { status: 204 };
  const flags = typeof data.flags === 'number' ? data.flags : 0;
  return json({
    interaction: {
      id,
      type: entry.payload.type,
      response_message_id: message?.id,
      response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
      response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
    },
    resource: message === null ? { type } : { type, message },
  });
};

const webhookMessage: Handler = (ctx, [appId = '', token = '', messageId = ''], state) => {
  const entry = interactionByToken(state, token);
  if (appId !== state.applicationId || entry === undefined) return apiError(404, 10015, 'Unknown Webhook');
  const target = messageId === '@original' ? (entry.original ?? undefined) : state.messages.get(messageId);
  if (ctx.method === 'DELETE') return { status: 204 };
  if (target === undefined && ctx.method === 'GET') return apiError(404, 10008, 'Unknown Message');
  if (ctx.method === 'GET') return json(target);
  const channelId = entry.payload.channel?.id ?? '0';
  const edited = editMessage(state, target, channelId, target?.id ?? snowflake(), ctx.body);
  if (messageId === '@original') entry.original = edited;
  return json(edited);
};

const putCommands: Handler = (ctx, _params, state) => {
  const list = Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>[]) : [];
  const commands = list.map(
    (c) =>
      ({
        id: snowflake(),
        application_id: state.applicationId,
        version: snowflake(),
        type: ApplicationCommandType.ChatInput,
        description: '',
        default_member_permissions: null,
        ...c,
      }) as unknown as APIApplicationCommand,
  );
  return json(commands);
};

const routes: [method: string, pattern: RegExp, handler: Handler][] = [
  [
    'GET',
    /^\/gateway\/bot$/,
    (_c, _p, s) =>
      json({
        url: s.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 14_400_000, max_concurrency: 1 },
      }),
  ],
  ['GET', /^\/gateway$/, (_c, _p, s) => json({ url: s.gatewayUrl() })],
  ['GET', /^\/users\/@me$/, (_c, _p, s) => json(s.botUser)],
  [
    'GET',
    /^\/users\/(\d+)$/,
    (_c, [id = ''], s) => {
      const user = s.users.get(id);
      return user === undefined ? apiError(404, 10013, 'Unknown User') : json(user);
    },
  ],
  [
    'GET',
    /^\/guilds\/(\d+)\/members\/(\d+)$/,
    (_c, [guild = '', id = ''], s) => {
      const exact = s.guildMembers.get(guild);
      if (exact !== undefined && !exact.has(id) && id !== s.botUser.id) return apiError(404, 10007, 'Unknown Member');
      const user = id === s.botUser.id ? s.botUser : s.users.get(id);
      const roles = s.memberRoles.get(id);
      if (user === undefined && roles === undefined) return apiError(404, 10007, 'Unknown Member');
      return json(memberObject(user ?? userObject({ id }), { roles: roles ?? [] }));
    },
  ],
  ['GET', /^\/guilds\/(\d+)\/roles$/, (_c, [guild = ''], s) => json(s.roles.get(guild) ?? [everyoneRole(guild)])],
  [
    'GET',
    /^\/channels\/(\d+)$/,
    (_c, [id = ''], s) => {
      const channel = s.channels.get(id);
      return channel === undefined ? apiError(404, 10003, 'Unknown Channel') : json(channel);
    },
  ],
  [
    'POST',
    /^\/users\/@me\/channels$/,
    (ctx, _p, s) => {
      const recipientId = String(asRecord(ctx.body).recipient_id ?? '');
      if (recipientId === '') return apiError(400, 50035, 'Invalid Form Body');
      const channelId = s.dmChannels.get(recipientId) ?? snowflake();
      s.dmChannels.set(recipientId, channelId);
      return json(dmChannelObject(channelId, s.users.get(recipientId) ?? userObject({ id: recipientId })));
    },
  ],
  [
    'POST',
    /^\/channels\/([^/]+)\/messages$/,
    (ctx, [channelId = ''], s) => {
      for (const [user, dm] of s.dmChannels)
        if (dm === channelId && s.closedDms.has(user)) return apiError(403, 50007, 'Cannot send messages to this user');
      return json(createMessage(s, channelId, ctx.body));
    },
  ],
  [
    'GET',
    /^\/channels\/([^/]+)\/messages$/,
    (ctx, [channelId = ''], s) => {
      // Newest first, like Discord; `limit` 1–100 (default 50). Discord keeps no nonce: none is returned.
      const limit = Math.min(100, Math.max(1, Number(ctx.query.limit ?? 50) || 50));
      const inChannel = [...s.messages.values()].filter((m) => m.channel_id === channelId).reverse();
      return json(inChannel.slice(0, limit).map(({ nonce: _n, ...m }) => m));
    },
  ],
  [
    'PATCH',
    /^\/channels\/([^/]+)\/messages\/([^/]+)$/,
    (ctx, [channelId = '', id = ''], s) => json(editMessage(s, s.messages.get(id), channelId, id, ctx.body)),
  ],
  [
    'GET',
    /^\/channels\/([^/]+)\/messages\/([^/]+)$/,
    (_c, [, id = ''], s) => {
      const message = s.messages.get(id);
      return message === undefined ? apiError(404, 10008, 'Unknown Message') : json(message);
    },
  ],
  ['DELETE', /^\/channels\/([^/]+)\/messages\/([^/]+)$/, () => ({ status: 204 })],
  ['POST', /^\/interactions\/([^/]+)\/([^/]+)\/callback$/, callback],
  [
    'POST',
    /^\/webhooks\/([^/]+)\/([^/]+)$/,
    (ctx, [appId = '', token = ''], s) => {
      const entry = interactionByToken(s, token);
      if (appId !== s.applicationId || entry === undefined) return apiError(404, 10015, 'Unknown Webhook');
      return json(createMessage(s, entry.payload.channel?.id ?? '0', ctx.body, true));
    },
  ],
  ['GET', /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/, webhookMessage],
  ['PATCH', /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/, webhookMessage],
  ['DELETE', /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/, webhookMessage],
  ['PUT', /^\/applications\/([^/]+)\/commands$/, putCommands],
  ['PUT', /^\/applications\/([^/]+)\/guilds\/([^/]+)\/commands$/, putCommands],
  [
    'GET',
    /^\/applications\/@me$/,
    (_c, _p, s) => json({ id: s.applicationId, name: 'Holdline', flags: 0, bot: s.botUser }),
  ],
];

/** Routes that carry no bot token in real Discord (interaction callbacks and interaction webhooks). */
export const isUnauthenticatedRoute = (path: string): boolean => /^\/(interactions|webhooks)\//.test(path);

export function handleRest(ctx: RestContext, state: RestState): RestResult {
  for (const [method, pattern, handler] of routes) {
    if (method !== ctx.method) continue;
    const match = pattern.exec(ctx.path);
    if (match !== null) return handler(ctx, match.slice(1), state);
  }
  return apiError(404, 0, '404: Not Found');
}
