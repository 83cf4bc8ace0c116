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

/** A catalogue entry that completes an error sentence (`{detail}`), so it reads in the person's language. */
export interface DetailText {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface EngineError {
  readonly code: EngineErrorCode;
  /** The detail in English, for logs. */
  readonly detail?: string;
  /** The same detail as a catalogue entry, for the person (see errorText in src/app/errors.ts). */
  readonly detailText?: DetailText;
}

export const errorMessageKey = (code: EngineErrorCode): MessageKey => `error.${code}`;
