/** `/limits`: opens the limits modal prefilled with the agent's current limits. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { must } from '../../errors.ts';
import { limitsModal } from '../../render/modals.ts';

export const limitsCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const locale = await d.locales.of(command.user_id);
    const current = must(await d.services.agents.limits(agentIdOf(command.user_id)));
    const view = limitsModal(locale, current);
    await client.views.open({ trigger_id: command.trigger_id, view: { ...view, private_metadata: locale } });
  };
