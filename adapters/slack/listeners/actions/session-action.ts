/**
 * A button or menu on a session message: decoded into an event and applied with the version the
 * agent saw (a stale or double click is refused) and the action ts as request key (a retried
 * delivery does nothing). The new step arrives through the outbox (chat.update in place), or, when the
 * agent's DM cannot be written to, replaces the ephemeral step this button was on (dm-unwritable.ts).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeAction } from '../../codec.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { showStepHere } from '../../dm-unwritable.ts';
import { must, UserFacingError } from '../../errors.ts';

export const sessionAction =
  (d: SlackDeps) =>
  async ({ ack, action, body, respond }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    const value =
      action.type === 'button'
        ? action.value
        : action.type === 'static_select'
          ? action.selected_option?.value
          : undefined;
    const decoded = decodeAction(action.action_id, value);
    if (decoded === 'unknown') throw new UserFacingError('slack.unknown_action');
    if (decoded === 'bad_value') throw new UserFacingError('slack.bad_value');
    must(
      await d.services.sessions.apply({
        sessionId: decoded.sessionId,
        actor: agentIdOf(body.user.id),
        event: decoded.event,
        expectedVersion: decoded.version,
        requestKey: `slack:action:${body.user.id}:${action.action_ts}`,
      }),
    );
    if (body.container?.is_ephemeral === true) {
      await d.services.settle();
      await showStepHere(d.services, respond, decoded.sessionId, { replace: true });
    }
  };
