/**
 * "Every agent-facing notice names the contact it is about" (issue 14): a notice the agent did not cause
 * with a key of their own (a page answered or taken over, a page exhausted) or one arriving after the
 * contact closed says which contact it is, since the agent may be on another one by then. Each surface
 * formats the start time for its reader (`time`): Slack's date token, Discord's <t:…>, the terminal's zone.
 */
import type { MessageKey } from './i18n/catalogue.ts';
import type { EffectBody, Session } from './model.ts';
import type { Locale } from './types.ts';
import { text } from './view.ts';

/** Notices that come from someone else's action even though the session's own step emits them. */
const FROM_OTHERS: readonly MessageKey[] = ['notice.acknowledged', 'notice.handed_over'];

type Notice = Extract<EffectBody, { type: 'notice' }> & { readonly id: string };

export const namesContact = (effect: Notice, session: Pick<Session, 'id' | 'status'>): boolean =>
  session.status === 'closed' || !effect.id.startsWith(`${session.id}:`) || FROM_OTHERS.includes(effect.key);

/** "(about the Phone contact started 09:00 UTC, customer x***7)" with the time as the surface writes it. */
export const aboutContact = (
  session: Pick<Session, 'channel' | 'startedAt' | 'customer'>,
  locale: Locale,
  time: (at: number) => string,
): string =>
  text(locale, 'notice.about_contact', {
    channel: { key: `channel.${session.channel}` },
    time: time(session.startedAt),
    customer: session.customer ? ` ${session.customer.hint}` : '',
  });
