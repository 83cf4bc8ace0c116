/**
 * Dates and times as a person reads them: in their time zone, in their language's format. Pure (Intl only).
 */
import type { Locale } from '../types.ts';

/**
 * The BCP 47 tag Intl formats with, per locale. English uses en-GB (day before month, 24-hour clock) as the
 * least ambiguous choice for an international team; Tagalog uses fil-PH, the tag ICU knows.
 */
const FORMAT_TAG: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  ms: 'ms-MY',
  id: 'id-ID',
  nb: 'nb-NO',
  tl: 'fil-PH',
};

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * `at` (ms since epoch) as date and time in `timeZone`, e.g. "23 Nov 2026, 10:05 CET" (en) or
 * "23. nov. 2026, 10:05 CET" (nb). An unknown zone falls back to UTC rather than failing a message.
 */
export function formatDateTime(at: number, locale: Locale, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  return new Intl.DateTimeFormat(FORMAT_TAG[locale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: zone,
  }).format(at);
}

/** `at` as a time of day in `timeZone`, e.g. "14:03 UTC" (for "threat repeated at 14:03"). */
export function formatTime(at: number, locale: Locale, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  return new Intl.DateTimeFormat(FORMAT_TAG[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: zone,
  }).format(at);
}
