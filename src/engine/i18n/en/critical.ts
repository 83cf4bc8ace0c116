/** English catalogue: the critical moment (issue 14): repeated threats, emergency guidance, hand-overs, closed contacts. */
export const critical = {
  'notice.threat_repeated_paged':
    'The threat is recorded again, with its time, and your supervisor is paged again (critical).',
  'notice.threat_repeated_recorded': 'The threat is recorded again, with its time.',
  'page.threat_repeated': 'Threat repeated at {times}.',
} as const;
