/**
 * Who the team file says Holdline will write to (`holdline config check` with tokens set): every member
 * (their sessions are DMs), every supervisor or group of every level, and every channel (escalation,
 * threats, peer and check-in), each once, per surface.
 */
import { prefixed, type TeamFile } from '../paging/team-file.ts';

export interface Recipient {
  readonly kind: 'person' | 'group' | 'channel';
  /** Without the surface prefix: `U0123`, `subteam:S0123`, `role:42`, `C0123`. */
  readonly id: string;
  /** Where the team file names it, for the report: `team support, level 1`. */
  readonly where: string;
}

const GROUP = /^(subteam|role):/;

export function recipientsOf(file: TeamFile, surface: 'slack' | 'discord'): Recipient[] {
  const out = new Map<string, Recipient>();
  const add = (kind: Recipient['kind'], full: string, where: string) => {
    const prefix = `${surface}:`;
    if (!full.startsWith(prefix)) return;
    const id = full.slice(prefix.length);
    const k = kind === 'person' && GROUP.test(id) ? 'group' : kind;
    const key = `${k}:${id}`;
    if (!out.has(key)) out.set(key, { kind: k, id, where });
  };
  const channels = (list: string[], where: string) => {
    for (const c of list) add('channel', c, where);
  };
  channels(prefixed(file.threats.security), 'threats.security');
  channels(prefixed(file.threats.legal), 'threats.legal');
  for (const [teamId, team] of Object.entries(file.teams)) {
    const t = `team ${teamId}`;
    team.escalation.levels.forEach((l, i) => {
      for (const s of l.supervisors) add('person', s, `${t}, level ${i + 1}`);
    });
    for (const m of team.members) add('person', m, `${t}, member`);
    channels(prefixed(team.escalation.channels), `${t}, escalation channels`);
    channels(prefixed(team.threats?.security), `${t}, threats.security`);
    channels(prefixed(team.threats?.legal), `${t}, threats.legal`);
    for (const kind of ['peer', 'checkin'] as const) {
      const c = team.care?.[kind]?.[surface];
      if (c !== undefined) add('channel', `${surface}:${c}`, `${t}, care.${kind}`);
    }
  }
  return [...out.values()];
}

export interface ReachProblem {
  readonly recipient: Recipient;
  /** One sentence: why Holdline could not write there. */
  readonly problem: string;
}
