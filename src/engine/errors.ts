import type { MessageKey } from './i18n/catalogue.ts';

/** Expected failures of the engine. The code picks the sentence the user sees; `detail` is for them too. */
export const ENGINE_ERRORS = [
  'session_closed',
  'unknown_choice',
  'choice_unavailable',
  'invalid_value',
  'outcome_not_allowed',
  'no_customer',
] as const;
export type EngineErrorCode = (typeof ENGINE_ERRORS)[number];

export interface EngineError {
  readonly code: EngineErrorCode;
  readonly detail?: string;
}

export const errorMessageKey = (code: EngineErrorCode): MessageKey => `error.${code}`;
