/** `/language [code]`: the person's own language choice (listeners/language.ts). */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { LOCALES, text } from '../../../src/engine/index.ts';
import { onLanguage } from '../listeners/language.ts';
import { AUTO, LANGUAGE_COMMAND, LANGUAGE_OPTION, where } from './names.ts';
import type { SlashCommand } from './types.ts';

export const language: SlashCommand = {
  definition: {
    name: LANGUAGE_COMMAND,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.language'),
    ...where,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: LANGUAGE_OPTION,
        description: text('en', 'discord.cmd.language.code'),
        required: false,
        // Each language by its own name, so people find theirs.
        choices: [
          ...LOCALES.map((l) => ({ name: text(l, `language.${l}`), value: l })),
          { name: text('en', 'discord.cmd.language.auto'), value: AUTO },
        ],
      },
    ],
  },
  execute: onLanguage,
};
