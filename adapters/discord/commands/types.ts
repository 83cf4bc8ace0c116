/**
 * One slash command: its definition as Discord's REST API takes it (published by `holdline discord
 * register`) and what runs when someone uses it (the discord.js guide's command handler shape).
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { ListenerContext } from '../listeners/context.ts';

export interface SlashCommand {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void>;
}
