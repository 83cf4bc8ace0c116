/**
 * `/language [code]` (docs/languages.md): shows the person's language and the choices, stores their own
 * choice (AgentService.setLocale); `auto` removes it (back to their Discord language, else the team default).
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { LOCALES, type Locale, matchLocale, text } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { AUTO, LANGUAGE_OPTION } from '../commands/names.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

const choices = (): string => LOCALES.map((l) => `${l} (${text(l, `language.${l}`)})`).join(', ');
const name = (l: Locale) => ({ key: `language.${l}` }) as const;

export async function onLanguage(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  const person = agentIdOf(i.user.id);
  const locale = await personLocale(ctx, i);
  const say = (content: string) => i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  const arg = (i.options.getString(LANGUAGE_OPTION) ?? '').trim().toLowerCase();
  if (arg === '') {
    const own = await ctx.app.agents.locale(person);
    await say(
      text(locale, 'chat.language.current', {
        language: name(locale),
        how: { key: own.ok && own.value !== null ? 'chat.language.own' : 'chat.language.automatic' },
        choices: choices(),
      }),
    );
    return;
  }
  const clear = arg === AUTO;
  const chosen = clear ? null : matchLocale(arg);
  if (!clear && chosen === null) {
    await say(text(locale, 'console.language_unknown', { input: arg.slice(0, 20), choices: `${choices()}, ${AUTO}` }));
    return;
  }
  const saved = await ctx.app.agents.setLocale(person, chosen);
  if (!saved.ok) {
    await say(errorText(locale, saved.error));
    return;
  }
  const now = await personLocale(ctx, i);
  await say(text(now, clear ? 'console.language_cleared' : 'console.language_set', { language: name(now) }));
}
