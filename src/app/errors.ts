import { text } from '../engine/i18n/text.ts';
import type { DetailText, EngineErrorCode, Locale, MessageKey } from '../engine/index.ts';

/** Expected failures a user can see. The code chooses the sentence; logs get the detail separately. */
export type AppErrorCode =
  | EngineErrorCode
  | 'stale'
  | 'not_yours'
  | 'not_found'
  | 'text_too_long'
  | 'already_open'
  | 'store_unavailable'
  | 'internal'
  // Customer flags (src/app/flags.ts)
  | 'not_supervisor'
  | 'flag_not_found'
  | 'reason_required'
  | 'bad_reference'
  | 'bad_flag_kind'
  // Paging (src/app/escalations.ts)
  | 'not_a_supervisor'
  | 'page_elsewhere'
  | 'not_a_member'
  | 'escalation_not_found'
  | 'escalation_ambiguous'
  // Check-ins and breaks (src/app/care.ts)
  | 'bad_mood'
  | 'bad_note'
  | 'bad_visibility'
  | 'bad_break_minutes'
  // Threat statements and incident reports (src/app/statements.ts, src/app/incident-report.ts)
  | 'statements_off'
  | 'statement_empty'
  | 'not_a_threat'
  | 'not_a_reader';

export interface AppError {
  readonly code: AppErrorCode;
  /** English detail for logs (or an id); shown only when there is no detailText. */
  readonly detail?: string;
  /** The detail as a catalogue entry, shown in the person's language. */
  readonly detailText?: DetailText;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: AppErrorCode, extra: Omit<AppError, 'code'> = {}): Result<T> => ({
  ok: false,
  error: { code, ...extra },
});

export const errorKey = (code: AppErrorCode): MessageKey => `error.${code}`;

/** The whole sentence a person sees for an error, in their language (adapters call this). */
export const errorText = (locale: Locale, e: AppError): string =>
  text(locale, errorKey(e.code), { ...e.params, detail: e.detailText ?? e.detail ?? '' });

/** Connection-level failures (database down, restarting) as opposed to bugs. */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (e === null || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  // 57014: cancelled by statement_timeout; 25P03: idle_in_transaction_session_timeout (src/store/open.ts).
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '57014', '25P03'].includes(code))
    return true;
  if (code.startsWith('08')) return true; // PostgreSQL connection exceptions
  // A Drizzle query error's message is the SQL (a column such as closed_at is no outage): ask its cause.
  if (
    !message.startsWith('Failed query:') &&
    /terminat|connection|closed|timeout exceeded|read timeout|after calling end/i.test(message)
  )
    return true;
  return e.cause !== undefined && e.cause !== err && isUnavailable(e.cause);
}
