/** App Home opened: publish the agent's limits, open session and recent sessions. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { must } from '../../errors.ts';
import { homeView } from '../../render/home.ts';

export const appHomeOpened =
  (d: SlackDeps) =>
  async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const agent = agentIdOf(event.user);
    const locale = await d.locales.of(event.user);
    const limits = must(await d.services.agents.limits(agent));
    const open = must(await d.services.sessions.current(agent));
    const recent = must(await d.services.sessions.recent(agent, 10));
    const view = homeView(locale, d.services.clock.now(), limits, open, recent);
    await client.views.publish({ user_id: event.user, view });
  };
