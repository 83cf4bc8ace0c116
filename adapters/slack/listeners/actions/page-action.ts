/**
 * Acknowledge / Take over on a page: EscalationService.answer decides who may (a supervisor named in
 * the escalation's frozen policy). The clicker gets an ephemeral answer; the page_update effect edits
 * every page message, and the agent is told who is coming through their session.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { text } from '../../../../src/engine/index.ts';
import { PAGE_TAKE } from '../../codec.ts';
import { agentIdOf, type SlackDeps, slackGroupsOf, userIdOf } from '../../deps.ts';
import { UserFacingError } from '../../errors.ts';
import { mentionOf } from '../../render/page.ts';

export const pageAction =
  (d: SlackDeps) =>
  async ({ ack, action, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    const escalation = action.type === 'button' ? action.value : undefined;
    if (!escalation) throw new UserFacingError('slack.bad_value');
    const user = body.user.id;
    const r = await d.services.escalations.answer({
      escalation,
      by: agentIdOf(user),
      takeOver: action.action_id === PAGE_TAKE,
      // A member of a user group named on the policy may answer too (asked of Slack now, cached briefly).
      memberOf: slackGroupsOf(d, user),
    });
    const locale = await d.locales.of(user);
    let sentence: string;
    if (!r.ok) sentence = errorText(locale, r.error);
    else if (r.value.already)
      sentence = text(locale, 'ack.already', { by: mentionOf(r.value.escalation.acknowledgedBy ?? '') });
    else {
      const agent = r.value.escalation.agentId;
      const params = { agent: userIdOf(agent) ? mentionOf(agent) : agent };
      sentence = text(locale, action.action_id === PAGE_TAKE ? 'slack.page.take_done' : 'ack.done', params);
    }
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (typeof channel === 'string') await client.chat.postEphemeral({ channel, user, text: sentence });
    else if (!r.ok) throw UserFacingError.of(r.error); // no conversation to answer in: a DM from the error handler
  };
