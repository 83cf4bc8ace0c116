/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Ancaman itu dicatat lagi beserta waktunya, dan supervisor Anda dipanggil lagi (kritis).',
  'notice.threat_repeated_recorded': 'Ancaman itu dicatat lagi beserta waktunya.',
  'page.threat_repeated': 'Ancaman diulangi pada {times}.',
} as const satisfies TranslationOf<typeof en>;
