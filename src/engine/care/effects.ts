/**
 * What the wellbeing features ask a surface to carry out. Plain data, rendered by each adapter
 * (terminal text, Block Kit, Discord messages); the app stores them in the care outbox first.
 * Text for each lives in the catalogue under `care.*` (see docs/checkins.md for the contract).
 */
import type { Mood } from './checkin.ts';
import type { Digest } from './digest.ts';

export type CareEffect =
  /**
   * "Talk to someone": tell the team's buddy/peer channel that the agent would like a word. Only
   * queued when the team has a peer channel (without one, the agent's answer says so instead).
   */
  | { readonly type: 'peerPing'; readonly channel: string; readonly agentId: string }
  /** The break is over: remind the agent. */
  | { readonly type: 'breakOver'; readonly agentId: string; readonly minutes: number }
  /** Tell the supervisors an agent is on a break after a hard contact (so nobody chases them). */
  | { readonly type: 'breakNotice'; readonly to: readonly string[]; readonly agentId: string; readonly minutes: number }
  /**
   * Post a check-in to the team's check-in channel (only queued when the team has one). `agentId` is
   * null for an anonymous post: the adapter must post it as the bot, with nothing that names the agent.
   */
  | {
      readonly type: 'checkinPost';
      readonly channel: string;
      readonly agentId: string | null;
      readonly mood: Mood;
      readonly note: string | null;
    }
  /** A supervisor nudge; `agentId` is null for a team-level (anonymous) nudge. */
  | {
      readonly type: 'supervisorNudge';
      readonly to: readonly string[];
      readonly reason: NudgeReason;
      readonly teamId: string;
      readonly agentId: string | null;
      /** Hard contacts this shift (hard_contacts) or the mood (low_mood, team_low_mood). */
      readonly value: number;
    }
  /** The weekly team digest, sent to each supervisor in `to` (posted on a durable weekly timer). */
  | { readonly type: 'digestPost'; readonly to: readonly string[]; readonly digest: Digest };
export type NudgeReason = 'low_mood' | 'team_low_mood' | 'hard_contacts';
export type CareEffectType = CareEffect['type'];
