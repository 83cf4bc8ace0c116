/** Reading a submitted modal: state.values is block_id → action_id → element state. */
import type { ViewOutput } from '@slack/bolt';
import { isLocale, type Locale } from '../../../../src/engine/index.ts';

type Values = ViewOutput['state']['values'];

export const selected = (values: Values, id: string): string | undefined =>
  values[id]?.[id]?.selected_option?.value ?? undefined;

export const typed = (values: Values, id: string): string | undefined => {
  const v = values[id]?.[id]?.value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

/** The modal carries the locale it was rendered in, so the submission needs no users.info call. */
export const localeOf = (view: ViewOutput): Locale => (isLocale(view.private_metadata) ? view.private_metadata : 'en');
