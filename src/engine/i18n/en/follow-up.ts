/** English catalogue, "Provide means follow up" (issue 20): a reminder to tell the customer it is done. */
export const followUp = {
  'followup.key': 'u) set a follow-up: a reminder to tell the customer it is done',
  'followup.action': 'Set a follow-up',
  'followup.pick': 'When should I remind you to tell the customer it is done?',
  'followup.in_1h': 'In 1 hour',
  'followup.in_4h': 'In 4 hours',
  'followup.tomorrow': 'Tomorrow, same time',
  'followup.custom': 'In a number of hours I type',
  'followup.hours_prompt': 'How many hours from now (1 to 336)?',
  'followup.set': 'Follow-up set: I will remind you in {hours} h to tell the customer it is done.',
  'followup.due': 'Follow-up due: tell the customer their problem is solved, or where it stands, as you agreed.',
  'followup.not_now': 'A follow-up can be set once a fix is agreed (the “Do what you promised” step).',
  'followup.bad_time': 'A follow-up must be between 1 hour and 14 days from now.',
  'incident.event.follow_up_set': 'Follow-up set',
} as const;
