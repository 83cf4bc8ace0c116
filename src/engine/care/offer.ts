/**
 * The decompression offer shown when a session closes (the engine's `offerDecompression` effect):
 * breathe, talk to someone, take a break, or skip. Nothing is compulsory: skip is one tap or key.
 */
import { translate } from '../i18n/catalogue.ts';
import type { Locale } from '../types.ts';
import { BREAK_MINUTES } from './hard.ts';

export const DECOMPRESSION_OPTIONS = ['breathe', 'talk', 'break', 'skip'] as const;
export type DecompressionOption = (typeof DECOMPRESSION_OPTIONS)[number];

export interface DecompressionOfferView {
  readonly title: string;
  readonly options: readonly { readonly id: DecompressionOption; readonly label: string }[];
  /** The break length question, with its bounds (a chat modal's number field, the terminal's prompt). */
  readonly breakPrompt: string;
  readonly breakMinutes: { readonly min: number; readonly max: number; readonly suggested: number };
}

export function decompressionOffer(locale: Locale): DecompressionOfferView {
  return {
    title: translate(locale, 'care.offer_title'),
    options: DECOMPRESSION_OPTIONS.map((id) => ({ id, label: translate(locale, `care.option_${id}`) })),
    breakPrompt: translate(locale, 'care.break_prompt', BREAK_MINUTES),
    breakMinutes: { ...BREAK_MINUTES, suggested: 10 },
  };
}
