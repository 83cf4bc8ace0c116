/** Any action id Holdline never rendered (an old message, another app's payload): a clear sentence. */
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { UserFacingError } from '../../errors.ts';

export const unknownAction = async ({ ack }: AllMiddlewareArgs & SlackActionMiddlewareArgs): Promise<void> => {
  await ack();
  throw new UserFacingError('slack.unknown_action');
};
