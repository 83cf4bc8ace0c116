/** `/practice [kind] [language] [show]` (issue 22): role-play a difficult customer (listeners/practice.ts). */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { INCIDENT_KINDS, LOCALES, text } from '../../../src/engine/index.ts';
import { onPractice } from '../listeners/practice.ts';
import { PRACTICE_COMMAND, PRACTICE_OPTION, PRACTICE_SHOW, where } from './names.ts';
import type { SlashCommand } from './types.ts';

export const practice: SlashCommand = {
  definition: {
    name: PRACTICE_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.practice'),
    ...where,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: PRACTICE_OPTION.kind,
        description: text('en', 'discord.cmd.practice.kind'),
        required: false,
        choices: INCIDENT_KINDS.map((k) => ({ name: text('en', `kind.${k}`), value: k })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: PRACTICE_OPTION.language,
        description: text('en', 'discord.cmd.practice.language'),
        required: false,
        choices: LOCALES.map((l) => ({ name: text(l, `language.${l}`), value: l })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: PRACTICE_OPTION.show,
        description: text('en', 'discord.cmd.practice.show'),
        required: false,
        choices: PRACTICE_SHOW.map((v) => ({ name: v, value: v })),
      },
    ],
  },
  execute: onPractice,
};
