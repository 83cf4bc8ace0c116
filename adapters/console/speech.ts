/** How the terminal speaks to its one person: language (changeable with `lang`) and time zone. */
import type { Locale } from '../../src/engine/index.ts';

export interface Speech {
  locale: Locale;
  readonly timeZone: string;
}
