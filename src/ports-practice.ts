/** Ports for practice mode (issue 22): the one row a practice run stores. */

export interface PracticeRunRow {
  readonly id: string;
  readonly agentId: string;
  readonly teamId: string | null;
  readonly kind: string;
  readonly scenario: string;
  readonly locale: string;
  readonly seed: number;
  readonly score: number;
  readonly createdAt: number;
}

export interface PracticeStore {
  /** Stores a finished run; a run already stored (same id) is left as it is. */
  insertPracticeRun(row: PracticeRunRow): Promise<void>;
  /** An agent's own runs, newest first. */
  practiceRunsOf(agentId: string, limit: number): Promise<PracticeRunRow[]>;
  /** How many runs a team's agents finished in [from, to). */
  countTeamPractice(teamId: string | null, from: number, to: number): Promise<number>;
}
