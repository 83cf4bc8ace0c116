/**
 * The names of Holdline's slash commands, their subcommands and options: shared by each command's
 * definition (commands/<name>.ts, what `holdline discord register` publishes) and the listeners that
 * read the options, so what is registered is what the listeners expect.
 */
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

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

export const PRACTICE_COMMAND = 'practice';
export const PRACTICE_OPTION = { kind: 'kind', language: 'language', show: 'show' } as const;
/** `/practice show:history` (your own scores) or `show:team` (supervisors: this week's count). */
export const PRACTICE_SHOW = ['history', 'team'] as const;
