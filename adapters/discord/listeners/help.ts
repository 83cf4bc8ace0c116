/** /holdline help: what Holdline does on Discord. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { text } from '../../../src/engine/index.ts';
import { localeOf, sayEphemeral } from './reply.ts';

export const onHelp = (i: ChatInputCommandInteraction): Promise<void> =>
  sayEphemeral(i, `${text(localeOf(i), 'discord.help')}\n\n${text(localeOf(i), 'discord.care.help')}`);
