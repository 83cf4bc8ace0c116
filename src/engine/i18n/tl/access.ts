/** Tagalog, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'slack.care.not_yours':
    'Ang mga button na ito ay para sa alok sa ibang tao (o sa lumang alok). Laging puwede ang sarili mong check-in gamit ang /checkin.',
} as const satisfies TranslationOf<typeof en>;
