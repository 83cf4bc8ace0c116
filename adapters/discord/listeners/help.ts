/** /holdline help: what Holdline does on Discord. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { text } from '../../../src/engine/index.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';
import { sayEphemeral } from './reply.ts';

export async function onHelp(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  const locale = await personLocale(ctx, i);
  await sayEphemeral(i, `${text(locale, 'discord.help')}\n\n${text(locale, 'discord.care.help')}`);
}
