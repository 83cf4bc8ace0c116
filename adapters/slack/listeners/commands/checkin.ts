/**
 * `/checkin`: opens the check-in modal (mood, optional note, where it goes). Acks first.
 * `/checkin history`: the agent's own last 8 weeks, only to them (ephemeral, in the ack).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { checkinModal } from '../../care/render.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { myTrendText } from '../../render/board.ts';

export const checkinCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const locale = await d.locales.of(command.user_id);
    if (command.text.trim().toLowerCase() === 'history') {
      const r = await d.services.team.myTrend(agentIdOf(command.user_id));
      const answer = r.ok ? myTrendText(r.value.trend, locale, r.value.support) : errorText(locale, r.error);
      await ack({ response_type: 'ephemeral', text: answer });
      return;
    }
    await ack();
    await client.views.open({ trigger_id: command.trigger_id, view: checkinModal({ locale }) });
  };
