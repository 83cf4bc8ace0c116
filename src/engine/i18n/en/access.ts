/** English catalogue: who may do what (issue 18): refusals at the boundary, membership. */
export const access = {
  'slack.care.not_yours':
    'These buttons belong to an offer made to someone else (or to an older offer). Your own check-in is always one /checkin away.',
} as const;
