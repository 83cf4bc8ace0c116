/** Indonesian catalogue: an update to a threat report already sent, when the threat is repeated (issue 14). */

import type { reportUpdate as en } from '../en/report-update.ts';
import type { TranslationOf } from '../shape.ts';

export const reportUpdate = {
  'notice.threat_report_updated': 'Dikirim ke {to}: pembaruan laporan ancaman bahwa ancaman itu diulangi.',
  'report.update_title': 'Pembaruan laporan ancaman Holdline untuk {to}',
  'report.repeated': '{kind} diulangi pada {times} (sesi {session}).',
} as const satisfies TranslationOf<typeof en>;
