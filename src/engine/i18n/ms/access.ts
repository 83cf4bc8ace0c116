/** Malay, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'slack.care.not_yours':
    'Butang ini milik tawaran kepada orang lain (atau tawaran lama). Anda sentiasa boleh melapor perasaan sendiri dengan /checkin.',
} as const satisfies TranslationOf<typeof en>;
