/** `/checkin`: opens the check-in modal (mood, optional note, where it goes). Acks first. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { checkinModal } from '../../care/render.ts';
import type { SlackDeps } from '../../deps.ts';

export const checkinCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const locale = await d.locales.of(command.user_id);
    await client.views.open({ trigger_id: command.trigger_id, view: checkinModal({ locale }) });
  };
