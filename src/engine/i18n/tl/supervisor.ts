/** Translation of ../en/supervisor.ts (the supervisor's view). */
import type { supervisor as en } from '../en/supervisor.ts';
import type { TranslationOf } from '../shape.ts';

export const supervisor = {} as const satisfies TranslationOf<typeof en>;
