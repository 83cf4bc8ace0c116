/** /limits (and the "Edit my limits" button): a modal prefilled with the agent's current limits. */
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { agentIdOf } from '../agent.ts';
import { renderLimitsModal } from '../render/limits.ts';
import type { ListenerContext } from './context.ts';
import { errorText, localeOf } from './reply.ts';

export async function onLimits(
  ctx: ListenerContext,
  i: ChatInputCommandInteraction | ButtonInteraction,
): Promise<void> {
  // A modal must be the first response, so this cannot defer; reading limits is one indexed lookup.
  const current = await ctx.app.agents.limits(agentIdOf(i.user.id));
  if (!current.ok) {
    await i.reply({ content: errorText(i, current.error), flags: MessageFlags.Ephemeral });
    return;
  }
  await i.showModal(renderLimitsModal(current.value, localeOf(i)));
}
