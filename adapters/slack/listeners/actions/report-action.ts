/**
 * The Report button on a page (issue 20): the incident report as Markdown, in an ephemeral message to the
 * supervisor who clicked, in their Slack time zone. Who may read it is the app's decision (the team's
 * supervisors and its security and legal recipients); the read is audited there.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { reportBlocks } from '../../../../src/app/report/blocks.ts';
import { toMarkdown } from '../../../../src/app/report/markdown.ts';
import { isTimeZone } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { tell } from '../../dm.ts';
import { UserFacingError } from '../../errors.ts';
import { cut } from '../../render/text.ts';

export const reportAction =
  (d: SlackDeps) =>
  async ({ ack, action, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    const sessionId = action.type === 'button' ? action.value : undefined;
    if (!sessionId || !d.services.reports) throw new UserFacingError('slack.bad_value');
    const user = body.user.id;
    const locale = await d.locales.of(user);
    const r = await d.services.reports.build(agentIdOf(user), sessionId, 'slack');
    let sentence: string;
    if (r.ok) {
      const info = await client.users.info({ user }).catch(() => null);
      const tz = info?.user?.tz;
      const md = toMarkdown(reportBlocks(r.value, locale, tz && isTimeZone(tz) ? tz : 'UTC'));
      // Shown as written (a code block): Slack's own formatting would change a Markdown report.
      sentence = `\`\`\`\n${cut(md.replaceAll('```', 'ˋˋˋ'), 38_000)}\n\`\`\``;
    } else sentence = errorText(locale, r.error);
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (typeof channel === 'string') await client.chat.postEphemeral({ channel, user, text: sentence });
    else await tell(client, user, sentence);
  };
