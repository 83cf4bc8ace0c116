/** What every Slack listener is given, and how Slack users map to Holdline agents. */
import type { MembershipCache } from '../../src/app/membership-cache.ts';
import type { AppServices } from '../../src/app/services.ts';
import type { LocaleCache } from './locale.ts';
import type { WebClient } from './web-client.ts';

export const SURFACE = 'slack';

export interface SlackDeps {
  readonly services: AppServices;
  readonly locales: LocaleCache;
  /** For the global error handler (Bolt gives it no client). */
  readonly client: WebClient;
  /** Members of the user groups named in escalation policies (`slack:subteam:S…`), cached briefly. */
  readonly groups?: MembershipCache;
}

/** The Slack user groups of `groups` that `userId` is in (asked of Slack, cached); none without the cache. */
export const slackGroupsOf =
  (d: SlackDeps, userId: string) =>
  async (groups: readonly string[]): Promise<readonly string[]> =>
    d.groups
      ? d.groups.memberOf(
          groups.filter((g) => g.startsWith('slack:subteam:')),
          userId,
        )
      : [];

/** One workspace per installation, so the Slack user id is enough to name the agent. */
export const agentIdOf = (userId: string): string => `slack:${userId}`;
export const userIdOf = (agentId: string): string | null =>
  agentId.startsWith('slack:') ? agentId.slice('slack:'.length) : null;
