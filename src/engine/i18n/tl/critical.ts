/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Naitala muli ang banta kasama ang oras nito, at muling tinawag ang iyong superbisor (kritikal).',
  'notice.threat_repeated_recorded': 'Naitala muli ang banta kasama ang oras nito.',
  'page.threat_repeated': 'Inulit ang banta noong {times}.',
} as const satisfies TranslationOf<typeof en>;
