/**
 * Ports for check-ins, breaks and the care outbox. The store implements CareStore; each surface
 * (console, Slack, Discord) implements CareDelivery to carry out a CareEffect.
 */
import type { CareEffect, Mood, PageAckRow, Session, Visibility } from './engine/index.ts';

export interface CheckinRow {
  readonly id: string;
  readonly agentId: string;
  readonly teamId: string;
  readonly visibility: Exclude<Visibility, 'anonymous'>;
  readonly mood: Mood;
  readonly note: string | null;
  readonly day: string;
  readonly week: string;
  readonly createdAt: number;
}

export interface BreakRow {
  readonly id: string;
  readonly agentId: string;
  readonly teamId: string;
  readonly surface: string;
  readonly minutes: number;
  readonly endsAt: number;
}

export interface CareItem {
  readonly id: string;
  readonly surface: string;
  readonly effect: CareEffect;
  readonly attempts: number;
}

export interface QueuedCare {
  readonly id: string;
  readonly surface: string;
  readonly effect: CareEffect;
  readonly availableAt: number;
}

export interface CareTx {
  insertCheckin(row: CheckinRow): Promise<void>;
  /** No agent and no time: team, ISO week and mood are all that is kept. */
  insertAnonymousCheckin(row: { id: string; teamId: string; week: string; mood: Mood }): Promise<void>;
  /** Marks a keyed-hash contributor for the team-week (idempotent); links to no post. */
  addAnonymousContributor(teamId: string, week: string, token: string): Promise<void>;
  /** Queues care effects; an id already queued is ignored. */
  enqueueCare(items: readonly QueuedCare[]): Promise<void>;
  insertBreak(row: BreakRow, now: number): Promise<void>;
  completeBreak(id: string, now: number): Promise<void>;
  /**
   * Records an idempotency key (a retried or doubled chat request) with what it produced: null the first
   * time, the first request's ref after. Shares the sessions' processed-requests table; rolls back with the tx.
   */
  claimRequest(key: string, ref: string, now: number): Promise<string | null>;
  /** True the first time a nudge key is claimed, false after. */
  claimNudge(key: string, now: number): Promise<boolean>;
  /**
   * Claims the weekly digest of a team-week (key `digest:<team>:<week>`): true the first time, false when
   * that week or a later one was already claimed for the team (a digest is posted once, never an older week).
   */
  claimDigest(teamId: string, week: string, now: number): Promise<boolean>;
}

export interface DigestCheckins {
  readonly named: readonly { day: string; mood: number }[];
  readonly anonymous: readonly { mood: number }[];
  readonly anonymousContributors: number;
}

export interface CareStore {
  careTx<T>(fn: (tx: CareTx) => Promise<T>): Promise<T>;
  claimDueBreaks(owner: string, now: number, limit: number, leaseMs: number): Promise<BreakRow[]>;
  claimCareEffects(owner: string, now: number, limit: number, leaseMs: number): Promise<CareItem[]>;
  /** Delivered: the row is deleted (the queue keeps no record). */
  completeCareEffect(id: string): Promise<void>;
  failCareEffect(id: string, error: string, retryAt: number | null, now: number): Promise<void>;
  /** Sessions that closed in [from, to), every team. */
  sessionsClosedBetween(from: number, to: number): Promise<Session[]>;
  /** Sessions that started in [from, to) in a team (the default team also holds sessions without one). */
  sessionsStartedBetween(teamId: string, from: number, to: number): Promise<Session[]>;
  checkinsForDigest(teamId: string, week: string): Promise<DigestCheckins>;
  /** The agent's own named and private check-ins, newest first. */
  myCheckins(agentId: string, limit: number): Promise<CheckinRow[]>;
  /** The latest ISO week whose digest was claimed for the team (null: none yet). */
  lastDigestWeek(teamId: string): Promise<string | null>;
  /**
   * Escalations of the team's sessions that started in [from, to): when paged and when first acknowledged
   * or taken over (null: never). The default team also holds sessions without one.
   */
  pageAcks(teamId: string, from: number, to: number): Promise<PageAckRow[]>;
  /** The earliest pending break end or care effect (for the runner's wake-up); null when none. */
  nextCareDueAt(): Promise<number | null>;
}

export interface CareDelivery {
  deliverCare(item: CareItem): Promise<void>;
}

/** Where the team's channels are, per surface (from config until the team configuration file exists). */
export interface CareChannels {
  peer(surface: string, teamId: string): string | null;
  checkin(surface: string, teamId: string): string | null;
}
