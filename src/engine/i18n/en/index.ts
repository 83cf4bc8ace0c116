/**
 * The English catalogue: the complete set of keys. Each feature keeps its entries in its own file
 * here; the other locales (ms, id, nb, tl) use the same keys.
 */
import { core } from './core.ts';
import { discord } from './discord.ts';

export const en = { ...core, ...discord } as const;
export type MessageKey = keyof typeof en;
