/** `/limits`: the agent's personal limits, in a modal (listeners/limits.ts). */
import { ApplicationCommandType } from 'discord-api-types/v10';
import { text } from '../../../src/engine/index.ts';
import { onLimits } from '../listeners/limits.ts';
import { COMMAND, where } from './names.ts';
import type { SlashCommand } from './types.ts';

export const limits: SlashCommand = {
  definition: {
    name: COMMAND.limits,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.limits'),
    ...where,
  },
  execute: onLimits,
};
