/** Norwegian bokmål: the detail sentences that follow an error. Same keys as ../en/detail.ts. */
import type { detail as en } from '../en/detail.ts';
import type { TranslationOf } from '../shape.ts';

export const detail = {
  'detail.complexity_range': 'Kompleksitet går fra {min} til {max}.',
  'detail.end_after_telling': 'avslutt samtalen først etter at du har sagt ifra til kunden.',
  'detail.written_only': 'krenkelser kan bare stå ubesvart i skriftlige kanaler.',
  'detail.whole_number': 'Skriv et helt tall fra {min} til {max}.',
} as const satisfies TranslationOf<typeof en>;
