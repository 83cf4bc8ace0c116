/**
 * `/holdline <subcommand>`: help and digest today. To add one, write it in its own file (a
 * HoldlineSubcommand, see ./types.ts) and list it in SUBCOMMANDS; `/holdline help` picks it up.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { text } from '../../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../../deps.ts';
import { digest } from './digest.ts';
import { help, helpText } from './help.ts';
import type { HoldlineSubcommand } from './types.ts';

export const SUBCOMMANDS: readonly HoldlineSubcommand[] = [help, digest];

export const holdlineCommand =
  (d: SlackDeps, subcommands: readonly HoldlineSubcommand[] = SUBCOMMANDS) =>
  async (slack: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const user = slack.command.user_id;
    const [first, ...args] = slack.command.text.trim().split(/\s+/).filter(Boolean);
    const name = (first ?? 'help').toLowerCase();
    const locale = await d.services.agents.localeFor(agentIdOf(user), await d.locales.of(user));
    const ctx = { d, args, user, locale, all: subcommands, slack };
    const sub = subcommands.find((s) => s.name === name);
    if (sub) return sub.run(ctx);
    const lead = text(locale, 'slack.unknown_subcommand', { input: name.slice(0, 40) });
    await slack.ack({ response_type: 'ephemeral', text: `${lead}\n${helpText(ctx)}` });
  };
