/**
 * The interfaces the outside world implements for the app: the clock, the store, the places
 * effects are delivered to. The store implements Store; adapters implement EffectDelivery.
 */
import type {
  CustomerRef,
  Effect,
  Emergency,
  Escalation,
  EscalationRecord,
  FlagKind,
  Limits,
  Locale,
  PolicySnapshot,
  PriorFlags,
  Session,
} from './engine/index.ts';
import type { CareChannels } from './ports-care.ts';

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
  /**
   * For a `page_update`: the platform references recorded when the pages it edits were sent
   * (page effect id → ref). Filled in by the dispatcher; absent for every other effect.
   */
  readonly pageRefs?: Readonly<Record<string, string>>;
}

/** Outbox effects by how urgent they are: pages go out before anything else in a runner pass. */
export type EffectClass = 'pages' | 'others';

/** 'follow_up': a reminder for the agent to tell the customer a fix is done (issue 20). */
export type TimerKind = 'time_check' | 'escalation' | 'follow_up';

export interface DueTimer {
  readonly id: string;
  readonly sessionId: string;
  readonly dueAt: number;
  /** Absent means 'time_check' (a session's time limit). */
  readonly kind?: TimerKind;
  /** For 'escalation': which escalation to step. */
  readonly escalationId?: string;
}

/** Where a page delivery stands in the journal (see Store.beginDelivery). */
export type DeliveryState =
  | { readonly state: 'new' }
  | { readonly state: 'sent'; readonly ref: string | null }
  /** A previous attempt started and never recorded its end: the page may or may not have gone out. */
  | { readonly state: 'uncertain' };

/** Time to acknowledge, per team. */
export interface TeamPageStats {
  readonly teamId: string | null;
  readonly escalations: number;
  readonly acknowledged: number;
  readonly exhausted: number;
  readonly open: number;
  readonly medianAckMs: number | null;
  readonly p90AckMs: number | null;
  readonly maxAckMs: number | null;
}

/** How many pages missed one recipient, and why (`holdline pages stats`). */
export interface UnreachablePages {
  readonly teamId: string | null;
  readonly to: string;
  readonly reason: UnreachableReason;
  readonly pages: number;
}

/** What one transaction can read and write. Everything in it commits together or not at all. */
export interface StoreTx extends FlagTx {
  /** Appends to the audit log, in this transaction (an acknowledgement and its record commit together). */
  recordAudit(entry: AuditEntry): Promise<void>;
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

  insertEscalation(e: Escalation, now: number): Promise<void>;
  getEscalation(id: string, opts?: { forUpdate?: boolean }): Promise<Escalation | null>;
  /** Ids of escalations starting with `prefix` (a supervisor types the first few characters). */
  findEscalationIds(prefix: string, limit: number): Promise<string[]>;
  /** A session's escalations, oldest first, locked for update. */
  sessionEscalations(sessionId: string): Promise<Escalation[]>;
  /** Writes the escalation if still at `expectedVersion`, and appends `records` to its history table. */
  updateEscalation(e: Escalation, expectedVersion: number, records: readonly EscalationRecord[]): Promise<boolean>;
}

export interface Store extends FlagStore {
  tx<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  getSession(id: string): Promise<Session | null>;
  recentSessions(agentId: string, limit: number): Promise<Session[]>;
  getAgent(agentId: string): Promise<AgentProfile | null>;
  /** Adapter-owned delivery state for a session (e.g. which chat message shows its current step). */
  getSurfaceRef(sessionId: string): Promise<unknown>;
  setSurfaceRef(sessionId: string, ref: unknown): Promise<void>;

