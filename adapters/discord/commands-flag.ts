/**
 * `/flag` (subcommands add, lookup, remove) and `/language`, as Discord's REST API takes them; listed in
 * commandDefinitions (commands.ts), so `npm run discord:register` publishes them.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MAX_REASON } from '../../src/app/flags.ts';
import { MAX_REFERENCE } from '../../src/app/sessions.ts';
import { FLAG_KINDS, LOCALES, MAX_FLAG_NOTE, text } from '../../src/engine/index.ts';

export const FLAG_COMMAND = 'flag';
export const LANGUAGE_COMMAND = 'language';
export const FLAG_SUB = { add: 'add', lookup: 'lookup', remove: 'remove' } as const;
export const FLAG_OPTION = { kind: 'kind', note: 'note', customer: 'customer', id: 'id', reason: 'reason' } as const;
export const LANGUAGE_OPTION = 'code';
/** The `/language` choice that removes the person's own choice. */
export const AUTO = 'auto';

/** Every Holdline command is usable in servers and in the bot's DMs (where the step messages live). */
export const where = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

export const flagDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
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
};

export const languageDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
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
};
