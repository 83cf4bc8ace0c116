/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Trusselen er registrert på nytt med klokkeslett, og lederen din er varslet igjen (kritisk).',
  'notice.threat_repeated_recorded': 'Trusselen er registrert på nytt med klokkeslett.',
  'page.threat_repeated': 'Trusselen ble gjentatt kl. {times}.',
} as const satisfies TranslationOf<typeof en>;