  /**
   * Claims up to `limit` pending effects for `leaseMs`; several instances never claim the same row.
   * `only`: pages (page effects) or the others (session effects), so the runner can deliver pages first.
   */
  claimEffects(owner: string, now: number, limit: number, leaseMs: number, only?: EffectClass): Promise<OutboxItem[]>;
  /**
   * Restarts the claim lease of one claimed item just before it is delivered (a lease per item, not per
   * batch); false when `owner` no longer holds it (its lease ran out and another instance took it).
   */
  renewClaim(id: string, owner: string, now: number, leaseMs: number): Promise<boolean>;
  /** Marks the effect done; with `owner`, only if that owner still holds the claim. */
  completeEffect(id: string, now: number, owner?: string): Promise<void>;
  /** Schedules a retry at `retryAt`, or gives the effect up (dead) when retryAt is null; with `owner`, only if held. */
  failEffect(id: string, error: string, retryAt: number | null, now: number, owner?: string): Promise<void>;
  claimDueTimers(owner: string, now: number, limit: number, leaseMs: number): Promise<DueTimer[]>;
  completeTimer(id: string, now: number): Promise<void>;
  /** Forgets idempotency keys older than `before` (platform retries stop within minutes). Returns how many. */
  purgeRequestKeys(before: number): Promise<number>;
  getEscalation(id: string): Promise<Escalation | null>;
  /**
   * Delivery journal: records (and commits) that `effectId` is about to be sent. Answers 'new' the
   * first time, 'sent' when an earlier attempt finished, 'uncertain' when one started and never finished.
   */
  beginDelivery(effectId: string, owner: string, now: number): Promise<DeliveryState>;
  finishDelivery(effectId: string, ref: string | null, now: number): Promise<void>;
  deliveryRefs(effectIds: readonly string[]): Promise<Record<string, string>>;
  pageStats(since: number): Promise<TeamPageStats[]>;
  /** Recipients pages could not reach since `since` (per-recipient delivery), most often missed first. */
  unreachableSince(since: number): Promise<UnreachablePages[]>;
  /** PostgreSQL only: calls `onWake` when another transaction committed something due now (LISTEN/NOTIFY). */
  listen?(onWake: () => void, log: Logger): Promise<() => Promise<void>>;
  /** The earliest time anything pending becomes due, so the runner can sleep until then. */
  nextDueAt(): Promise<number | null>;
  close(): Promise<void>;
}

/** Turns a clear customer reference into a keyed hash and a masked hint (privacy: the clear value is never stored). */
export interface Pseudonymiser {
  pseudonymise(reference: string): CustomerRef | null;
}

/**
 * Carries an effect out on a surface (console, Slack, Discord). Throws DeliveryError to ask for a retry.
 * For `page` effects it may return the platform's reference for the message (kept for later edits).
 */
export interface EffectDelivery {
  // biome-ignore lint/suspicious/noConfusingVoidType: deliveries written before pages existed return Promise<void>
  deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt>;
  /**
   * Page effects only, optional but needed for exactly-once: after a crash between "sent" and "recorded",
   * looks on the platform for a message already sent for `item.id` (e.g. by the effect id stored in the
   * message's metadata or nonce). Returns its receipt, or null when it was never sent.
   */
  findSent?(item: OutboxItem, session: Session): Promise<DeliveryReceipt | null>;
}

export interface DeliveryReceipt {
  readonly ref: string | null;
}

/** Why a page could not reach one recipient (docs/paging.md, "per-recipient delivery"). */
export type UnreachableReason = 'dm_closed' | 'not_found' | 'no_access' | 'no_channel' | 'failing';

/** One recipient a page could not reach, kept in the page's receipt ref beside the messages posted. */
export interface Unreachable {
  /** The recipient as the policy names it (`slack:U…`, `discord:123`, `discord:role:4`). */
  readonly to: string;
  readonly unreachable: UnreachableReason;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** When the platform said when to come back (429 Retry-After). */
    readonly retryAfterMs?: number,
    /** False when retrying cannot help (e.g. the channel no longer exists). */
    readonly retryable = true,
    /** A page that reached some recipients and is retried for the rest: the agent is not told it is failing. */
    readonly reachedSomeone = false,
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
  /**
   * Whether the person may act as a supervisor (acknowledge pages, see flag history). `groups`: the Slack
   * user groups / Discord roles the person is in, when the caller asked the platform (membership counts).
   */
  isSupervisor(personId: string, teamId?: string | null, groups?: readonly string[]): boolean;
  /**
   * The teams whose flags (lookups, removals, exports) the person may act on; `'all'`: every team, and flags
   * of agents in no team. Absent: any supervisor acts on every team (a deployment without teams).
   */
  flagTeams?(personId: string): FlagScope;
}

