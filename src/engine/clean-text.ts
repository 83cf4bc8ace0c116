/**
 * Control characters out of what people type (issue 18): PostgreSQL refuses a NUL in text, so a note
 * carrying one used to fail with "something went wrong, try again", which could never succeed. The C0
 * and C1 controls other than tab and line breaks, and lone UTF-16 surrogates (not valid UTF-8), are
 * dropped at the app boundary; nothing a person meant to write is lost.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const cleanText = (s: string): string => s.replace(CONTROLS, '');

/** cleanText, passing undefined and null through. */
export function cleanOptional<T extends string | null | undefined>(s: T): T {
  return (typeof s === 'string' ? cleanText(s) : s) as T;
}
