/**
 * `/practice` and its buttons (issue 22): an ephemeral role-play; each button replays the run with the
 * move (PracticeService) and updates the message. Nothing real is paged or recorded.
 */
import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { text } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { PRACTICE_OPTION } from '../commands/names.ts';
import { type PracticeButton, practiceMessage } from '../render/practice.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

export async function onPractice(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  const asked = i.options.getString(PRACTICE_OPTION.language);
  const locale =
    asked === 'en' || asked === 'ms' || asked === 'id' || asked === 'nb' || asked === 'tl'
      ? asked
      : await personLocale(ctx, i);
  const show = i.options.getString(PRACTICE_OPTION.show);
  if (show === 'history' || show === 'team') {
    const person = agentIdOf(i.user.id);
    const r =
      show === 'history'
        ? await ctx.app.practice.historyLines(person, locale)
        : await ctx.app.practice.teamWeek(person);
    const content = !r.ok
      ? text(locale, r.text.key, r.text.params)
      : Array.isArray(r.value)
        ? r.value.join('\n')
        : text(locale, 'practice.team.count', r.value);
    await i.reply({ content: content.slice(0, 2000), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const kind = i.options.getString(PRACTICE_OPTION.kind);
  const r = await ctx.app.practice.begin({ agentId: agentIdOf(i.user.id), locale, ...(kind ? { kind } : {}) });
  if (!r.ok) {
    await i.reply({ content: text(locale, r.text.key, r.text.params), flags: MessageFlags.Ephemeral });
    return;
  }
  await i.reply({ ...practiceMessage(r.value, locale), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

export async function onPracticeButton(ctx: ListenerContext, i: ButtonInteraction, b: PracticeButton): Promise<void> {
  const agentId = agentIdOf(i.user.id);
  const r =
    'again' in b
      ? await ctx.app.practice.begin({ agentId, locale: await personLocale(ctx, i), kind: b.again })
      : await ctx.app.practice.play(agentId, b.token, b.move);
  if (!r.ok) {
    const locale = await personLocale(ctx, i);
    await i.reply({ content: text(locale, r.text.key, r.text.params), flags: MessageFlags.Ephemeral });
    return;
  }
  // The run keeps the language it started in (its token carries it).
  await i.update({ ...practiceMessage(r.value, r.value.run.locale), allowedMentions: { parse: [] } });
}
