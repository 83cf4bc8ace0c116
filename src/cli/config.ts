/** `holdline config check [--file path]`: validates the team file and prints the resolved policies or the errors. */
import { CareDirectory } from '../paging/care-directory.ts';
import { TeamDirectory } from '../paging/directory.ts';
import { readTeamFile, TeamFileError } from '../paging/team-file.ts';
import type { CliCommand } from './index.ts';

export const command: CliCommand = {
  summary: 'check [--file path]  validate the team file (HOLDLINE_CONFIG) and print the escalation policies',
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
      const dir = new TeamDirectory(file);
      // As Holdline runs: the team file merged with HOLDLINE_SUPERVISORS and the channel keys.
      const care = new CareDirectory(file, {
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
            `  level ${i + 1}: ${l.supervisors.join(', ')}; re-notify every ${l.ackTimeoutMinutes} min, ${l.repeat} time(s); next level after ${total} min`,
          );
        });
        io.out(`  escalation channels: ${p.channels.join(', ') || '(none)'}`);
        io.out(`  physical threats → ${p.security.join(', ') || '(none: the agent’s own surface)'}`);
        io.out(`  legal threats → ${p.legal.join(', ') || '(none: the agent’s own surface)'}`);
        const channels = (kind: 'peer' | 'checkin') =>
          (['slack', 'discord', 'console'] as const)
            .flatMap((s) => {
              const c = kind === 'peer' ? care.peer(s, id) : care.checkin(s, id);
              return c === null ? [] : [`${s}:${c}`];
            })
            .join(', ') || '(none)';
        io.out(`  talk to someone → ${channels('peer')}; check-ins → ${channels('checkin')}`);
        io.out(`  nudges and weekly digest → ${care.supervisorsOf(id).join(', ') || '(nobody)'}`);
      }
      return 0;
    } catch (err) {
      if (!(err instanceof TeamFileError)) throw err;
      io.err(err.message);
      return 1;
    }
  },
};
