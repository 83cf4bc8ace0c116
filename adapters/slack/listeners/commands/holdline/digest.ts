/**
 * `/holdline digest [week]`: the team's weekly digest (renderDigest), only to the supervisor who asked.
 * Refused for anyone who is not a supervisor (CareService.digestFor). Answered in the ack itself:
 * the digest is one indexed query and ephemeral replies need no channel membership.
 */
import { errorText } from '../../../../../src/app/errors.ts';
import { renderDigest, text } from '../../../../../src/engine/index.ts';
import { agentIdOf } from '../../../deps.ts';
import { esc } from '../../../render/text.ts';
import type { HoldlineSubcommand } from './types.ts';

export const digest: HoldlineSubcommand = {
  name: 'digest',
  helpKey: 'slack.holdline.digest_line',
  async run({ d, args, user, locale, slack }) {
    const care = d.services.care;
    const say = (sentence: string) => slack.ack({ response_type: 'ephemeral', text: sentence });
    if (care === undefined) return say(text(locale, 'slack.care.unavailable'));
    const week = args[0]?.toUpperCase();
    const r = await care.digestFor(agentIdOf(user), week);
    if (!r.ok) {
      if (r.error.code === 'not_supervisor') return say(text(locale, 'slack.holdline.digest_refused'));
      if (r.error.code === 'invalid_value') return say(text(locale, 'digest.bad_week'));
      return say(errorText(locale, r.error));
    }
    // In a code block: the digest's columns line up, and nothing in it is read as mrkdwn.
    return say(`\`\`\`${esc(renderDigest(r.value, locale).join('\n'))}\`\`\``);
  },
};
