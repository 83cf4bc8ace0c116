/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Ancaman itu direkodkan sekali lagi berserta masanya, dan penyelia anda dipanggil semula (kritikal).',
  'notice.threat_repeated_recorded': 'Ancaman itu direkodkan sekali lagi berserta masanya.',
  'page.threat_repeated': 'Ancaman diulang pada {times}.',
} as const satisfies TranslationOf<typeof en>;