/** Teams a person may read: a list, or every team. */
export type FlagScope = 'all' | readonly string[];

/** Team membership and team default limits (from the team file). */
export interface TeamDefaults {
  teamOf(agentId: string): string | null;
  /** The team's default limits for an agent who has set none; null when the team file gives none. */
  defaultLimits(agentId: string): Limits | null;
  /** The agent's team's emergency number and note (team file `emergency:`); null: none given. */
  emergency?(agentId: string): Emergency | null;
}

/** A directory that can also name a team's supervisors (check-in nudges, break notices). */
export interface RosterDirectory extends Directory {
  /** Who supervises a team; empty when nobody is configured. */
  supervisorsOf(teamId: string | null): readonly string[];
  /** Every team with a weekly digest (the team file's teams, and `default` for agents in none). */
  teams?(): readonly string[];
  /** The teams a person supervises, their own team first (empty: not a supervisor). */
  teamsSupervisedBy?(personId: string): readonly string[];
  /** The team's members as the team file lists them (the supervisor's view shows their limits). */
  membersOf?(teamId: string): readonly string[];
}

/**
 * The one directory the app is wired with (src/paging/directory.ts over the team file): teams, supervisors,
 * escalation policies, default limits and the care side's roster and channels. Every service reads the
 * slice it needs from it.
 */
export interface AppDirectory extends RosterDirectory, Policies, TeamDefaults, CareChannels {
  flagTeams(personId: string): FlagScope;
  teams(): readonly string[];
  teamsSupervisedBy(personId: string): readonly string[];
  membersOf(teamId: string): readonly string[];
  /** The team's support contact (team file `care.support`); null: none. */
  supportContact(teamId: string): string | null;
}

