/** Indonesian catalogue: the same file split as ../en/index.ts. */
import { core } from './core.ts';
import { detail } from './detail.ts';
import { language } from './language.ts';

export const id = { ...core, ...language, ...detail } as const;
