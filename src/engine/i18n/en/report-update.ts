/** English catalogue: an update to a threat report already sent, when the threat is repeated (issue 14). */
export const reportUpdate = {
  'notice.threat_report_updated': 'Sent to {to}: an update to the threat report saying it was repeated.',
  'report.update_title': 'Update to the Holdline threat report for {to}',
  'report.repeated': '{kind} repeated at {times} (session {session}).',
} as const;
