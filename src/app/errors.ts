import type { EngineErrorCode, MessageKey } from '../engine/index.ts';

/** Expected failures a user can see. The code chooses the sentence; logs get the detail separately. */
export type AppErrorCode =
  | EngineErrorCode
  | 'stale'
  | 'not_yours'
  | 'not_found'
  | 'text_too_long'
  | 'already_open'
  | 'store_unavailable'
  /** Check-ins and breaks (src/app/care.ts). */
  | 'bad_mood'
  | 'bad_note'
  | 'bad_visibility'
  | 'bad_break_minutes'
  | 'internal';

export interface AppError {
  readonly code: AppErrorCode;
  readonly detail?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: AppErrorCode, extra: Omit<AppError, 'code'> = {}): Result<T> => ({
  ok: false,
  error: { code, ...extra },
});

export const errorKey = (code: AppErrorCode): MessageKey => `error.${code}`;

/** Connection-level failures (database down, restarting) as opposed to bugs. */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (e === null || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03'].includes(code)) return true;
  if (code.startsWith('08')) return true; // PostgreSQL connection exceptions
  if (/terminat|connection|closed|timeout exceeded|after calling end/i.test(message)) return true;
  return e.cause !== undefined && e.cause !== err && isUnavailable(e.cause);
}
