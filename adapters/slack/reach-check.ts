/**
 * `holdline config check` on Slack: can each recipient of the team file be written to? People: the account
 * exists and is not deactivated (users.info) and a DM opens (conversations.open). Groups: the user group
 * lists members. Channels: the bot sees the channel, it is not archived and the bot is a member
 * (conversations.info `is_member`). Read-only calls: nothing is posted.
 */
import type { ReachProblem, Recipient } from '../../src/cli/recipients.ts';
import type { WebClient } from './web-client.ts';

const errorCode = (err: unknown): string =>
  typeof err === 'object' && err !== null && 'data' in err
    ? String((err as { data?: { error?: string } }).data?.error ?? 'error')
    : err instanceof Error
      ? err.message
      : String(err);

async function problemOf(client: WebClient, r: Recipient): Promise<string | null> {
  try {
    if (r.kind === 'person') {
      const info = await client.users.info({ user: r.id });
      if (info.user?.deleted) return 'the account is deactivated';
      await client.conversations.open({ users: r.id });
      return null;
    }
    if (r.kind === 'group') {
      const list = await client.usergroups.users.list({ usergroup: r.id.slice('subteam:'.length) });
      return (list.users ?? []).length === 0 ? 'the user group has no members' : null;
    }
    const info = await client.conversations.info({ channel: r.id });
    if (info.channel?.is_archived) return 'the channel is archived';
    if (info.channel?.is_member !== true) return 'the bot is not a member of the channel (invite it)';
    return null;
  } catch (err) {
    const code = errorCode(err);
    if (code === 'channel_not_found') return 'the bot cannot see the channel (channel_not_found: invite it)';
    return `Slack answered ${code}`;
  }
}

export async function checkSlackReach(client: WebClient, recipients: readonly Recipient[]): Promise<ReachProblem[]> {
  const out: ReachProblem[] = [];
  for (const recipient of recipients) {
    const problem = await problemOf(client, recipient);
    if (problem !== null) out.push({ recipient, problem });
  }
  return out;
}
