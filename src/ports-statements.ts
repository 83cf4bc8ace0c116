/** Ports for threat statements (issue 20): sealed rows only; the clear words never reach the store. */

import type { StatementThreat } from './engine/index.ts';

export type { StatementThreat };

export interface StatementRow {
  readonly id: string;
  readonly sessionId: string;
  readonly teamId: string | null;
  readonly agentId: string;
  readonly threat: StatementThreat;
  readonly keyId: string;
  readonly sealed: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface StatementStore {
  insertStatement(row: StatementRow): Promise<void>;
  /** A session's unexpired statements, oldest first. */
  statementsOf(sessionId: string, now: number): Promise<StatementRow[]>;
  /** Deletes up to `limit` statements expired at `now`; returns how many. */
  purgeExpiredStatements(now: number, limit: number): Promise<number>;
}
