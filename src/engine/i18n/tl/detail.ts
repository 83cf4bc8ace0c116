/** Tagalog: the detail sentences that follow an error. Same keys as ../en/detail.ts. */
import type { detail as en } from '../en/detail.ts';
import type { TranslationOf } from '../shape.ts';

export const detail = {
  'detail.complexity_range': 'Ang pagkakumplikado ay mula {min} hanggang {max}.',
  'detail.end_after_telling': 'tapusin lamang ang usapan matapos sabihan ang customer.',
  'detail.written_only': 'maaari lamang hindi pansinin ang pang-aabuso sa mga nakasulat na channel.',
  'detail.whole_number': 'Maglagay ng buong numero mula {min} hanggang {max}.',
} as const satisfies TranslationOf<typeof en>;
