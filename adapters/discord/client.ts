/**
 * The discord.js Client Holdline runs: one non-privileged intent, capped caches and sweepers so
 * memory stays flat with many guilds. Holdline only answers interactions and posts with the bot
 * token; it never reads message history, presences or member lists.
 */
import { Client, type ClientOptions, GatewayIntentBits, Options, Partials } from 'discord.js';

export interface DiscordClientOptions {
  /** REST base (`DISCORD_API_URL`), e.g. a fake in tests; discord.js appends `/v10`. */
  readonly apiUrl?: string | undefined;
  /** Extra client options (tests shorten waits; sharding passes `shards`). */
  readonly client?: Partial<ClientOptions>;
}

const HOUR = 3_600;
/** Longest wait for one REST call before it counts as failed (docs/paging.md). */
export const DISCORD_REST_TIMEOUT_MS = 10_000;

export const holdlineCache = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  GuildMessageManager: 0,
  DMMessageManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  PresenceManager: 0,
  ThreadMemberManager: 0,
  VoiceStateManager: 0,
  GuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  GuildInviteManager: 0,
  GuildBanManager: 0,
  AutoModerationRuleManager: 0,
  GuildMemberManager: { maxSize: 200, keepOverLimit: (m) => m.id === m.client.user.id },
  UserManager: { maxSize: 5_000, keepOverLimit: (u) => u.id === u.client.user.id },
});

export function createDiscordClient(opts: DiscordClientOptions): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // Step messages live in DMs: without the Channel partial, DM interactions have no channel object.
    partials: [Partials.Channel],
    makeCache: holdlineCache,
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: HOUR, filter: () => (u) => u.id !== u.client.user.id },
      guildMembers: { interval: HOUR, filter: () => (m) => m.id !== m.client.user.id },
    },
    ...opts.client,
    // A stalled REST call must not hold a page for long (the library's own default is 15 s).
    rest: { timeout: DISCORD_REST_TIMEOUT_MS, ...(opts.apiUrl ? { api: opts.apiUrl } : {}), ...opts.client?.rest },
  });
}
