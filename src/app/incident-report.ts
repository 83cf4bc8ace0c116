/**
 * The incident report (issue 20, "The record legal needs"): one session as a legal team needs it. Only the
 * team's supervisors (admins, HOLDLINE_SUPERVISORS) and its security and legal recipients may read it; every
 * read is in the audit log (the session id and how many statements it holds, never what they say).
 */
import type { Escalation, Session } from '../engine/index.ts';
import type { Clock, Logger, Store } from '../ports.ts';
import { fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';
import type { OpenedStatement, StatementService } from './statements.ts';

export interface IncidentReport {
  readonly session: Session;
  /** The session's pages, oldest first. */
  readonly escalations: readonly Escalation[];
  /** Opened for the reader (who may read them); `said` null where no key opens one. */
  readonly statements: readonly OpenedStatement[];
  readonly reader: string;
  readonly at: number;
}

export interface IncidentReportDeps {
  readonly store: Pick<Store, 'getSession' | 'tx' | 'recordAudit'>;
  readonly statements: StatementService;
  readonly clock: Clock;
  readonly log: Logger;
  /** The operating-system user behind a CLI run (recorded in the audit log). */
  readonly osUser?: string;
}

export class IncidentReportService {
  constructor(private readonly d: IncidentReportDeps) {}

  async build(reader: string, sessionId: string, surface: string): Promise<Result<IncidentReport>> {
    try {
      const session = await this.d.store.getSession(sessionId);
      if (session === null) return fail('not_found', { params: { id: sessionId } });
      if (!this.d.statements.mayRead(reader, session)) {
        this.d.log.info({ reader, session: session.id }, 'incident report refused: not a reader of this team');
        return fail('not_a_reader');
      }
      const escalations = await this.d.store.tx((tx) => tx.sessionEscalations(session.id));
      const statements = await this.d.statements.openFor(session);
      const at = this.d.clock.now();
      await this.d.store.recordAudit({
        at,
        actor: reader,
        action: 'incident.report',
        subject: session.id,
        count: statements.length,
        surface,
        ...(this.d.osUser === undefined ? {} : { osUser: this.d.osUser }),
      });
      return ok({ session, escalations, statements, reader, at });
    } catch (err) {
      this.d.log.error({ error: safeError(err), op: 'incident report' }, 'incident report failed');
      return fail(isUnavailable(err) ? 'store_unavailable' : 'internal');
    }
  }
}
