/** What every listener gets: the app's use cases and the bot-token messenger. */
import type { MembershipCache } from '../../../src/app/membership-cache.ts';
import type { AppServices } from '../../../src/app/services.ts';
import type { DiscordMessenger } from '../dm.ts';
import type { GuildGate } from '../guild-gate.ts';

export interface ListenerContext {
  readonly app: AppServices;
  readonly messenger: DiscordMessenger;
  /**
   * The roles a user holds in the bot's guilds, asked at click time and cached briefly (the cache is keyed
   * by user: `has(userId, roleId)`), so holders of a role named on a policy may answer its pages.
   */
  readonly roles?: MembershipCache;
  /** DISCORD_ALLOWED_GUILDS: refuses interactions from other guilds, and DM commands from non-members. */
  readonly gate?: GuildGate;
  /** Waits between breathing steps (real time by default; tests pass one that resolves at once). */
  readonly pause?: ((ms: number) => Promise<void>) | undefined;
}

/** The Discord roles of `groups` (`discord:role:<id>`) that `userId` holds (asked of Discord, cached). */
export const discordRolesOf =
  (ctx: ListenerContext, userId: string) =>
  async (groups: readonly string[]): Promise<readonly string[]> => {
    const roles = ctx.roles;
    if (roles === undefined) return [];
    const out: string[] = [];
    for (const g of groups) {
      const role = /^discord:role:(\d{1,20})$/.exec(g)?.[1];
      if (role !== undefined && (await roles.has(userId, role))) out.push(g);
    }
    return out;
  };
