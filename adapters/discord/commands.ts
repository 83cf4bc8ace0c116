/**
 * The slash commands, as Discord's REST API takes them. One module shared by `npm run
 * discord:register` and the tests, so what is registered is what the listeners expect.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MAX_REFERENCE, MAX_TEXT } from '../../src/app/sessions.ts';
import { CONTACT_CHANNELS, INCIDENT_KINDS, MOODS, NOTE_MAX, text, VISIBILITIES } from '../../src/engine/index.ts';
import { flagDefinition, languageDefinition, where } from './commands-flag.ts';
import { practiceDefinition } from './commands-practice.ts';

export const COMMAND = { complaint: 'complaint', limits: 'limits', holdline: 'holdline' } as const;
export const OPTION = { kind: 'kind', customer: 'customer', channel: 'channel', said: 'said' } as const;
export const HELP_SUBCOMMAND = 'help';
/** Decompression and check-ins (listeners/care.ts). */
export const CHECKIN_COMMAND = 'checkin';
export const CHECKIN_OPTION = { mood: 'mood', visibility: 'visibility', note: 'note' } as const;
export const DIGEST_SUBCOMMAND = 'digest';
export const DIGEST_WEEK_OPTION = 'week';
export const CHECKINS_SUBCOMMAND = 'checkins';
/** `/holdline now`: who needs help now (supervisors). */
export const NOW_SUBCOMMAND = 'now';
/** `/checkin now …` checks in; `/checkin history` shows the agent's own last 8 weeks. */
export const CHECKIN_NOW = 'now';
export const CHECKIN_HISTORY = 'history';

export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: COMMAND.complaint,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.complaint'),
    ...where,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.kind,
        description: text('en', 'discord.cmd.complaint.kind'),
        required: true,
        choices: INCIDENT_KINDS.map((k) => ({ name: text('en', `kind.${k}`), value: k })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.customer,
        description: text('en', 'discord.cmd.complaint.customer').slice(0, 100),
        required: true,
        max_length: MAX_REFERENCE,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.channel,
        description: text('en', 'discord.cmd.complaint.channel'),
        required: true,
        choices: CONTACT_CHANNELS.map((c) => ({ name: text('en', `channel.${c}`), value: c })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION.said,
        description: text('en', 'discord.cmd.complaint.said'),
        required: false,
        max_length: MAX_TEXT,
      },
    ],
  },
  {
    name: COMMAND.limits,
    type: ApplicationCommandType.ChatInput,
    description: text('en', 'discord.cmd.limits'),
    ...where,
  },
  {
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
  {
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
  flagDefinition,
  languageDefinition,
  practiceDefinition,
];
