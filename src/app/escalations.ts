/**
 * Escalation use cases. A `pageSupervisor` effect becomes an escalation, its pages (outbox) and its
 * timer in the SAME transaction as the session change that produced it; a `reportThreat` goes straight
 * to the configured security or legal recipients. Supervisors acknowledge or take over; timers re-notify
 * and escalate. Every change is one transaction; the dispatcher delivers after commit.
 */
import {
  type Effect,
  type Escalation,
  type EscalationEffect,
  type EscalationEvent,
  mayAnswer,
  policyGroups,
  type Session,
  startEscalation,
  stepEscalation,
  threatReports,
} from '../engine/index.ts';
import type { Clock, Directory, DueTimer, Logger, Policies, Store, StoreTx, TeamPageStats } from '../ports.ts';
import { type AppError, fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';
import type { SessionService } from './sessions.ts';

export interface EscalationServiceDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newId: () => string;
  readonly directory: Directory;
  readonly policies: Policies;
  /** The session service, to tell the agent's session who acknowledged (set after both are built). */
  readonly sessions: () => SessionService;
  readonly onCommitted?: () => void;
  /** After a supervisor's acknowledgement or take-over committed (time-to-acknowledge metrics). */
  readonly onAnswered?: (e: Escalation) => void;
}

export interface AnswerRequest {
  /** The escalation id, or the first characters of it as shown on the page. */
  readonly escalation: string;
  readonly by: string;
  readonly takeOver?: boolean;
  /**
   * The surface answering (the terminal passes `console`): it may answer only its own agents' pages, as
   * one of its own people, so a terminal pointed at a shared database cannot answer a Slack page as anyone.
   */
  readonly surface?: string;
  /**
   * Which of these groups or roles (`slack:subteam:S1`, `discord:role:4`) the person belongs to, asked of
   * the platform at click time; only called when the policy names groups and the person is not named.
   */
  readonly memberOf?: (groups: readonly string[]) => Promise<readonly string[]>;
}

export interface Answered {
  readonly escalation: Escalation;
  /** True when it had already been answered (by `escalation.acknowledgedBy`); nothing changed. */
  readonly already: boolean;
}

export class EscalationService {
  constructor(private readonly d: EscalationServiceDeps) {}

  /**
   * Inside SessionService's transaction: starts an escalation per `pageSupervisor`, routes each
   * `reportThreat` to its configured recipients. Returns the effects to enqueue unchanged.
   */
  async intercept(tx: StoreTx, session: Session, effects: readonly Effect[], now: number): Promise<Effect[]> {
    const rest: Effect[] = [];
    // The agent's notices from a new escalation come after the engine's own ("you have been paged").
    const later: Effect[] = [];
    const teamId = session.teamId ?? this.d.directory.teamOf(session.agentId);
    for (const effect of effects) {
      if (effect.type === 'pageSupervisor') {
        // A repeated threat goes onto the page still open for it; once answered (or given up), it pages anew.
        if (effect.repeated) {
          const open = (await tx.sessionEscalations(session.id)).find(
            (e) => e.status === 'paging' && e.reason.code === effect.reason.code,
          );
          if (open && (await this.advance(tx, open, { type: 'threat_repeated' }))) continue;
        }
        const { escalation, effects: out } = startEscalation(
          {
            id: this.d.newId(),
            sessionId: session.id,
            agentId: session.agentId,
            incident: session.kind,
            reason: effect.reason,
            severity: effect.severity,
            policy: this.d.policies.policyFor(teamId),
          },
          now,
        );
        await tx.insertEscalation(escalation, now);
        await this.persist(tx, escalation, session.surface, out, now, later);
      } else if (effect.type === 'contactClosed') {
        // Open pages say the contact closed, and stop unless they are for a physical threat.
        for (const e of await tx.sessionEscalations(session.id))
          if (e.status === 'paging') await this.advance(tx, e, { type: 'contact_closed' });
      } else if (effect.type === 'reportThreat') {
        const reports = threatReports(this.d.policies.policyFor(teamId), effect.to, effect.id, effect.repeatedAt);
        // Nobody configured for this kind of threat: keep the engine's report so it is not lost.
        if (reports.length === 0) {
          this.d.log.warn({ team: teamId, to: effect.to }, 'no recipients configured for threat reports');
          rest.push(effect);
        }
        for (const r of reports) if (r.type === 'deliver') await this.enqueuePage(tx, session.id, r, now);
      } else rest.push(effect);
    }
    return [...rest, ...later];
  }

  /** A supervisor of the escalation's policy acknowledges (or takes over); anyone else is refused. */
  async answer(req: AnswerRequest): Promise<Result<Answered>> {
    // Group membership is asked of the platform before the transaction (no row lock held over a network call).
    const groups = await this.groupsOf(req);
    if (!groups.ok) return groups;
    const answered = await this.guard('answer', () =>
      this.d.store.tx(async (tx) => {
        const id = await this.resolve(tx, req.escalation.trim());
        if (!id.ok) return id;
        const e = await tx.getEscalation(id.value, { forUpdate: true });
        if (e === null) return fail<Answered>('escalation_not_found', { detail: req.escalation });
        if (
          req.surface !== undefined &&
          !(req.by.startsWith(`${req.surface}:`) && e.agentId.startsWith(`${req.surface}:`))
        )
          return fail<Answered>('page_elsewhere');
        if (!mayAnswer(e.policy, req.by, groups.value)) {
          this.d.log.warn({ escalation: e.id, by: req.by }, 'acknowledgement refused: not a supervisor of the policy');
          return fail<Answered>('not_a_supervisor');
        }
        const event: EscalationEvent = { type: req.takeOver ? 'take_over' : 'ack', by: req.by };
        const changed = await this.advance(tx, e, event);
        if (changed !== null)
          await tx.recordAudit({
            at: this.d.clock.now(),
            actor: req.by,
            action: req.takeOver ? 'page.take_over' : 'page.acknowledge',
            subject: e.id,
          });
        return ok({ escalation: changed ?? e, already: changed === null });
      }),
    );
    if (answered.ok && !answered.value.already) this.d.onAnswered?.(answered.value.escalation);
    return answered;
  }

