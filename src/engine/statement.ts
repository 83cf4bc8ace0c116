/**
 * Which threat a written statement can be about (issue 20, "The record legal needs"): only legal and
 * physical threats, the two the threat steps tell the agent to note word for word. Pure.
 */
import type { Session } from './model.ts';

export type StatementThreat = 'legal' | 'physical';

/** Longest statement parts: the words, when they were said, who else heard them. */
export const MAX_STATEMENT = 2_000;
export const MAX_STATEMENT_WHEN = 200;
export const MAX_STATEMENT_WITNESSES = 500;

/** The threat of this session a statement is about; null when it is about neither. Physical wins. */
export function statementThreat(s: Session): StatementThreat | null {
  if (s.kind === 'physical_threat' || s.reported.includes('security')) return 'physical';
  if (s.kind === 'legal_threat' || s.reported.includes('legal')) return 'legal';
  return null;
}
