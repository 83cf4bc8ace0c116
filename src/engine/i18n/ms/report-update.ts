/** Malay catalogue: an update to a threat report already sent, when the threat is repeated (issue 14). */

import type { reportUpdate as en } from '../en/report-update.ts';
import type { TranslationOf } from '../shape.ts';

export const reportUpdate = {
  'notice.threat_report_updated':
    'Dihantar kepada {to}: kemas kini laporan ancaman yang menyatakan ancaman itu diulang.',
  'report.update_title': 'Kemas kini laporan ancaman Holdline untuk {to}',
  'report.repeated': '{kind} diulang pada {times} (sesi {session}).',
} as const satisfies TranslationOf<typeof en>;
