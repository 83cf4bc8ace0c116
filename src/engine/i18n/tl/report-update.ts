/** Tagalog catalogue: an update to a threat report already sent, when the threat is repeated (issue 14). */

import type { reportUpdate as en } from '../en/report-update.ts';
import type { TranslationOf } from '../shape.ts';

export const reportUpdate = {
  'notice.threat_report_updated': 'Ipinadala sa {to}: update sa ulat ng banta na inulit ito.',
  'report.update_title': 'Update sa ulat ng banta mula sa Holdline para sa {to}',
  'report.repeated': 'Inulit ang {kind} noong {times} (session {session}).',
} as const satisfies TranslationOf<typeof en>;
