/**
 * `holdline discord register [--guild <id>]` (also `npm run discord:register -- --guild <id>`):
 * puts Holdline's slash commands on Discord through the REST API. With --guild they appear in that
 * server at once (good for trying it out); without, globally (Discord may take up to an hour).
 */
import { readConfig } from './common.ts';
import type { CliCommand } from './index.ts';

const USAGE = 'Usage: holdline discord register [--guild <server id>]';

export const command: CliCommand = {
  summary: 'register the Discord slash commands (register [--guild <id>])',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'register') {
      io.err(USAGE);
      return 2;
    }
    const at = rest.indexOf('--guild');
    const guild = at === -1 ? undefined : rest[at + 1];
    if (at !== -1 && (guild === undefined || !/^\d{17,20}$/.test(guild))) {
      io.err(`--guild needs a server id (a number of 17 to 20 digits). ${USAGE}`);
      return 2;
    }
    const config = readConfig(io);
    if (config === null) return 2;
    if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
      io.err('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).');
      return 2;
    }
    // Loaded only here (issue 19): discord.js alone takes seconds to load on a small machine.
    const [{ REST, Routes }, { commandDefinitions }] = await Promise.all([
      import('discord.js'),
      import('../../adapters/discord/commands/index.ts'),
    ]);
    const rest$ = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(
      config.DISCORD_TOKEN,
    );
    const route = guild
      ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild)
      : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
    const saved = (await rest$.put(route, { body: commandDefinitions })) as { name: string }[];
    io.out(
      `Registered ${saved.length} commands (${saved.map((c) => `/${c.name}`).join(', ')}) ${guild ? `in server ${guild}` : 'globally'}.`,
    );
    return 0;
  },
};
