/** `/checkin now mood visibility [note]` checks in; `/checkin history` shows the agent's own weeks. */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { MOODS, NOTE_MAX, text, VISIBILITIES } from '../../../src/engine/index.ts';
import { onCheckinCommand } from '../listeners/care.ts';
import { onCheckinHistory } from '../listeners/supervisor.ts';
import { CHECKIN_COMMAND, CHECKIN_HISTORY, CHECKIN_NOW, CHECKIN_OPTION, where } from './names.ts';
import type { SlashCommand } from './types.ts';

export const checkin: SlashCommand = {
  definition: {
    name: CHECKIN_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.checkin'),
    ...where,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: CHECKIN_NOW,
        description: text('en', 'discord.cmd.checkin.now'),
        options: [
          {
            type: ApplicationCommandOptionType.Integer,
            name: CHECKIN_OPTION.mood,
            description: text('en', 'discord.cmd.checkin.mood'),
            required: true,
            choices: MOODS.map((m) => ({ name: text('en', `discord.care.mood.${m}`), value: m })),
          },
          {
            type: ApplicationCommandOptionType.String,
            name: CHECKIN_OPTION.visibility,
            description: text('en', 'discord.cmd.checkin.visibility').slice(0, 100),
            required: true,
            choices: VISIBILITIES.map((v) => ({ name: text('en', `checkin.where_${v}`), value: v })),
          },
          {
            type: ApplicationCommandOptionType.String,
            name: CHECKIN_OPTION.note,
            description: text('en', 'discord.cmd.checkin.note'),
            required: false,
            max_length: NOTE_MAX,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: CHECKIN_HISTORY,
        description: text('en', 'discord.cmd.checkin.history').slice(0, 100),
      },
    ],
  },
  execute: (ctx, i) =>
    i.options.getSubcommand(false) === CHECKIN_HISTORY ? onCheckinHistory(ctx, i) : onCheckinCommand(ctx, i),
};
