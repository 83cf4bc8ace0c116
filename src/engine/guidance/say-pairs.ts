/**
 * The "don't say / say instead" table (field guide §11): each "say instead" line and the phrase it
 * replaces, shown beside "You could say" on every surface so the agent learns both halves.
 */
import type { MessageKey } from '../i18n/catalogue.ts';

export const SAY_PAIRS: Readonly<Partial<Record<MessageKey, MessageKey>>> = {
  'say.lead.instead_dont_know': 'dont.dont_know',
  'say.ctype.waiting': 'dont.dont_care',
  'say.ctype.two_minutes': 'dont.cant_be_bothered',
  'say.alternative.instead_kind': 'dont.your_kind',
  'say.alternative.misunderstanding': 'dont.know_nothing',
  'say.senior.instead_dont_come_back': 'dont.dont_come_back',
  'say.alternative.instead_wrong': 'dont.right_wrong',
  'say.ctype.hurry': 'dont.hurry',
};

export const dontSayFor = (say: MessageKey): MessageKey | null => SAY_PAIRS[say] ?? null;
