/** App Home opened: publish the person's home (adapters/slack/home.ts). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { publishHome } from '../../home.ts';

export const appHomeOpened =
  (d: SlackDeps) =>
  async ({ event }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    await publishHome(d, event.user);
  };
