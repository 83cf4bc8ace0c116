/**
 * Expected failures become a sentence from the catalogue, told to the agent by ONE global error
 * handler (app.error), instead of a try/catch in each listener. Listeners throw UserFacingError
 * (via must()); anything else is a bug or an outage: logged with detail, the agent gets error.internal.
 */
import { type AppError, errorKey, type Result } from '../../src/app/errors.ts';
import { safeError } from '../../src/app/safe-error.ts';
import { type MessageKey, type NoticeParams, text } from '../../src/engine/index.ts';
import type { SlackDeps } from './deps.ts';
import { tell } from './dm.ts';

/** What app.error gives an extended handler (Bolt does not export its type from the index). */
interface ErrorArgs {
  readonly error: Error;
  readonly body: unknown;
}

export class UserFacingError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: NoticeParams = {},
  ) {
    super(key);
    this.name = 'UserFacingError';
  }
  static of(e: AppError): UserFacingError {
    // The detail in the person's language when the app gave one (as errorText does), else its English detail.
    return new UserFacingError(errorKey(e.code), { ...e.params, detail: e.detailText ?? e.detail ?? '' });
  }
}

/** The value of a use case, or a UserFacingError for the global handler to tell the agent. */
export function must<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw UserFacingError.of(r.error);
}

/** Bolt wraps listener errors (UnknownError.original, MultipleListenerError.originals). */
function unwrap(error: unknown): unknown[] {
  const e = error as { original?: unknown; originals?: unknown[] } | null;
  if (e && Array.isArray(e.originals)) return e.originals.flatMap(unwrap);
  if (e?.original !== undefined) return unwrap(e.original);
  return [error];
}

/** The Slack user a request came from, whatever its kind (command, interaction, event). */
export function userOf(body: unknown): string | undefined {
  const b = body as { user_id?: unknown; user?: { id?: unknown }; event?: { user?: unknown } } | undefined;
  const id = b?.user_id ?? b?.user?.id ?? b?.event?.user;
  return typeof id === 'string' ? id : undefined;
}

export const errorHandler =
  (d: SlackDeps) =>
  async ({ error, body }: ErrorArgs): Promise<void> => {
    const errors = unwrap(error);
    const known = errors.find((e): e is UserFacingError => e instanceof UserFacingError);
    const user = userOf(body);
    if (known) d.services.log.info({ key: known.key, user }, 'slack request refused');
    // Only codes and messages are logged: request bodies can hold what a customer said.
    else d.services.log.error({ err: errors.map((e) => safeError(e)), user }, 'slack listener failed');
    if (user === undefined) return;
    const locale = await d.locales.quick(user);
    const sentence = known ? text(locale, known.key, known.params) : text(locale, 'error.internal');
    await tell(d.client, user, sentence).catch((err: unknown) =>
      d.services.log.warn({ err: safeError(err), user }, 'could not tell the agent about an error'),
    );
  };
