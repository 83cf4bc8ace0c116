/**
 * `text(locale, key, params)`: one catalogue message with nested parameters resolved in the same
 * locale. Its own module (issue 19) so that code needing only words (the CLI, the store, config)
 * does not load the step machine and the detector through view.ts.
 */
import type { NoticeParam, NoticeParams } from '../model.ts';
import type { Locale } from '../types.ts';
import { type MessageKey, type Translator, translator } from './catalogue.ts';

export function resolveParams(t: Translator, params: NoticeParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = resolve(t, value);
  return out;
}

const resolve = (t: Translator, value: NoticeParam): string | number =>
  typeof value === 'object' ? t(value.key, resolveParams(t, value.params ?? {})) : value;

export const text = (locale: Locale, key: MessageKey, params?: NoticeParams): string => {
  const t = translator(locale);
  return t(key, resolveParams(t, params ?? {}));
};
