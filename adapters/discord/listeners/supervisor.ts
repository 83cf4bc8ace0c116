/**
 * `/holdline now` (supervisors: who in their teams is in a difficult contact right now, and each
 * agent's limits) and `/checkin history` (the agent's own last 8 weeks, only to them). Ephemeral;
 * the sentences come from the engine, names are mentions that ping nobody.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { renderBoard, renderMyTrend, text } from '../../../src/engine/index.ts';
import { agentIdOf, userIdOf } from '../agent.ts';
import { chunks } from '../care-delivery.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

const NO_MENTIONS = { allowedMentions: { parse: [] } } as const;
const nameOf = (id: string) => {
  const user = userIdOf(id);
  return user === null ? id : `<@${user}>`;
};

/** Answers in as many ephemeral messages as Discord's 2,000 characters need. */
async function answer(i: ChatInputCommandInteraction, content: string): Promise<void> {
  const [first = '', ...rest] = chunks(content);
  await i.editReply({ content: first, ...NO_MENTIONS });
  for (const part of rest) await i.followUp({ content: part, flags: MessageFlags.Ephemeral, ...NO_MENTIONS });
}

export async function onNow(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = await personLocale(ctx, i);
  const r = await ctx.app.team.boardsFor(agentIdOf(i.user.id));
  if (!r.ok)
    return answer(i, r.error.code === 'not_supervisor' ? text(locale, 'board.refused') : errorText(locale, r.error));
  const now = ctx.app.clock.now();
  return answer(i, r.value.map((b) => renderBoard(b, locale, now, nameOf).join('\n')).join('\n\n'));
}

export async function onCheckinHistory(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = await personLocale(ctx, i);
  const r = await ctx.app.team.myTrend(agentIdOf(i.user.id));
  if (!r.ok) return answer(i, errorText(locale, r.error));
  const [title = '', ...rest] = renderMyTrend(r.value.trend, locale, r.value.support);
  const blank = rest.indexOf('');
  const weeks = blank === -1 ? rest : rest.slice(0, blank);
  const pointer = blank === -1 ? [] : rest.slice(blank + 1);
  // The weekly lines in a code block, so the bars stay lined up.
  return answer(i, [`**${title}**`, `\`\`\`\n${weeks.join('\n')}\n\`\`\``, ...pointer].join('\n'));
}
