import type { IncidentKind } from '../../types.ts';
import { normalisePattern } from '../normalise.ts';
import type { Rule } from '../types.ts';

/** Kinds a negation can cancel; vulgarity and insults stand whatever surrounds them. */
export const NEGATABLE: ReadonlySet<IncidentKind> = new Set(['physical_threat', 'legal_threat', 'supervisor_request']);

/**
 * Compiles a pattern written in natural spelling into a whole-word regex over normalised text.
 * Patterns avoid backslash escapes: a space stands for one space, `[a-z]` for a letter.
 */
export function rule(kind: IncidentKind, weight: number, src: string, opts: { negatable?: boolean } = {}): Rule {
  const body = normalisePattern(src);
  return {
    kind,
    weight,
    re: new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, 'g'),
    negatable: opts.negatable ?? NEGATABLE.has(kind),
  };
}

/** For patterns whose own words hold a negator ("pray we never meet", "not afraid to use it"). */
export const KEEP_NEGATED = { negatable: false } as const;

/** Joins word alternatives for use inside a pattern. */
export const any = (...words: readonly string[]): string => `(?:${words.join('|')})`;

/** Alternatives written as one pipe-separated string, to keep word lists on one line. */
export const alt = (words: string): string => `(?:${words})`;
