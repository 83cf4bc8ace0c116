/** `/complaint kind customer channel [said]`: starts a guided session (listeners/complaint.ts). */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { MAX_REFERENCE, MAX_TEXT } from '../../../src/app/sessions.ts';
import { CONTACT_CHANNELS, INCIDENT_KINDS, text } from '../../../src/engine/index.ts';
import { onComplaint } from '../listeners/complaint.ts';
import { COMMAND, OPTION, where } from './names.ts';
import type { SlashCommand } from './types.ts';

export const complaint: SlashCommand = {
  definition: {
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
  execute: onComplaint,
};
