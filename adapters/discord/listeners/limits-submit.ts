/** The limits modal submitted: save, or list each field's problem with a button to edit again. */
import { MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { text } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { LIMIT_FIELDS, renderLimitProblems } from '../render/limits.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

/** A whole number, or NaN (which the app reports as a problem) for anything else, including a missing field. */
function numberField(i: ModalSubmitInteraction, field: string): number {
  let raw = '';
  try {
    raw = i.fields.getTextInputValue(field).trim();
  } catch {
    raw = '';
  }
  return /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
}

export async function onLimitsSubmit(ctx: ListenerContext, i: ModalSubmitInteraction): Promise<void> {
  const locale = await personLocale(ctx, i);
  const input = Object.fromEntries(LIMIT_FIELDS.map((f) => [f, numberField(i, f)])) as Record<
    (typeof LIMIT_FIELDS)[number],
    number
  >;
  const r = await ctx.app.agents.setLimits(agentIdOf(i.user.id), input);
  if (r.ok) {
    await i.reply({
      content: `${text(locale, 'limits.saved')}\n${text(locale, 'limits.current', { ...r.value })}`,
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  if ('fields' in r && r.fields !== undefined) {
    await i.reply({ ...renderLimitProblems(r.fields, locale), flags: MessageFlags.Ephemeral });
    return;
  }
  await i.reply({ content: errorText(locale, r.error ?? { code: 'internal' }), flags: MessageFlags.Ephemeral });
}
