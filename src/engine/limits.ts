import { LIMIT_BOUNDS, type Limits } from './types.ts';

/** Checks limits against their bounds; returns one problem per field, in the user's terms. */
export function limitProblems(input: Record<keyof Limits, unknown>): Partial<Record<keyof Limits, string>> {
  const problems: Partial<Record<keyof Limits, string>> = {};
  for (const name of Object.keys(LIMIT_BOUNDS) as (keyof Limits)[]) {
    const { min, max } = LIMIT_BOUNDS[name];
    const value = input[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      problems[name] = `Enter a whole number from ${min} to ${max}.`;
  }
  return problems;
}
