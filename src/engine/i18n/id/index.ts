/** Indonesian catalogue: the same file split as ../en/index.ts. */
import { core } from './core.ts';
import { language } from './language.ts';

export const id = { ...core, ...language } as const;
