/**
 * `/flag` (docs/flags.md): an agent flags the customer of their open session (`/flag <kind> [note]`);
 * supervisors look up a customer's flags (`/flag lookup <reference>`) and remove one
 * (`/flag remove <flag id> <reason>`). Every answer is ephemeral, in the ack itself (no channel membership
 * needed). Neither the reference nor the note is logged: the app logs ids, kinds and counts only.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { FLAG_KINDS, type Locale, MAX_FLAG_NOTE, text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { lookupText, splitFlagKind } from '../../flag-text.ts';
import { esc } from '../../render/text.ts';

export const flagUsage = (locale: Locale): string =>
  text(locale, 'chat.flag.usage', { kinds: FLAG_KINDS.join(', '), max: MAX_FLAG_NOTE });

export const flagCommand =
  (d: SlackDeps) =>
  async ({ command, ack }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    let answer: string;
    try {
      answer = await flagAnswer(d, command.user_id, command.text, command.trigger_id);
    } catch (err) {
      await ack(); // the global error handler tells the person
      throw err;
    }
    await ack({ response_type: 'ephemeral', text: answer });
  };

/** The answer as Slack mrkdwn (catalogue text and anything typed are escaped). */
async function flagAnswer(d: SlackDeps, user: string, input: string, triggerId: string): Promise<string> {
  const locale = await d.locales.of(user);
  const by = agentIdOf(user);
  const trimmed = input.trim();
  const [first = '', ...words] = trimmed.split(/\s+/);
  const sub = first.toLowerCase();
  if (sub === '' || sub === 'help' || sub === '?') return esc(flagUsage(locale));

  if (sub === 'lookup') {
    const reference = trimmed.slice(first.length).trim();
    if (reference === '') return esc(text(locale, 'chat.flag.lookup_usage'));
    const r = await d.services.flags.lookup(by, reference);
    return r.ok ? lookupText(locale, r.value) : esc(errorText(locale, r.error));
  }

  if (sub === 'remove') {
    const [flagId = '', ...reason] = words;
    if (flagId === '' || reason.length === 0) return esc(text(locale, 'chat.flag.remove_usage'));
    const r = await d.services.flags.remove(by, flagId, reason.join(' '));
    return esc(r.ok ? text(locale, 'flags.removed', { id: r.value.id }) : errorText(locale, r.error));
  }

  const parsed = splitFlagKind(trimmed, locale);
  if (parsed === null)
    return `${esc(text(locale, 'error.bad_flag_kind', { kinds: FLAG_KINDS.join(', ') }))}\n${esc(flagUsage(locale))}`;
  const note = parsed.rest.trim();
  if (note.length > MAX_FLAG_NOTE)
    return esc(errorText(locale, { code: 'text_too_long', params: { length: note.length, max: MAX_FLAG_NOTE } }));
  const current = await d.services.sessions.current(by);
  if (!current.ok) return esc(errorText(locale, current.error));
  const session = current.value;
  if (session === null) return esc(text(locale, 'chat.flag.no_session'));
  if (session.customer === null) return esc(errorText(locale, { code: 'no_customer' }));
  const r = await d.services.sessions.apply({
    sessionId: session.id,
    actor: by,
    event: { type: 'flag', kind: parsed.kind, ...(note ? { note } : {}) },
    // The same on a retried delivery of this command: the retry flags nothing twice.
    requestKey: `slack:trigger:${triggerId}`,
  });
  if (!r.ok) return esc(errorText(locale, r.error));
  const kind = { key: `flags.kind.${parsed.kind}` } as const;
  if (!r.value.duplicate && !r.value.effects.some((e) => e.type === 'flagCustomer'))
    return esc(text(locale, 'flags.already', { kind }));
  return esc(
    [text(locale, 'chat.flag.done', { kind }), ...(note ? [text(locale, 'chat.flag.done_note')] : [])].join(' '),
  );
}
