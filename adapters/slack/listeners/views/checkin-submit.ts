/**
 * The check-in modal submitted (from /checkin or the offer): CareService.checkin, or the modal shows
 * what is wrong next to the field. The agent's confirmation replaces the offer message, or comes by DM.
 * The note is passed on untouched and never logged.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { checkinSavedKey, text } from '../../../../src/engine/index.ts';
import { CHECKIN_FIELDS, decodeContext } from '../../care/codec.ts';
import { sentenceMessage } from '../../care/render.ts';
import { agentIdOf, type SlackDeps, SURFACE } from '../../deps.ts';
import { tell } from '../../dm.ts';
import { selected } from './values.ts';

const FIELD_OF = { bad_mood: CHECKIN_FIELDS.mood, bad_note: CHECKIN_FIELDS.note } as const;

export const checkinSubmit =
  (d: SlackDeps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const ctx = decodeContext(view.private_metadata);
    const care = d.services.care;
    const values = view.state.values;
    const note = values[CHECKIN_FIELDS.note]?.[CHECKIN_FIELDS.note]?.value;
    const r = await care.checkin({
      agentId: agentIdOf(body.user.id),
      surface: SURFACE,
      mood: selected(values, CHECKIN_FIELDS.mood),
      note: typeof note === 'string' ? note : undefined,
      visibility: selected(values, CHECKIN_FIELDS.where),
    });
    if (!r.ok) {
      // Shown under the field it concerns; anything else (store down) under the last one, modal kept open.
      const field = FIELD_OF[r.error.code as keyof typeof FIELD_OF] ?? CHECKIN_FIELDS.where;
      await ack({ response_action: 'errors', errors: { [field]: errorText(ctx.locale, r.error) } });
      return;
    }
    await ack();
    const sentence = text(ctx.locale, checkinSavedKey(r.value));
    if (ctx.message) await client.chat.update({ ...ctx.message, ...sentenceMessage(sentence) });
    else await tell(client, body.user.id, sentence);
  };
