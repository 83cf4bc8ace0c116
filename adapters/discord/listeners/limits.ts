/** /limits (and the "Edit my limits" button): a modal prefilled with the agent's current limits. */
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { agentIdOf } from '../agent.ts';
import { renderLimitsModal } from '../render/limits.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

export async function onLimits(
  ctx: ListenerContext,
  i: ChatInputCommandInteraction | ButtonInteraction,
): Promise<void> {
  // A modal must be the first response, so this cannot defer; reading the language and the limits are indexed lookups.
  const locale = await personLocale(ctx, i);
  const current = await ctx.app.agents.limits(agentIdOf(i.user.id));
  if (!current.ok) {
    await i.reply({ content: errorText(locale, current.error), flags: MessageFlags.Ephemeral });
    return;
  }
  await i.showModal(renderLimitsModal(current.value, locale));
}
