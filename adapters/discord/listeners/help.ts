/** /holdline help: what Holdline does on Discord. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { sayKey } from './reply.ts';

export const onHelp = (i: ChatInputCommandInteraction): Promise<void> => sayKey(i, 'discord.help');
