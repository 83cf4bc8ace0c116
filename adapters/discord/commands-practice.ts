/** `/practice [kind] [language]` (issue 22), as Discord's REST API takes it; listed in commandDefinitions. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { INCIDENT_KINDS, LOCALES, text } from '../../src/engine/index.ts';
import { where } from './commands-flag.ts';

export const PRACTICE_COMMAND = 'practice';
export const PRACTICE_OPTION = { kind: 'kind', language: 'language', show: 'show' } as const;
/** `/practice show:history` (your own scores) or `show:team` (supervisors: this week's count). */
export const PRACTICE_SHOW = ['history', 'team'] as const;

export const practiceDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
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
};
