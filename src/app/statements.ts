/**
 * Threat statements (issue 20, "The record legal needs"): for a legal or physical threat the agent may
 * write down what was said, when, and who else heard it. Sealed with STATEMENT_KEY (AES-256-GCM) before
 * it is stored, kept for STATEMENT_RETENTION_DAYS, readable only by the team's supervisors (and admins)
 * and the team's security and legal recipients. The words never reach a log line: only ids are logged.
 */
import {
  cleanText,
  MAX_STATEMENT,
  MAX_STATEMENT_WHEN,
  MAX_STATEMENT_WITNESSES,
  type Session,
  type StatementThreat,
  statementThreat,
} from '../engine/index.ts';
import type { Clock, Directory, Logger, Policies, Store } from '../ports.ts';
import type { StatementRow, StatementStore } from '../ports-statements.ts';
import type { StatementCipher } from '../privacy/statement-cipher.ts';
import { type AppError, fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';

export const DEFAULT_STATEMENT_RETENTION_DAYS = 365;
const DAY = 86_400_000;

export interface StatementInput {
  readonly said: string;
  readonly when?: string;
  readonly witnesses?: string;
}

/** A statement as an authorised reader sees it; `said` null when this process has no key that opens it. */
export interface OpenedStatement {
  readonly id: string;
  readonly threat: StatementThreat;
  readonly agentId: string;
  readonly createdAt: number;
  readonly said: string | null;
  readonly when: string | null;
  readonly witnesses: string | null;
}

export interface StatementDeps {
  readonly store: StatementStore;
  readonly sessions: Pick<Store, 'getSession'>;
  /** Null when STATEMENT_KEY is not set: statements are not offered. */
  readonly cipher: StatementCipher | null;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newId: () => string;
  readonly retentionDays?: number;
  /** Supervisors (team scope, admins, HOLDLINE_SUPERVISORS) and the team's threat recipients. */
  readonly directory: Pick<Directory, 'isSupervisor'>;
  readonly policies: Policies;
}

const aad = (id: string, sessionId: string) => `holdline/statement/v1|${id}|${sessionId}`;

export class StatementService {
  constructor(private readonly d: StatementDeps) {}

  /** Whether statements can be written here (a key is configured). */
  get available(): boolean {
    return this.d.cipher !== null;
  }

  /**
   * Whether `actor` may write a statement for the session now: their own session, on a legal or physical
   * threat. The surfaces ask before opening the form; `write` asks again when it is sent.
   */
  writable(actor: string, sessionId: string): Promise<Result<{ session: Session; threat: StatementThreat }>> {
    return this.guard('check', () => this.check(actor, sessionId));
  }

  private async check(
    actor: string,
    sessionId: string,
  ): Promise<Result<{ session: Session; threat: StatementThreat }>> {
    const session = await this.d.sessions.getSession(sessionId);
    if (session === null) return fail('not_found');
    if (session.agentId !== actor) return fail('not_yours');
    const threat = statementThreat(session);
    if (threat === null) return fail('not_a_threat');
    return ok({ session, threat });
  }

  /** The agent writes down what was said about their session's legal or physical threat. */
  async write(actor: string, sessionId: string, raw: StatementInput): Promise<Result<{ id: string }>> {
    const cipher = this.d.cipher;
    if (cipher === null) return fail('statements_off');
    // Control characters leave here, as for every note; empty optional parts are dropped.
    const said = cleanText(raw.said).trim();
    const when = cleanText(raw.when ?? '').trim();
    const witnesses = cleanText(raw.witnesses ?? '').trim();
    if (said === '') return fail('statement_empty');
    for (const [v, max] of [
      [said, MAX_STATEMENT],
      [when, MAX_STATEMENT_WHEN],
      [witnesses, MAX_STATEMENT_WITNESSES],
    ] as const)
      if (v.length > max) return fail('text_too_long', { params: { length: v.length, max } });
    return this.guard('write', async () => {
      const checked = await this.check(actor, sessionId);
      if (!checked.ok) return checked;
      const { session, threat } = checked.value;
      const now = this.d.clock.now();
      const id = this.d.newId();
      const plain = JSON.stringify({ said, ...(when ? { when } : {}), ...(witnesses ? { witnesses } : {}) });
      const sealed = cipher.seal(plain, aad(id, session.id));
      await this.d.store.insertStatement({
        id,
        sessionId: session.id,
        teamId: session.teamId,
        agentId: session.agentId,
        threat,
        ...sealed,
        createdAt: now,
        expiresAt: now + (this.d.retentionDays ?? DEFAULT_STATEMENT_RETENTION_DAYS) * DAY,
      });
      this.d.log.info({ session: session.id, statementId: id, threat }, 'threat statement written');
      return ok({ id });
    });
  }

  /** Whether `reader` may read the session's statements (and its incident report). */
  mayRead(reader: string, session: Session): boolean {
    if (this.d.directory.isSupervisor(reader, session.teamId)) return true;
    const policy = this.d.policies.policyFor(session.teamId);
    return policy.security.includes(reader) || policy.legal.includes(reader);
  }

  /** The session's statements opened for an authorised reader (the caller checked mayRead). */
  async openFor(session: Session): Promise<OpenedStatement[]> {
    const rows = await this.d.store.statementsOf(session.id, this.d.clock.now());
    return rows.map((r) => this.open(r));
  }

  /** Deletes statements past their retention, in batches; returns how many (RetentionService calls it). */
  purgeExpired(now: number, limit: number): Promise<number> {
    return this.d.store.purgeExpiredStatements(now, limit);
  }

  private open(r: StatementRow): OpenedStatement {
    const plain = this.d.cipher?.open(r, aad(r.id, r.sessionId)) ?? null;
    const parsed = plain === null ? null : (JSON.parse(plain) as { said: string; when?: string; witnesses?: string });
    return {
      id: r.id,
      threat: r.threat,
      agentId: r.agentId,
      createdAt: r.createdAt,
      said: parsed?.said ?? null,
      when: parsed?.when ?? null,
      witnesses: parsed?.witnesses ?? null,
    };
  }

  private async guard<T>(op: string, fn: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await fn();
    } catch (err) {
      const code: AppError['code'] = isUnavailable(err) ? 'store_unavailable' : 'internal';
      this.d.log.error({ error: safeError(err), op }, `statement ${op} failed`);
      return fail(code);
    }
  }
}
