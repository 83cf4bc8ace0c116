/**
 * `/holdline digest [week]`: the team's weekly digest (renderDigest), only to the supervisor who asked.
 * Refused for anyone who is not a supervisor (CareService.digestFor).
 */
import { errorText } from '../../../../../src/app/errors.ts';
import { renderDigest, text } from '../../../../../src/engine/index.ts';
import { agentIdOf } from '../../../deps.ts';
import { esc } from '../../../render/text.ts';
import type { HoldlineSubcommand } from './types.ts';

export const digest: HoldlineSubcommand = {
  name: 'digest',
  helpKey: 'slack.holdline.digest_line',
  async run({ d, args, user, locale }) {
    const r = await d.services.care.digestFor(agentIdOf(user), args[0]?.toUpperCase());
    if (!r.ok) {
      if (r.error.code === 'not_supervisor') return text(locale, 'slack.holdline.digest_refused');
      if (r.error.code === 'invalid_value') return text(locale, 'digest.bad_week');
      return errorText(locale, r.error);
    }
    // In a code block: the digest's indented lines stay lined up and nothing in it is read as mrkdwn.
    return `\`\`\`${esc(renderDigest(r.value, locale).join('\n'))}\`\`\``;
  },
};
