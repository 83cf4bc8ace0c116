/**
 * The guided breathing exercise offered after a hard contact (field guide §8): a few slow breaths,
 * in 4 s, hold 4 s, out 6 s, three times. Data, so every surface paces it the same way.
 */
import { type Params, translate } from '../i18n/catalogue.ts';
import type { Locale } from '../types.ts';

export const BREATHING = { cycles: 3, inSeconds: 4, holdSeconds: 4, outSeconds: 6 } as const;

export interface BreathingStep {
  /** What to show; the adapter may wait `seconds` before showing the next step (or show them all at once). */
  readonly text: string;
  readonly seconds: number;
}

export function breathingScript(locale: Locale): BreathingStep[] {
  const t = (key: Parameters<typeof translate>[1], params?: Params) => translate(locale, key, params);
  const { cycles, inSeconds, holdSeconds, outSeconds } = BREATHING;
  const steps: BreathingStep[] = [{ text: t('care.breathe_intro', { cycles }), seconds: 2 }];
  for (let i = 1; i <= cycles; i++) {
    steps.push({ text: t('care.breathe_in', { n: i, cycles, seconds: inSeconds }), seconds: inSeconds });
    steps.push({ text: t('care.breathe_hold', { seconds: holdSeconds }), seconds: holdSeconds });
    steps.push({ text: t('care.breathe_out', { seconds: outSeconds }), seconds: outSeconds });
  }
  steps.push({ text: t('care.breathe_done'), seconds: 0 });
  return steps;
}
