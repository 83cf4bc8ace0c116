/** Malay catalogue: the same file split as ../en/index.ts. */
import { core } from './core.ts';
import { language } from './language.ts';

export const ms = { ...core, ...language } as const;
