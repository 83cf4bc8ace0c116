/** The break modal submitted: the break starts (its reminder is a durable timer), or the modal says what is wrong. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { text } from '../../../../src/engine/index.ts';
import { BREAK_FIELD, decodeContext } from '../../care/codec.ts';
import { checkinOfferMessage } from '../../care/render.ts';
import { agentIdOf, type SlackDeps, SURFACE } from '../../deps.ts';
import { openDm } from '../../dm.ts';
import { typed } from './values.ts';

/** A whole number as typed, or NaN ("12abc" and "" are refused rather than read as 12 or 0). */
const whole = (v: string | undefined): number => (v !== undefined && /^-?\d{1,6}$/.test(v) ? Number(v) : Number.NaN);

export const breakSubmit =
  (d: SlackDeps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const ctx = decodeContext(view.private_metadata);
    const care = d.services.care;
    const minutes = whole(typed(view.state.values, BREAK_FIELD));
    // One break per offer message (else per modal): a doubled or retried submission starts no second one.
    const user = body.user.id;
    const requestKey = ctx.message
      ? `slack:${user}:${ctx.message.channel}:${ctx.message.ts}`
      : `slack:${user}:view:${view.id}`;
    const r = await care.startBreak({ agentId: agentIdOf(user), surface: SURFACE, minutes, requestKey });
    if (!r.ok) {
      // The modal stays open with the sentence under the field (nothing typed is lost).
      await ack({ response_action: 'errors', errors: { [BREAK_FIELD]: errorText(ctx.locale, r.error) } });
      return;
    }
    await ack();
    const m = checkinOfferMessage(
      ctx.locale,
      user,
      text(ctx.locale, 'care.break_started', { minutes: r.value.minutes }),
    );
    if (ctx.message) await client.chat.update({ ...ctx.message, ...m });
    else await client.chat.postMessage({ channel: await openDm(client, body.user.id), ...m });
  };
