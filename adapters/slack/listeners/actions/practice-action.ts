/**
 * A move button on a practice message: replays the run with the move (PracticeService) and updates the
 * message in place. "Practise again" posts a new run of the same kind.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { MOVE_IDS } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { UserFacingError } from '../../errors.ts';
import { PRACTICE_AGAIN, PRACTICE_PREFIX, practiceMessage } from '../../render/practice.ts';
import type { WebClient } from '../../web-client.ts';
import { postPractice } from '../commands/practice.ts';

export const practiceAction =
  (d: SlackDeps) =>
  async ({ ack, action, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    if (action.type !== 'button') throw new UserFacingError('slack.unknown_action');
    const user = body.user.id;
    const agentId = agentIdOf(user);
    const locale = await d.locales.of(user);
    if (action.action_id === PRACTICE_AGAIN) {
      const again = await d.services.practice.begin({ agentId, locale, kind: action.value ?? '' });
      if (!again.ok) throw new UserFacingError(again.text.key, again.text.params ?? {});
      await postPractice(client as unknown as WebClient, user, again.value, again.value.run.locale);
      return;
    }
    const move = MOVE_IDS.find((m) => `${PRACTICE_PREFIX}${m}` === action.action_id);
    if (move === undefined) throw new UserFacingError('slack.unknown_action');
    const r = await d.services.practice.play(agentId, action.value ?? '', move);
    if (!r.ok) throw new UserFacingError(r.text.key, r.text.params ?? {});
    const channel = body.channel?.id;
    const ts = body.message?.ts;
    if (channel === undefined || ts === undefined) throw new UserFacingError('practice.chat.expired');
    // The run keeps the language it started in (the token carries it).
    await client.chat.update({ channel, ts, ...practiceMessage(r.value, r.value.run.locale) });
  };
