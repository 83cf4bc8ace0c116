/**
 * Where a step's result goes, inside the transaction of the change that produced it. The session and
 * escalation machines never call each other's services: the sink persists what a step returns (the new
 * state, timers, flags, outbox rows) and routes the events between the machines:
 *   session `pageSupervisor` / `reportThreat` / `contactClosed`  →  an escalation starts or steps
 *   escalation `session` (acknowledged, taken over, exhausted)   →  the agent's session steps
 * Everything commits together, so a crash never leaves a page without its escalation or an acknowledgement
 * the agent's session does not know about. The dispatcher delivers after commit.
 */
import {
  type Effect,
  type Escalation,
  type EscalationEffect,
  type EscalationEvent,
  type Session,
  type SessionEvent,
  startEscalation,
  step,
  stepEscalation,
  threatReports,
} from '../engine/index.ts';
import type { Clock, Directory, Logger, Policies, StoreTx } from '../ports.ts';
import { fail, ok, type Result } from './errors.ts';
import { DEFAULT_FLAG_RETENTION_DAYS, flagRecord } from './flag-records.ts';
import type { Change } from './sessions.ts';

export interface StepSinkDeps {
  readonly clock: Clock;
  readonly log: Logger;
  /** Ids of new escalations. */
  readonly newId: () => string;
  /** The agent's team when the session records none (which policy a page freezes). */
  readonly directory: Pick<Directory, 'teamOf'>;
  readonly policies: Policies;
  /** How long a customer flag is kept (FLAG_RETENTION_DAYS). */
  readonly flagRetentionDays?: number | undefined;
}

export class StepSink {
  constructor(private readonly d: StepSinkDeps) {}

  /** Steps a session (loaded and locked by id when given one) and persists the result. */
  async session(tx: StoreTx, target: Session | string, event: SessionEvent, now: number): Promise<Result<Change>> {
    const session = typeof target === 'string' ? await tx.getSession(target, { forUpdate: true }) : target;
    if (session === null) return fail<Change>('not_found');
    const result = step(session, event, now);
    if (!result.ok)
      return fail<Change>(result.error.code, {
        ...(result.error.detail ? { detail: result.error.detail } : {}),
        ...(result.error.detailText ? { detailText: result.error.detailText } : {}),
      });
    if (result.session === session) return ok({ session, effects: [], duplicate: false });
    if (!(await tx.updateSession(result.session, session.version))) return fail<Change>('stale');
    await this.sessionEffects(tx, result.session, result.effects, now);
    return ok({ session: result.session, effects: result.effects, duplicate: false });
  }

  /**
   * A session's effects: timers to the timers table, flags to the flags table (a database write, so it
   * commits with the session rather than travelling through the outbox, and its note never lands in the
   * outbox); pages and threat reports to escalations; everything else to the outbox, in the engine's order.
   */
  async sessionEffects(tx: StoreTx, session: Session, effects: readonly Effect[], now: number): Promise<void> {
    const retention = this.d.flagRetentionDays ?? DEFAULT_FLAG_RETENTION_DAYS;
    for (const e of effects) {
      if (e.type === 'scheduleCheck') await tx.scheduleTimer({ id: e.id, sessionId: e.sessionId, dueAt: e.at }, now);
      if (e.type === 'scheduleFollowUp')
        await tx.scheduleTimer({ id: e.id, sessionId: e.sessionId, dueAt: e.at, kind: 'follow_up' }, now);
      if (e.type === 'flagCustomer' && session.customer !== null)
        await tx.insertFlag(flagRecord(session, session.customer, e, now, retention));
    }
    const rest = effects.filter(
      (e) => e.type !== 'scheduleCheck' && e.type !== 'scheduleFollowUp' && e.type !== 'flagCustomer',
    );
    const routed = await this.toEscalations(tx, session, rest, now);
    // "The contact closed" is for the pages (above), never for a surface.
    const deliverable = routed.filter((e) => e.type !== 'contactClosed');
    await tx.enqueue(
      deliverable.map((effect) => ({ effect, surface: session.surface })),
      now,
    );
  }

  /** Steps an escalation and persists the result; null when the event changed nothing. */
  async escalation(tx: StoreTx, e: Escalation, event: EscalationEvent): Promise<Escalation | null> {
    const now = this.d.clock.now();
    const { escalation, effects } = stepEscalation(e, event, now);
    if (escalation === e) return null;
    if (!(await tx.updateEscalation(escalation, e.version, escalation.history.slice(e.history.length))))
      throw new Error(`escalation ${e.id} changed under a row lock`);
    const session = await tx.getSession(e.sessionId);
    await this.escalationEffects(tx, escalation, session?.surface ?? null, effects, now);
    return escalation;
  }

  /**
   * Starts an escalation per `pageSupervisor`, routes each `reportThreat` to its configured recipients and
   * tells open pages the contact closed. Returns the session's other effects, then the agent's notices.
   */
  private async toEscalations(tx: StoreTx, session: Session, effects: readonly Effect[], now: number) {
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
          if (open && (await this.escalation(tx, open, { type: 'threat_repeated' }))) continue;
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
        await this.escalationEffects(tx, escalation, session.surface, out, now, later);
      } else if (effect.type === 'contactClosed') {
        // Open pages say the contact closed, and stop unless they are for a physical threat.
        for (const e of await tx.sessionEscalations(session.id))
          if (e.status === 'paging') await this.escalation(tx, e, { type: 'contact_closed' });
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

  private async escalationEffects(
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
          const r = await this.session(tx, e.sessionId, effect.event, now);
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
}
