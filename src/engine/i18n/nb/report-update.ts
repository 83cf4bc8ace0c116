/** Norwegian bokmål catalogue: an update to a threat report already sent, when the threat is repeated (issue 14). */

import type { reportUpdate as en } from '../en/report-update.ts';
import type { TranslationOf } from '../shape.ts';

export const reportUpdate = {
  'notice.threat_report_updated': 'Sendt til {to}: en oppdatering av trusselrapporten om at trusselen ble gjentatt.',
  'report.update_title': 'Oppdatering av Holdline-trusselrapporten til {to}',
  'report.repeated': '{kind} gjentatt kl. {times} (økt {session}).',
} as const satisfies TranslationOf<typeof en>;
