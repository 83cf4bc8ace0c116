/**
 * Session use cases: start a contact, apply an agent's event, read state. Each change is one
 * transaction: the new session and its effects (the outbox) and timers commit together; the
 * dispatcher carries the effects out after commit.
 */
import {
  type ContactChannel,
  type CustomerTag,
  cleanText,
  detect,
  type Effect,
  type IncidentKind,
  type Limits,
  type Locale,
  MAX_FLAG_NOTE,
  propose,
  type Session,
  type SessionEvent,
  startSession,
} from '../engine/index.ts';
import type { Clock, Logger, Membership, Pseudonymiser, Store, TeamDefaults } from '../ports.ts';
import { type AppError, fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';
import type { StepSink } from './step-sink.ts';

export const MAX_TEXT = 2_000;
/** The longest customer reference accepted (an e-mail address is at most 320 characters). */
export const MAX_REFERENCE = 320;

export interface StartRequest {
  readonly agentId: string;
  readonly surface: string;
  /** The kind the agent picked; when absent, the detector's reading of `said` suggests one. */
  readonly kind?: IncidentKind;
  readonly channel: ContactChannel;
  readonly locale: Locale;
  /** The customer's language for "you could say" lines, when it is not the agent's (issue 20). */
  readonly customerLocale?: Locale;
  /** The customer type the agent tagged at start (issue 20). */
  readonly customerType?: CustomerTag;
  readonly teamId?: string | null;
  /** The clear customer reference (e-mail, phone, account id): pseudonymised here, never stored. */
  readonly customerReference?: string;
  /** What the customer said. Read by the detector (kinds and offsets are kept), never stored or logged. */
  readonly said?: string;
  /** Platform request id (Slack retry, Discord interaction id) so a retried request starts nothing new. */
  readonly requestKey?: string;
  /**
   * The groups of `groups` (Slack user groups, Discord roles) the agent is in, asked of the platform (cached):
   * a member listed through a group may start sessions. Absent: membership is by exact id only.
   */
  readonly memberOf?: (groups: readonly string[]) => Promise<readonly string[]>;
}

export interface ApplyRequest {
  readonly sessionId: string;
  /** Who is acting; only the session's agent may (the system uses null for timers). */
  readonly actor: string | null;
  readonly event: SessionEvent;
  /** The version the agent saw when they clicked; a stale or double click is refused without effect. */
  readonly expectedVersion?: number;
  readonly requestKey?: string;
}

export interface Change {
  readonly session: Session;
  readonly effects: readonly Effect[];
  /** True when the request was a repeat and nothing new happened. */
  readonly duplicate: boolean;
}

export interface SessionServiceDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newId: () => string;
  readonly pseudonymiser: Pseudonymiser;
  readonly defaultLimits: Limits;
  /** Team membership and team default limits, when a team file is configured. */
  readonly teams?: TeamDefaults;
  /** With a team file: only its members may start sessions; anyone else is told whom to ask. */
  readonly membership?: Membership;
  /** Called after each commit that produced effects, so delivery starts at once. */
  readonly onCommitted?: () => void;
  /** Persists each step: timers, flags, escalations (pages, threat reports) and the outbox, in the same transaction. */
  readonly sink: StepSink;
}

export class SessionService {
  constructor(private readonly d: SessionServiceDeps) {}

  async start(request: StartRequest): Promise<Result<Change>> {
    const members = this.d.membership;
    let req = request;
    if (members !== undefined && !members.isMember(req.agentId)) {
      const viaGroup = await this.memberThroughGroup(members, req);
      if (viaGroup === undefined) return fail('internal');
      if (viaGroup === null) {
        this.d.log.info({ agent: req.agentId }, 'session refused: not a member of any team');
        const who = members.whoToAsk();
        return fail('not_a_member', { params: { who: who.length > 0 ? who.join(', ') : '-' } });
      }
      // A member through a group works in the team that lists the group.
      req = { ...req, teamId: req.teamId ?? members.teamOfGroup?.(viaGroup) ?? null };
    }
    if (req.said !== undefined && req.said.length > MAX_TEXT)
      return fail('text_too_long', { params: { length: req.said.length, max: MAX_TEXT } });
    if (req.customerReference !== undefined && req.customerReference.length > MAX_REFERENCE)
      return fail('text_too_long', { params: { length: req.customerReference.length, max: MAX_REFERENCE } });
    return this.startMember(req);
  }

  /**
   * The first member group (Slack user group, Discord role) the agent is in, as the platform says; null: in
   * none; undefined: the platform could not be asked (logged; the agent is told to try again).
   */
  private async memberThroughGroup(members: Membership, req: StartRequest): Promise<string | null | undefined> {
    const groups = members.groups?.() ?? [];
    if (groups.length === 0 || req.memberOf === undefined) return null;
    try {
      return (await req.memberOf(groups))[0] ?? null;
    } catch (err) {
      this.d.log.warn({ agent: req.agentId, error: safeError(err) }, 'membership lookup failed');
      return undefined;
    }
  }

