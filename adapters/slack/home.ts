/**
 * The App Home, built for one Slack user and published: their limits, open session, recent sessions,
 * check-ins and own 8-week trend; for a supervisor also who needs help now in their teams, each agent's
 * limits and the team's mood. Published when they open it, and again (throttled, src/app/board-watch.ts)
 * when their team's board changes.
 */
import type { HomePublisher } from '../../src/app/board-watch.ts';
import { safeError } from '../../src/app/safe-error.ts';
import { agentIdOf, type SlackDeps, userIdOf } from './deps.ts';
import { must } from './errors.ts';
import { homeView } from './render/home.ts';

export async function publishHome(d: SlackDeps, user: string): Promise<void> {
  const agent = agentIdOf(user);
  const locale = await d.locales.of(user);
  const { agents, sessions, care, team, clock } = d.services;
  const limits = must(await agents.limits(agent));
  const open = must(await sessions.current(agent));
  const recent = must(await sessions.recent(agent, 10));
  const checkins = must(await care.history(agent, 10));
  const supervisor = care.isSupervisor(agent);
  const digest = supervisor ? must(await care.digestFor(agent)) : null;
  const trend = must(await team.myTrend(agent));
  const boards = supervisor ? must(await team.boardsFor(agent)) : null;
  const view = homeView(locale, clock.now(), limits, open, recent, { checkins, team: digest, trend, boards });
  await d.client.views.publish({ user_id: user, view });
}

/** Republishes the homes of Slack people when their team's board changes (other surfaces' ids are skipped). */
export const slackHomePublisher = (d: SlackDeps): HomePublisher => ({
  async publishHomes(personIds) {
    for (const id of personIds) {
      const user = userIdOf(id);
      if (user === null || !/^[UW][A-Z0-9]+$/.test(user)) continue;
      try {
        await publishHome(d, user);
      } catch (err) {
        d.services.log.warn({ user, err: safeError(err) }, 'App Home refresh failed');
      }
    }
  },
});
