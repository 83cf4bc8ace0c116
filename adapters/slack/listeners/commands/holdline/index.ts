/**
 * `/holdline <subcommand>`: help, digest and now today. To add one, write it in its own file (a
 * HoldlineSubcommand, see ./types.ts) and list it in SUBCOMMANDS; `/holdline help` picks it up.
 * The answer is ephemeral, in the ack itself when it is ready within ACK_BUDGET_MS; otherwise the
 * command is acked empty and the answer arrives as a DM (private too), so Slack never times out.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { text } from '../../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../../deps.ts';
import { openDm } from '../../../dm.ts';
import { digest } from './digest.ts';
import { help, helpText } from './help.ts';
import { now } from './now.ts';
import type { HoldlineSubcommand } from './types.ts';

export const SUBCOMMANDS: readonly HoldlineSubcommand[] = [help, digest, now];
/** Slack waits 3 s for the ack; what is not ready by then goes by DM. */
export const ACK_BUDGET_MS = 2_000;

export const holdlineCommand =
  (d: SlackDeps, subcommands: readonly HoldlineSubcommand[] = SUBCOMMANDS, budgetMs = ACK_BUDGET_MS) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const user = command.user_id;
    const [first, ...args] = command.text.trim().split(/\s+/).filter(Boolean);
    const name = (first ?? 'help').toLowerCase();
    const work = (async () => {
      const locale = await d.services.agents.localeFor(agentIdOf(user), await d.locales.of(user));
      const ctx = { d, args, user, locale, all: subcommands, command, client };
      const sub = subcommands.find((s) => s.name === name);
      if (sub) return sub.run(ctx);
      return `${text(locale, 'slack.unknown_subcommand', { input: name.slice(0, 40) })}\n${helpText(ctx)}`;
    })();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), budgetMs);
    });
    const answer = await Promise.race([work, late])
      .catch(async (err: unknown) => {
        await ack(); // the global error handler tells the person by DM
        throw err;
      })
      .finally(() => clearTimeout(timer));
    if (answer !== 'late') {
      await ack(answer === null ? undefined : { response_type: 'ephemeral', text: answer });
      return;
    }
    await ack();
    const sentence = await work;
    // Already mrkdwn (the digest is escaped in its code block): posted as it is.
    if (sentence !== null) await client.chat.postMessage({ channel: await openDm(client, user), text: sentence });
  };