  private startMember(req: StartRequest): Promise<Result<Change>> {
    return this.guard('start', async () => {
      const now = this.d.clock.now();
      const customer = req.customerReference?.trim() ? this.d.pseudonymiser.pseudonymise(req.customerReference) : null;
      const detection = req.said?.trim() ? detect(req.said, req.locale) : undefined;
      // The same proposal the engine records as the suggestion: a lower-tier physical threat is proposed, not run.
      const kind = req.kind ?? (detection && propose(detection).start) ?? 'hostile';
      return this.d.store.tx(async (tx) => {
        const id = this.d.newId();
        const prior = req.requestKey === undefined ? null : await tx.claimRequest(req.requestKey, id, now);
        if (prior !== null) {
          const first = await tx.getSession(prior);
          if (first) return ok({ session: first, effects: [], duplicate: true });
        }
        const existing = await tx.findOpenSession(req.agentId);
        if (existing) return fail<Change>('already_open', { detail: existing.id });
        const profile = await tx.getAgent(req.agentId);
        // Read in the same transaction: the next agent is prepared by flags committed before this start.
        const priorFlags = customer === null ? null : await tx.flagSummary(customer.key, now);
        const emergency = this.d.teams?.emergency?.(req.agentId) ?? null;
        const { session, effects } = startSession(
          {
            id,
            agentId: req.agentId,
            teamId: req.teamId ?? profile?.teamId ?? this.d.teams?.teamOf(req.agentId) ?? null,
            surface: req.surface,
            kind,
            detection,
            kindChosen: req.kind !== undefined,
            channel: req.channel,
            locale: req.locale,
            ...(req.customerLocale === undefined ? {} : { customerLocale: req.customerLocale }),
            ...(req.customerType === undefined ? {} : { customerType: req.customerType }),
            limits: profile?.limits ?? this.d.teams?.defaultLimits(req.agentId) ?? this.d.defaultLimits,
            customer,
            ...(priorFlags === null ? {} : { priorFlags }),
            ...(emergency === null ? {} : { emergency }),
          },
          now,
        );
        await tx.insertSession(session);
        await this.d.sink.sessionEffects(tx, session, effects, now);
        return ok({ session, effects, duplicate: false });
      });
    });
  }

  apply(raw: ApplyRequest): Promise<Result<Change>> {
    // Control characters (a NUL that PostgreSQL refuses) leave the note here, at the app boundary.
    const req: ApplyRequest =
      raw.event.type === 'flag' && raw.event.note !== undefined
        ? { ...raw, event: { ...raw.event, note: cleanText(raw.event.note) } }
        : raw;
    const note = req.event.type === 'flag' ? req.event.note : undefined;
    if (note !== undefined && note.length > MAX_FLAG_NOTE)
      return Promise.resolve(fail('text_too_long', { params: { length: note.length, max: MAX_FLAG_NOTE } }));
    return this.guard('apply', async () => {
      const now = this.d.clock.now();
      return this.d.store.tx(async (tx) => {
        const session = await tx.getSession(req.sessionId, { forUpdate: true });
        if (session === null) return fail<Change>('not_found');
        if (req.actor !== null && req.actor !== session.agentId) return fail<Change>('not_yours');
        if (req.requestKey !== undefined && (await tx.claimRequest(req.requestKey, session.id, now)) !== null)
          return ok({ session, effects: [], duplicate: true });
        if (req.expectedVersion !== undefined && req.expectedVersion !== session.version)
          return fail<Change>('stale', { detail: session.id });
        return this.d.sink.session(tx, session, req.event, now);
      });
    });
  }

  /**
   * A follow-up is due (a timer of kind 'follow_up'): the agent gets a notice on the session's surface, naming
   * the contact (its id is not the session's, so every surface says which contact it is about). The notice's id
   * comes from the timer's: a timer fired twice after a crash enqueues it once.
   */
  followUpDue(timer: { readonly id: string; readonly sessionId: string }): Promise<Result<null>> {
    return this.guard('follow-up', () =>
      this.d.store.tx(async (tx) => {
        const session = await tx.getSession(timer.sessionId);
        if (session === null) return ok(null); // purged with its retention: nothing to remind of
        const effect: Effect = {
          type: 'notice',
          key: 'followup.due',
          id: `followup:${timer.id}`,
          sessionId: session.id,
        };
        await tx.enqueue([{ effect, surface: session.surface }], this.d.clock.now());
        return ok(null);
      }),
    );
  }

  async current(agentId: string): Promise<Result<Session | null>> {
    return this.guard('current', () => this.d.store.tx(async (tx) => ok(await tx.findOpenSession(agentId))));
  }

  async get(sessionId: string): Promise<Result<Session | null>> {
    return this.guard('get', async () => ok(await this.d.store.getSession(sessionId)));
  }

  async recent(agentId: string, limit = 5): Promise<Result<Session[]>> {
    return this.guard('recent', async () => ok(await this.d.store.recentSessions(agentId, limit)));
  }

  /** Adapter-owned delivery state of a session (which chat message shows its step), kept across restarts. */
  surfaceRef(sessionId: string): Promise<unknown> {
    return this.d.store.getSurfaceRef(sessionId);
  }

  setSurfaceRef(sessionId: string, ref: unknown): Promise<void> {
    return this.d.store.setSurfaceRef(sessionId, ref);
  }

  /** One error boundary for the use cases: expected failures stay results; a store outage becomes a sentence. */
  private async guard<T>(op: string, fn: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      const result = await fn();
      if (result.ok && this.d.onCommitted) this.d.onCommitted();
      return result;
    } catch (err) {
      const code: AppError['code'] = isUnavailable(err) ? 'store_unavailable' : 'internal';
      this.d.log.error({ error: safeError(err), op }, `session ${op} failed`);
      return fail(code);
    }
  }
}
