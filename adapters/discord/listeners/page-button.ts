/**
 * Acknowledge / Take over on a page. The app decides who may answer (a supervisor of the escalation's
 * frozen policy); the clicked message loses its buttons at once, and the outbox's `page_update` then
 * edits every message of the page (DMs and channels) to show who answered.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { text } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import type { PageOp } from '../custom-id.ts';
import { mentionOf } from '../render/page.ts';
import { discordRolesOf, type ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

export async function onPageButton(
  ctx: ListenerContext,
  i: ButtonInteraction,
  b: { op: PageOp; escalationId: string },
): Promise<void> {
  const locale = await personLocale(ctx, i);
  const by = agentIdOf(i.user.id);
  const r = await ctx.app.escalations.answer({
    escalation: b.escalationId,
    by,
    takeOver: b.op === 'take',
    // A holder of a role named on the policy may answer too (asked of Discord now, cached briefly).
    memberOf: discordRolesOf(ctx, i.user.id),
  });
  if (!r.ok) {
    await i.reply({ content: errorText(locale, r.error), flags: MessageFlags.Ephemeral });
    return;
  }
  const e = r.value.escalation;
  const agent = mentionOf(e.agentId);
  if (r.value.already) {
    const first = mentionOf(e.acknowledgedBy ?? '');
    await i.update({ components: [] });
    await i.followUp({ content: text(locale, 'ack.already', { by: first }), flags: MessageFlags.Ephemeral });
    return;
  }
  const status = text(locale, e.status === 'taken_over' ? 'page.update_taken_over' : 'page.update_acknowledged', {
    by: mentionOf(by),
  });
  await i.update({ content: `✅ ${status}`, components: [], allowedMentions: { parse: [] } });
  const done = text(locale, e.status === 'taken_over' ? 'discord.page.taken' : 'ack.done', { agent });
  await i.followUp({ content: done, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}
