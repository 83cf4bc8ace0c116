/** `/checkin`: opens the check-in modal (mood, optional note, where it goes). Acks first. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { text } from '../../../../src/engine/index.ts';
import { checkinModal } from '../../care/render.ts';
import type { SlackDeps } from '../../deps.ts';

export const checkinCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const user = command.user_id;
    if (d.services.care === undefined) {
      await ack({ response_type: 'ephemeral', text: text(d.locales.known(user) ?? 'en', 'slack.care.unavailable') });
      return;
    }
    await ack();
    const locale = await d.locales.of(user);
    await client.views.open({ trigger_id: command.trigger_id, view: checkinModal({ locale }) });
  };
