/**
 * The decompression offer's buttons (breathe, talk, break, skip) and the check-in button. Each acks
 * at once and answers only the agent the offer was made to (another user's click gets a sentence); talk and skip update the offer message in place, breathe runs detached (Breathing), break
 * and check-in open their modals with the click's trigger_id. None is compulsory. Talk is keyed on the
 * offer message, so a double click or a retried request pings the buddy channel once.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { text } from '../../../../src/engine/index.ts';
import type { Breathing } from '../../care/breathing.ts';
import { careOptionOf, decodeCareValue } from '../../care/codec.ts';
import { breakModal, checkinModal, checkinOfferMessage, offerMessage } from '../../care/render.ts';
import { agentIdOf, type SlackDeps, SURFACE } from '../../deps.ts';
import { openDm } from '../../dm.ts';
import { must, UserFacingError } from '../../errors.ts';
import type { RenderedMessage } from '../../render/session.ts';

export const careAction =
  (d: SlackDeps, breathing: Breathing) =>
  async ({ ack, action, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    const option = careOptionOf(action.action_id);
    if (option === null) throw new UserFacingError('slack.unknown_action');
    const care = d.services.care;
    const user = body.user.id;
    const value = decodeCareValue(action.type === 'button' ? action.value : undefined);
    // Only the agent the offer was made to may answer it (session buttons check the same through the app).
    if (value.owner !== user) throw new UserFacingError('slack.care.not_yours');
    const locale = value.locale ?? (await d.locales.of(user));
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    const message = typeof channel === 'string' && typeof ts === 'string' ? { channel, ts } : undefined;
    const show = async (m: RenderedMessage): Promise<void> => {
      if (message) await client.chat.update({ ...message, ...m });
      else await client.chat.postMessage({ channel: await openDm(client, user), ...m });
    };
    // Any other choice ends a breathing exercise running on this message.
    if (message && option !== 'breathe') breathing.stop(message);
    switch (option) {
      case 'breathe':
        if (message) breathing.start(message, locale, user);
        return;
      case 'talk': {
        // One ping per offer message: a double click or Slack's retry of the request asks again with the same key.
        const requestKey = message
          ? `slack:${user}:${message.channel}:${message.ts}`
          : `slack:${user}:${action.action_ts}`;
        const r = must(await care.talk({ agentId: agentIdOf(user), surface: SURFACE, requestKey }));
        await show(offerMessage(locale, user, text(locale, r.channel ? 'care.talk_sent' : 'care.talk_no_channel')));
        return;
      }
      case 'break':
        await client.views.open({
          trigger_id: body.trigger_id,
          view: breakModal({ locale, ...(message ? { message } : {}) }),
        });
        return;
      case 'skip':
        await show(checkinOfferMessage(locale, user, text(locale, 'care.skipped')));
        return;
      case 'checkin':
        await client.views.open({
          trigger_id: body.trigger_id,
          view: checkinModal({ locale, ...(message ? { message } : {}) }),
        });
        return;
    }
  };
