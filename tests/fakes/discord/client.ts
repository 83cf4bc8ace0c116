import { Client, type ClientOptions, Events, GatewayIntentBits, Options } from 'discord.js';
import type { FakeDiscord } from './fake-discord.ts';
import { FAKE_TOKEN } from './ids.ts';

/**
 * Cache limits for an interactions-only bot: it never reads message history, presences or member
 * lists, so those caches are capped (the defaults grow without bound). Our own member stays cached.
 */
export const interactionBotCache = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  ReactionManager: 0,
  PresenceManager: 0,
  ThreadMemberManager: 0,
  GuildMessageManager: 0,
  DMMessageManager: 0,
  GuildMemberManager: { maxSize: 100, keepOverLimit: (member) => member.id === member.client.user.id },
  UserManager: { maxSize: 1_000, keepOverLimit: (user) => user.id === user.client.user.id },
});

/**
 * A real discord.js Client wired to the fake (REST + gateway), logged in and READY.
 * `rest.offset: 0` drops the 50 ms safety margin @discordjs/rest adds to every rate-limit wait.
 */
export async function connectClient(fake: FakeDiscord, overrides: Partial<ClientOptions> = {}): Promise<Client<true>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: interactionBotCache,
    waitGuildTimeout: 1_000,
    ...overrides,
    rest: { api: fake.restUrl, offset: 0, retries: 1, timeout: 5_000, ...overrides.rest },
  });
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(FAKE_TOKEN);
    return await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
