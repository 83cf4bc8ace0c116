/** App Home opened: publish the agent's limits, open session, recent sessions and check-ins (and, for a supervisor, the team's mood). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { must } from '../../errors.ts';
import { type HomeCare, homeView } from '../../render/home.ts';

export const appHomeOpened =
  (d: SlackDeps) =>
  async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const agent = agentIdOf(event.user);
    const locale = await d.locales.of(event.user);
    const limits = must(await d.services.agents.limits(agent));
    const open = must(await d.services.sessions.current(agent));
    const recent = must(await d.services.sessions.recent(agent, 10));
    const care = await homeCare(d, agent);
    const view = homeView(locale, d.services.clock.now(), limits, open, recent, care);
    await client.views.publish({ user_id: event.user, view });
  };

/** The agent's check-ins and, for a supervisor, this week's digest. */
async function homeCare(d: SlackDeps, agent: string): Promise<HomeCare> {
  const care = d.services.care;
  const checkins = must(await care.history(agent, 10));
  const team = care.isSupervisor(agent) ? must(await care.digestFor(agent)) : null;
  return { checkins, team };
}
