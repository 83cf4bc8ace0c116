/**
 * `holdline config check` on Discord: can each recipient of the team file be written to? People: the user
 * exists (GET /users/{id}) and a DM channel opens (POST /users/@me/channels; whether they accept DMs only
 * shows on a real message). Channels: the bot gets the channel, and its permissions there, computed as
 * Discord does from @everyone, its roles and the channel's overwrites, include View Channel and Send
 * Messages. Read-only apart from opening DM channels: nothing is posted.
 */
import {
  type APIGuildMember,
  type APIOverwrite,
  type APIRole,
  type APIUser,
  DiscordAPIError,
  PermissionFlagsBits,
  type REST,
  Routes,
} from 'discord.js';
import type { ReachProblem, Recipient } from '../../src/cli/recipients.ts';

/** The bot's permissions in a guild channel (Discord's documented computation). */
export function channelPermissions(
  guildId: string,
  roles: readonly APIRole[],
  memberRoles: readonly string[],
  memberId: string,
  overwrites: readonly APIOverwrite[],
): bigint {
  const perm = (id: string) => BigInt(roles.find((r) => r.id === id)?.permissions ?? '0');
  let p = perm(guildId);
  for (const r of memberRoles) p |= perm(r);
  if ((p & PermissionFlagsBits.Administrator) !== 0n) return ~0n;
  const apply = (o: APIOverwrite | undefined) => {
    if (o !== undefined) p = (p & ~BigInt(o.deny)) | BigInt(o.allow);
  };
  apply(overwrites.find((o) => o.id === guildId));
  let deny = 0n;
  let allow = 0n;
  for (const o of overwrites)
    if (o.id !== guildId && memberRoles.includes(o.id)) {
      deny |= BigInt(o.deny);
      allow |= BigInt(o.allow);
    }
  p = (p & ~deny) | allow;
  apply(overwrites.find((o) => o.id === memberId));
  return p;
}

async function problemOf(rest: REST, botId: string, r: Recipient): Promise<string | null> {
  try {
    if (r.kind === 'group') return null; // roles are resolved per guild at page time; nothing to check here
    if (r.kind === 'person') {
      await rest.get(Routes.user(r.id));
      await rest.post(Routes.userChannels(), { body: { recipient_id: r.id } });
      return null;
    }
    const channel = (await rest.get(Routes.channel(r.id))) as {
      guild_id?: string;
      permission_overwrites?: APIOverwrite[];
    };
    if (channel.guild_id === undefined) return 'not a server channel';
    const g = channel.guild_id;
    const roles = (await rest.get(Routes.guildRoles(g))) as APIRole[];
    const member = (await rest.get(Routes.guildMember(g, botId))) as APIGuildMember;
    const p = channelPermissions(g, roles, member.roles, botId, channel.permission_overwrites ?? []);
    if ((p & PermissionFlagsBits.ViewChannel) === 0n) return 'the bot cannot view the channel (View Channel)';
    if ((p & PermissionFlagsBits.SendMessages) === 0n) return 'the bot cannot send messages in the channel';
    return null;
  } catch (err) {
    if (err instanceof DiscordAPIError) {
      if (err.code === 10013) return 'no such user';
      if (err.code === 10003) return 'no such channel, or the bot is not in its server';
      if (err.code === 50001) return 'the bot cannot view the channel (Missing Access)';
      return `Discord answered ${err.status} ${err.code}: ${err.message}`;
    }
    return `Discord could not be asked: ${err instanceof Error ? err.message : String(err)}`;
  }
}

export async function checkDiscordReach(rest: REST, recipients: readonly Recipient[]): Promise<ReachProblem[]> {
  const me = (await rest.get(Routes.user('@me'))) as APIUser;
  const out: ReachProblem[] = [];
  for (const recipient of recipients) {
    const problem = await problemOf(rest, me.id, recipient);
    if (problem !== null) out.push({ recipient, problem });
  }
  return out;
}
