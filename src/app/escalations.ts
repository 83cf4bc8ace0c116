/**
 * Escalation use cases: supervisors acknowledge or take over; timers re-notify and escalate. A
 * `pageSupervisor` effect becomes an escalation in the SAME transaction as the session change that
 * produced it (src/app/step-sink.ts). Every change is one transaction; the dispatcher delivers after commit.
 */
import { type Escalation, type EscalationEvent, mayAnswer, policyGroups } from '../engine/index.ts';
import type { Clock, DueTimer, Logger, Store, StoreTx, TeamPageStats } from '../ports.ts';
import { type AppError, fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';
import type { StepSink } from './step-sink.ts';

export interface EscalationServiceDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  /** Persists each step and tells the agent's session who acknowledged, in the same transaction. */
  readonly sink: StepSink;
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
        const changed = await this.d.sink.escalation(tx, e, event);
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
        if (e !== null) await this.d.sink.escalation(tx, e, { type: 'timer_due', timerId: timer.id });
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
