/**
 * What the care buttons and modals carry. Action ids `hlc:<option>` (breathe, talk, break, skip,
 * checkin); the button value is `<locale>|<owner>`: the locale the offer was shown in and the Slack user
 * it was shown to (only they may answer it; a value without an owner is from before owners were kept). The break and check-in modals
 * carry `{ l: locale, c?: channel, ts?: message ts }` in private_metadata, so a submission can update
 * the offer message it came from without another lookup.
 */
import { isLocale, type Locale } from '../../../src/engine/index.ts';

export const CARE_PREFIX = 'hlc:';
export const CARE_OPTIONS = ['breathe', 'talk', 'break', 'skip', 'checkin'] as const;
export type CareOption = (typeof CARE_OPTIONS)[number];
export const CARE_ACTION = /^hlc:(breathe|talk|break|skip|checkin)$/;
export const careActionId = (option: CareOption): string => `${CARE_PREFIX}${option}`;
export const careOptionOf = (actionId: string): CareOption | null =>
  (CARE_ACTION.exec(actionId)?.[1] as CareOption | undefined) ?? null;

/** What a care button carries: the offer's locale and its owner (the agent it was offered to). */
export const encodeCareValue = (locale: Locale, owner: string): string => `${locale}|${owner}`;

export function decodeCareValue(value: string | undefined): { locale: Locale | null; owner: string | null } {
  const [locale, owner] = (value ?? '').split('|');
  return { locale: isLocale(locale) ? locale : null, owner: owner ? owner : null };
}

export const BREAK_CALLBACK = 'hl_break';
export const CHECKIN_CALLBACK = 'hl_checkin';
/** block_id = action_id of each modal input. */
export const BREAK_FIELD = 'minutes';
export const CHECKIN_FIELDS = { mood: 'mood', note: 'note', where: 'where' } as const;

export interface ModalContext {
  readonly locale: Locale;
  /** The offer message to update after the submission (absent when opened by /checkin). */
  readonly message?: { readonly channel: string; readonly ts: string };
}

export const encodeContext = (c: ModalContext): string =>
  JSON.stringify({ l: c.locale, ...(c.message ? { c: c.message.channel, ts: c.message.ts } : {}) });

export function decodeContext(metadata: string | undefined): ModalContext {
  try {
    const v = JSON.parse(metadata ?? '') as { l?: unknown; c?: unknown; ts?: unknown };
    const locale = isLocale(v.l) ? v.l : 'en';
    return typeof v.c === 'string' && typeof v.ts === 'string'
      ? { locale, message: { channel: v.c, ts: v.ts } }
      : { locale };
  } catch {
    return { locale: 'en' };
  }
}
