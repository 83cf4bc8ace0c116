/**
 * `holdline config check [--file path]`: validates the team file and prints the resolved policies or the
 * errors. With SLACK_BOT_TOKEN and/or DISCORD_TOKEN set it also asks each platform whether every recipient
 * the file names can be written to, lists those that cannot, and exits with 1 if any cannot.
 */
import { TeamDirectory } from '../paging/directory.ts';
import { readTeamFile, TeamFileError } from '../paging/team-file.ts';
import { readConfig } from './common.ts';
import type { CliCommand, CliIo } from './index.ts';
import { type ReachProblem, recipientsOf } from './recipients.ts';

export const command: CliCommand = {
  summary:
    'check [--file path]  validate the team file (HOLDLINE_CONFIG), print the escalation policies and, with platform tokens set, check every recipient can be reached',
  async run(args, io) {
    const [sub, flag, value] = args;
    if (sub !== 'check' || (flag !== undefined && (flag !== '--file' || value === undefined))) {
      io.err('Usage: holdline config check [--file path]');
      return 2;
    }
    const path = value ?? io.env.HOLDLINE_CONFIG;
    if (!path) {
      io.err('No team file: pass --file path or set HOLDLINE_CONFIG.');
      return 2;
    }
    try {
      const file = readTeamFile(path);
      // As Holdline runs: the team file merged with HOLDLINE_SUPERVISORS and the channel keys.
      const dir = new TeamDirectory(file, {
        supervisors: (io.env.HOLDLINE_SUPERVISORS ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        peerChannel: io.env.HOLDLINE_PEER_CHANNEL,
        checkinChannel: io.env.HOLDLINE_CHECKIN_CHANNEL,
      });
      io.out(`${path}: valid. ${Object.keys(file.teams).length} team(s).`);
      for (const [id, team] of Object.entries(file.teams)) {
        const p = dir.policyFor(id);
        io.out(`\nteam ${id}${team.name ? ` (${team.name})` : ''}: ${team.members.length} member(s)`);
        if (team.limits)
          io.out(
            `  default limits: ${team.limits.minutes} min, hostility ${team.limits.hostility}, complexity ${team.limits.complexity}`,
          );
        p.levels.forEach((l, i) => {
          const total = l.ackTimeoutMinutes * (l.repeat + 1);
          io.out(
            `  level ${i + 1}: ${l.supervisors.join(', ')}; re-notify every ${l.ackTimeoutMinutes} min, repeats: ${l.repeat}; ${
              i === p.levels.length - 1
                ? `last level: after ${total} min the agent is told nobody answered`
                : `next level after ${total} min`
            }`,
          );
        });
        io.out(`  escalation channels: ${p.channels.join(', ') || '(none)'}`);
        io.out(`  physical threats → ${p.security.join(', ') || '(none: the agent’s own surface)'}`);
        io.out(`  legal threats → ${p.legal.join(', ') || '(none: the agent’s own surface)'}`);
        const channels = (kind: 'peer' | 'checkin') =>
          (['slack', 'discord', 'console'] as const)
            .flatMap((s) => {
              const c = kind === 'peer' ? dir.peer(s, id) : dir.checkin(s, id);
              return c === null ? [] : [`${s}:${c}`];
            })
            .join(', ') || '(none)';
        io.out(`  talk to someone → ${channels('peer')}; check-ins → ${channels('checkin')}`);
        io.out(`  nudges and weekly digest → ${dir.supervisorsOf(id).join(', ') || '(nobody)'}`);
      }
      return await checkReach(file, io);
    } catch (err) {
      if (!(err instanceof TeamFileError)) throw err;
      io.err(err.message);
      return 1;
    }
  },
};

/** With tokens set: asks Slack and Discord about every recipient; 0 when all can be reached, 1 otherwise. */
async function checkReach(file: ReturnType<typeof readTeamFile>, io: CliIo): Promise<number> {
  if (!io.env.SLACK_BOT_TOKEN && !io.env.DISCORD_TOKEN) return 0;
  const config = readConfig(io);
  if (config === null) return 2;
  let failed = 0;
  const report = (surface: string, checked: number, problems: readonly ReachProblem[]) => {
    io.out(`\n${surface}: ${checked - problems.length} of ${checked} recipient(s) can be reached.`);
    for (const p of problems) {
      const prefix = p.recipient.kind === 'channel' ? 'channel ' : '';
      io.out(`  cannot reach ${prefix}${surface}:${p.recipient.id} (${p.recipient.where}): ${p.problem}`);
    }
    failed += problems.length;
  };
  // Loaded only when asked: Bolt and discord.js take seconds to import.
  if (config.SLACK_BOT_TOKEN) {
    const { webApi } = await import('@slack/bolt');
    const { checkSlackReach } = await import('../../adapters/slack/reach-check.ts');
    const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      retryConfig: { retries: 2, factor: 1, minTimeout: 200, maxTimeout: 1000 },
      logLevel: webApi.LogLevel.ERROR,
    });
    const recipients = recipientsOf(file, 'slack');
    report('slack', recipients.length, await checkSlackReach(client, recipients));
  }
  if (config.DISCORD_TOKEN) {
    const { REST } = await import('discord.js');
    const { checkDiscordReach } = await import('../../adapters/discord/reach-check.ts');
    const rest = new REST({ retries: 2, ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(
      config.DISCORD_TOKEN,
    );
    const recipients = recipientsOf(file, 'discord');
    report('discord', recipients.length, await checkDiscordReach(rest, recipients));
  }
  return failed > 0 ? 1 : 0;
}
