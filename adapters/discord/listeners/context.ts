/** What every listener gets: the app's use cases and the bot-token messenger. */
import type { MembershipCache } from '../../../src/app/membership-cache.ts';
import type { AppServices } from '../../../src/app/services.ts';
import type { DiscordMessenger } from '../dm.ts';

export interface ListenerContext {
  readonly app: AppServices;
  readonly messenger: DiscordMessenger;
  /**
   * The roles a user holds in the bot's guilds, asked at click time and cached briefly (the cache is keyed
   * by user: `has(userId, roleId)`), so holders of a role named on a policy may answer its pages.
   */
  readonly roles?: MembershipCache;
  /** Waits between breathing steps (real time by default; tests pass one that resolves at once). */
  readonly pause?: ((ms: number) => Promise<void>) | undefined;
}