/** One flag on a pseudonymised customer (field guide §5). The clear reference is never part of it. */
export interface FlagRecord {
  readonly id: string;
  /** HMAC of the normalised reference (see src/privacy/customer-ref.ts). */
  readonly customerKey: string;
  /** Masked, for humans: j***@example.com, …4567. */
  readonly hint: string;
  readonly kind: FlagKind;
  readonly teamId: string | null;
  readonly agentId: string;
  readonly sessionId: string | null;
  /** Free text about a customer: shown to supervisors only, never logged. */
  readonly note: string | null;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** Why and by whom a flag was removed; kept after the flag itself is gone. */
export interface FlagAudit {
  readonly flagId: string;
  readonly action: 'remove';
  readonly by: string;
  readonly reason: string;
  readonly at: number;
}

/** Flag writes and reads that belong in the same transaction as a session change. */
export interface FlagTx {
  insertFlag(flag: FlagRecord): Promise<void>;
  /** Counts of the customer's unexpired flags by kind, most recent kind first; null when there are none. */
  flagSummary(customerKey: string, now: number): Promise<PriorFlags | null>;
}

/** Who may start sessions (with a team file: its members and supervisors), and whom others should ask. */
export interface Membership {
  isMember(personId: string): boolean;
  /** Slack user groups / Discord roles listed as members (`slack:subteam:…`, `discord:role:…`). */
  groups?(): readonly string[];
  /** The team that lists `group` as a member. */
  teamOfGroup?(group: string): string | null;
  /** Person ids to name in the refusal (a team's supervisors). */
  whoToAsk(): readonly string[];
}

/** What the audit log records (docs/security.md): sensitive reads and every change of who answers. */
export type AuditAction =
  | 'flags.lookup'
  | 'flags.export'
  | 'flags.remove'
  | 'page.acknowledge'
  | 'page.take_over'
  | 'config.reload'
  /** An incident report read (CLI or a page's Report button); subject: the session id (issue 20). */
  | 'incident.report'
  | 'pepper.rotate';

/** One audit record: who, when, what. Ids and counts only, never a note, a reference or a reason. */
export interface AuditEntry {
  readonly at: number;
  readonly actor: string;
  readonly action: AuditAction;
  readonly subject?: string | null;
  readonly count?: number | null;
  /** The operating-system user behind a CLI command. */
  readonly osUser?: string | null;
  readonly surface?: string | null;
}

/** Instants (ms) before which each kind of record is deleted (docs/security.md, "What is kept"). */
export interface RetentionCutoffs {
  /** Closed sessions (timelines, customer key and hint), with their outbox rows, timers and escalations. */
  readonly sessions: number;
  /** Named and private check-ins (notes), breaks, nudge marks, anonymous contributor tokens. */
  readonly checkins: number;
  /** Escalations no longer paging, their history, and the delivery journal. */
  readonly escalations: number;
  /** Delivered or given-up outbox rows (sessions and care), fired timers. */
  readonly outbox: number;
  /** Audit rows (flag removals, the audit log). */
  readonly audit: number;
}

/** Rows one purge pass deleted, by kind. */
export interface PurgeCounts {
  readonly sessions: number;
  readonly checkins: number;
  readonly escalations: number;
  readonly deliveries: number;
  readonly outbox: number;
  readonly audit: number;
}

export interface FlagStore {
  /** The customer's unexpired flags, newest first, with notes (for supervisors). */
  /** `teams`: only flags of these teams (a team-scoped supervisor); absent: every flag. */
  flagsFor(customerKey: string, now: number, limit: number, teams?: readonly string[]): Promise<FlagRecord[]>;
  /** Deletes the flag and writes the audit row in one transaction; null when no such unexpired flag. */
  removeFlag(flagId: string, audit: FlagAudit, now: number, teams?: readonly string[]): Promise<FlagRecord | null>;
  /** Deletes up to `limit` flags expired at `now`; returns how many. */
  purgeExpiredFlags(now: number, limit: number): Promise<number>;
  /** Sessions recorded with this customer key that started in [from, to), newest first (the threat record). */
  sessionsForCustomer(
    customerKey: string,
    range: { from: number; to: number },
    limit: number,
    teams?: readonly string[],
  ): Promise<Session[]>;
  /** Appends to the audit log. */
  recordAudit(entry: AuditEntry): Promise<void>;
  /** Audit records since `since`, newest first, optionally by one actor. */
  auditSince(since: number, actor: string | null, limit: number): Promise<AuditEntry[]>;
  /** One retention pass: deletes up to `limit` rows of each kind older than its cut-off. */
  purgeBefore(cutoffs: RetentionCutoffs, limit: number): Promise<PurgeCounts>;
}

/** The escalation policy of each team, from the team configuration file. */
export interface Policies {
  /** The policy for a team; a null team (or one not configured) gets the default policy. */
  policyFor(teamId: string | null): PolicySnapshot;
}

/** Re-keying customer data under a new pepper (issue 18; src/privacy/pepper.ts plans, the store runs it). */
export interface KeyState {
  readonly settings: Readonly<Record<string, string>>;
  /** Whether any customer key or contributor token is stored. */
  readonly hasRows: boolean;
}

export interface RekeyPlan {
  /** A stored customer key → its new value. */
  readonly customerKey: (stored: string) => string;
  /** A stored contributor token → its new value. */
  readonly token: (stored: string) => string;
  /** Settings written in the same transaction. */
  readonly settings: Readonly<Record<string, string>>;
  /** An audit row (its count is filled in: rows re-keyed). */
  readonly audit?: Omit<AuditEntry, 'count'>;
}

export interface RekeyCounts {
  readonly flags: number;
  readonly sessions: number;
  readonly contributors: number;
}
