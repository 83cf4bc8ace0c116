/**
 * The interfaces the outside world implements for the app: the clock, the store, the places
 * effects are delivered to. The store implements Store; adapters implement EffectDelivery.
 */
import type { CustomerRef, Effect, Limits, Locale, Session } from './engine/index.ts';

export interface Clock {
  now(): number;
}

export interface AgentProfile {
  readonly agentId: string;
  readonly teamId: string | null;
  readonly locale: Locale | null;
  readonly limits: Limits | null;
}

export interface OutboxItem {
  readonly id: string;
  readonly sessionId: string;
  readonly surface: string;
  readonly effect: Effect;
  readonly attempts: number;
  readonly createdAt: number;
}

export interface DueTimer {
  readonly id: string;
  readonly sessionId: string;
  readonly dueAt: number;
}

/** What one transaction can read and write. Everything in it commits together or not at all. */
export interface StoreTx {
  getSession(id: string, opts?: { forUpdate?: boolean }): Promise<Session | null>;
  findOpenSession(agentId: string): Promise<Session | null>;
  insertSession(session: Session): Promise<void>;
  /** Writes the session if it is still at `expectedVersion`; false when someone else moved it first. */
  updateSession(session: Session, expectedVersion: number): Promise<boolean>;
  enqueue(items: readonly { effect: Effect; surface: string }[], now: number): Promise<void>;
  scheduleTimer(timer: DueTimer, now: number): Promise<void>;
  /**
   * Records an idempotency key with what the request produced. Returns null the first time, and the
   * first request's ref when the key was seen before (a retried request, a duplicate delivery).
   */
  claimRequest(key: string, ref: string, now: number): Promise<string | null>;
  getAgent(agentId: string): Promise<AgentProfile | null>;
  saveAgent(profile: AgentProfile, now: number): Promise<void>;
}

export interface Store {
  tx<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  getSession(id: string): Promise<Session | null>;
  recentSessions(agentId: string, limit: number): Promise<Session[]>;
  getAgent(agentId: string): Promise<AgentProfile | null>;
  /** Adapter-owned delivery state for a session (e.g. which chat message shows its current step). */
  getSurfaceRef(sessionId: string): Promise<unknown>;
  setSurfaceRef(sessionId: string, ref: unknown): Promise<void>;

  /** Claims up to `limit` pending effects for `leaseMs`; several instances never claim the same row. */
  claimEffects(owner: string, now: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  completeEffect(id: string, now: number): Promise<void>;
  /** Schedules a retry at `retryAt`, or gives the effect up (dead) when retryAt is null. */
  failEffect(id: string, error: string, retryAt: number | null, now: number): Promise<void>;
  claimDueTimers(owner: string, now: number, limit: number, leaseMs: number): Promise<DueTimer[]>;
  completeTimer(id: string, now: number): Promise<void>;
  /** The earliest time anything pending becomes due, so the runner can sleep until then. */
  nextDueAt(): Promise<number | null>;
  close(): Promise<void>;
}

/** Turns a clear customer reference into a keyed hash and a masked hint (privacy: the clear value is never stored). */
export interface Pseudonymiser {
  pseudonymise(reference: string): CustomerRef | null;
}

/** Carries an effect out on a surface (console, Slack, Discord). Throws DeliveryError to ask for a retry. */
export interface EffectDelivery {
  deliver(item: OutboxItem, session: Session): Promise<void>;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** When the platform said when to come back (429 Retry-After). */
    readonly retryAfterMs?: number,
    /** False when retrying cannot help (e.g. the channel no longer exists). */
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** Who is who: teams and supervisors (from the team configuration file, HOLDLINE_CONFIG). */
export interface Directory {
  /** The agent's team, or null when the agent is in no configured team. */
  teamOf(agentId: string): string | null;
  /** Whether the person may act as a supervisor (acknowledge pages, see flag history). */
  isSupervisor(personId: string, teamId?: string | null): boolean;
  /** Who supervises a team (nudges, break notices); empty when nobody is configured. */
  supervisorsOf(teamId: string | null): readonly string[];
}
