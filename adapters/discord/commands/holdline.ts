/** `/holdline help | digest [week] | checkins | now`: help, and the supervisors' views. */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { text } from '../../../src/engine/index.ts';
import { onCheckins, onDigest } from '../listeners/care.ts';
import { onHelp } from '../listeners/help.ts';
import { personLocale } from '../listeners/person-locale.ts';
import { sayKey } from '../listeners/reply.ts';
import { onNow } from '../listeners/supervisor.ts';
import {
  CHECKINS_SUBCOMMAND,
  COMMAND,
  DIGEST_SUBCOMMAND,
  DIGEST_WEEK_OPTION,
  HELP_SUBCOMMAND,
  NOW_SUBCOMMAND,
  where,
} from './names.ts';
import type { SlashCommand } from './types.ts';

export const holdline: SlashCommand = {
  definition: {
    name: COMMAND.holdline,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.holdline'),
    ...where,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: HELP_SUBCOMMAND,
        description: text('en', 'discord.cmd.holdline.help'),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: DIGEST_SUBCOMMAND,
        description: text('en', 'discord.cmd.holdline.digest'),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: DIGEST_WEEK_OPTION,
            description: text('en', 'discord.cmd.holdline.digest.week'),
            required: false,
            max_length: 8,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: CHECKINS_SUBCOMMAND,
        description: text('en', 'discord.cmd.holdline.checkins').slice(0, 100),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: NOW_SUBCOMMAND,
        description: text('en', 'discord.cmd.holdline.now').slice(0, 100),
      },
    ],
  },
  async execute(ctx, i) {
    switch (i.options.getSubcommand(false)) {
      case HELP_SUBCOMMAND:
        return onHelp(ctx, i);
      case NOW_SUBCOMMAND:
        return onNow(ctx, i);
      case DIGEST_SUBCOMMAND:
        return onDigest(ctx, i);
      case CHECKINS_SUBCOMMAND:
        return onCheckins(ctx, i);
      default:
        return sayKey(i, await personLocale(ctx, i), 'discord.unknown_command');
    }
  },
};