  /** The policy's groups the person belongs to (empty when the policy names them, or names no group). */
  private async groupsOf(req: AnswerRequest): Promise<Result<readonly string[]>> {
    if (req.memberOf === undefined) return ok([]);
    const memberOf = req.memberOf;
    const pre = await this.guard('answer', () =>
      this.d.store.tx(async (tx) => {
        const id = await this.resolve(tx, req.escalation.trim());
        return id.ok ? ok(await tx.getEscalation(id.value)) : id;
      }),
    );
    if (!pre.ok) return pre;
    const policy = pre.value?.policy;
    if (policy === undefined || mayAnswer(policy, req.by)) return ok([]);
    const named = policyGroups(policy);
    if (named.length === 0) return ok([]);
    try {
      return ok(await memberOf(named));
    } catch (err) {
      // The platform cannot say: refused (never let an unknown person answer), and logged.
      this.d.log.warn({ by: req.by, error: safeError(err) }, 'could not check group membership');
      return ok([]);
    }
  }

  /** The runner calls this when an escalation timer is due. */
  timerDue(timer: DueTimer): Promise<Result<void>> {
    return this.guard('timer', () =>
      this.d.store.tx(async (tx) => {
        const e = timer.escalationId ? await tx.getEscalation(timer.escalationId, { forUpdate: true }) : null;
        if (e !== null) await this.advance(tx, e, { type: 'timer_due', timerId: timer.id });
        return ok(undefined);
      }),
    );
  }

  async get(id: string): Promise<Result<Escalation | null>> {
    return this.guard('get', async () => ok(await this.d.store.getEscalation(id)));
  }

  /** Time to acknowledge per team since `since` (epoch ms). */
  async stats(since: number): Promise<Result<TeamPageStats[]>> {
    return this.guard('stats', async () => ok(await this.d.store.pageStats(since)));
  }

  /** Steps the escalation and persists the result; null when the event changed nothing. */
  private async advance(tx: StoreTx, e: Escalation, event: EscalationEvent): Promise<Escalation | null> {
    const now = this.d.clock.now();
    const { escalation, effects } = stepEscalation(e, event, now);
    if (escalation === e) return null;
    if (!(await tx.updateEscalation(escalation, e.version, escalation.history.slice(e.history.length))))
      throw new Error(`escalation ${e.id} changed under a row lock`);
    const session = await tx.getSession(e.sessionId);
    await this.persist(tx, escalation, session?.surface ?? null, effects, now);
    return escalation;
  }

  private async persist(
    tx: StoreTx,
    e: Escalation,
    agentSurface: string | null,
    effects: readonly EscalationEffect[],
    now: number,
    /** When given, notices for the agent are collected here instead of enqueued. */
    later?: Effect[],
  ): Promise<void> {
    for (const [i, effect] of effects.entries()) {
      switch (effect.type) {
        case 'deliver':
          await this.enqueuePage(tx, e.sessionId, effect, now);
          break;
        case 'timer':
          await tx.scheduleTimer(
            { id: effect.id, sessionId: e.sessionId, dueAt: effect.at, kind: 'escalation', escalationId: e.id },
            now,
          );
          break;
        case 'notify': {
          if (agentSurface === null) break;
          const params = effect.params === undefined ? {} : { params: effect.params };
          const notice = { type: 'notice', key: effect.key, ...params } as const;
          const id = `${e.id}:${e.version}:n${i}`;
          if (later) later.push({ ...notice, id, sessionId: e.sessionId });
          else await tx.enqueue([{ effect: { ...notice, id, sessionId: e.sessionId }, surface: agentSurface }], now);
          break;
        }
        case 'session': {
          const r = await this.d.sessions().applyInTx(tx, e.sessionId, effect.event, now);
          // A closed session cannot be told; the acknowledgement itself still stands and is recorded.
          if (!r.ok && r.error.code !== 'session_closed' && r.error.code !== 'not_found')
            throw new Error(`session ${e.sessionId}: ${r.error.code}`);
          break;
        }
      }
    }
  }

  private enqueuePage(tx: StoreTx, sessionId: string, d: Extract<EscalationEffect, { type: 'deliver' }>, now: number) {
    return tx.enqueue([{ effect: { type: 'page', message: d.message, id: d.id, sessionId }, surface: d.surface }], now);
  }

  private async resolve(tx: StoreTx, prefix: string): Promise<Result<string>> {
    if (prefix.length < 4) return fail('escalation_not_found', { detail: prefix });
    const ids = await tx.findEscalationIds(prefix, 2);
    if (ids.length === 0) return fail('escalation_not_found', { detail: prefix });
    if (ids.length > 1 && !ids.includes(prefix)) return fail('escalation_ambiguous', { detail: prefix });
    return ok(ids.includes(prefix) ? prefix : (ids[0] as string));
  }

  private async guard<T>(op: string, fn: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      const result = await fn();
      if (result.ok) this.d.onCommitted?.();
      return result;
    } catch (err) {
      const code: AppError['code'] = isUnavailable(err) ? 'store_unavailable' : 'internal';
      this.d.log.error({ error: safeError(err), op }, `escalation ${op} failed`);
      return fail(code);
    }
  }
}
