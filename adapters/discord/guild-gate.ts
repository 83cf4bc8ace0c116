/**
 * DISCORD_ALLOWED_GUILDS (issue 18, docs/security.md "Discord guilds and DMs"): with a list, Holdline answers
 * only its guilds. An interaction from any other guild is refused with one sentence and goes no further.
 * Interactions in a DM carry no guild:
 * - buttons and forms there are allowed: Discord delivers a component interaction only for a message the app
 *   itself sent (here: into that person's DM), and every Holdline button checks its owner;
 * - slash commands there are allowed only to a member of an allowed guild, asked of Discord
 *   (GET /guilds/{guild}/members/{user}) and kept for DM_MEMBER_CACHE_MS; a failed lookup refuses ("try again").
 */
import { type Client, DiscordAPIError, type Interaction, Routes } from 'discord.js';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { LookupCache, withTimeout } from '../../src/app/lookup-cache.ts';
import type { MessageKey } from '../../src/engine/index.ts';

export const DM_MEMBER_CACHE_MS = 60_000;
/** Discord wants the first answer within 3 s. */
const LOOKUP_TIMEOUT_MS = 2_000;

export class GuildGate {
  private readonly members: LookupCache<boolean>;

  constructor(
    private readonly allowed: readonly string[],
    /** Whether the user is in this guild (throws when Discord cannot be asked). */
    isMember: (guildId: string, userId: string) => Promise<boolean>,
    now: () => number = Date.now,
  ) {
    this.members = new LookupCache(
      async (userId) => {
        for (const g of allowed) if (await isMember(g, userId)) return true;
        return false;
      },
      DM_MEMBER_CACHE_MS,
      now,
    );
  }

  /** The sentence refusing this interaction, or null when it may go on. */
  async refusal(i: Interaction): Promise<MessageKey | null> {
    if (this.allowed.length === 0) return null;
    if (i.guildId !== null) return this.allowed.includes(i.guildId) ? null : 'discord.guild_not_allowed';
    if (i.isMessageComponent() || i.isModalSubmit()) return null;
    try {
      const member = await withTimeout(this.members.get(i.user.id), LOOKUP_TIMEOUT_MS, 'guild member lookup');
      return member ? null : 'discord.dm_not_member';
    } catch {
      return 'error.internal';
    }
  }
}

/** A guild member lookup with the bot token; Unknown Member (or Unknown Guild) is "no". */
export const guildMemberLookup =
  (client: Client) =>
  async (guildId: string, userId: string): Promise<boolean> => {
    try {
      await client.rest.get(Routes.guildMember(guildId, userId));
      return true;
    } catch (err) {
      if (
        err instanceof DiscordAPIError &&
        (err.code === RESTJSONErrorCodes.UnknownMember || err.code === RESTJSONErrorCodes.UnknownGuild)
      )
        return false;
      throw err;
    }
  };
