/** Who may start sessions with a team file (issue 18): see docs/security.md. */
import { isGroupId } from '../engine/escalation.ts';
import type { Membership, RosterDirectory } from '../ports.ts';

/** Membership from the live team file: members (people, or groups/roles) and supervisors of any team; supervisors are whom to ask. */
export function teamMembership(roster: RosterDirectory): Membership {
  const teams = () => roster.teams?.() ?? [];
  const supervisors = () => [...new Set(teams().flatMap((t) => roster.supervisorsOf(t)))];
  return {
    isMember: (person) =>
      teams().some((t) => (roster.membersOf?.(t) ?? []).includes(person)) || supervisors().includes(person),
    whoToAsk: () => supervisors().slice(0, 3),
    // Members listed as a Slack user group or a Discord role: the adapter asks the platform (cached).
    groups: () => [...new Set(teams().flatMap((t) => (roster.membersOf?.(t) ?? []).filter(isGroupId)))],
    teamOfGroup: (group) => teams().find((t) => (roster.membersOf?.(t) ?? []).includes(group)) ?? null,
  };
}
