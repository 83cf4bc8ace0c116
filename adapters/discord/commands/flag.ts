/** `/flag add | lookup | remove`: customer flags (listeners/flag.ts). */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { MAX_REASON } from '../../../src/app/flags.ts';
import { MAX_REFERENCE } from '../../../src/app/sessions.ts';
import { FLAG_KINDS, MAX_FLAG_NOTE, text } from '../../../src/engine/index.ts';
import { onFlag } from '../listeners/flag.ts';
import { FLAG_COMMAND, FLAG_OPTION, FLAG_SUB, where } from './names.ts';
import type { SlashCommand } from './types.ts';

export const flag: SlashCommand = {
  definition: {
    name: FLAG_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.flag'),
    ...where,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: FLAG_SUB.add,
        description: text('en', 'discord.cmd.flag.add'),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: FLAG_OPTION.kind,
            description: text('en', 'discord.cmd.flag.kind'),
            required: true,
            choices: FLAG_KINDS.map((k) => ({ name: text('en', `flags.kind.${k}`), value: k })),
          },
          {
            type: ApplicationCommandOptionType.String,
            name: FLAG_OPTION.note,
            description: text('en', 'discord.cmd.flag.note'),
            required: false,
            max_length: MAX_FLAG_NOTE,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: FLAG_SUB.lookup,
        description: text('en', 'discord.cmd.flag.lookup'),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: FLAG_OPTION.customer,
            description: text('en', 'discord.cmd.flag.customer'),
            required: true,
            max_length: MAX_REFERENCE,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: FLAG_SUB.remove,
        description: text('en', 'discord.cmd.flag.remove'),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: FLAG_OPTION.id,
            description: text('en', 'discord.cmd.flag.id'),
            required: true,
            max_length: 100,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: FLAG_OPTION.reason,
            description: text('en', 'discord.cmd.flag.reason'),
            required: true,
            max_length: MAX_REASON,
          },
        ],
      },
    ],
  },
  execute: onFlag,
};
