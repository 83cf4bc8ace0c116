/** English catalogue, Slack decompression and check-ins (offer buttons, break and check-in modals, /holdline, App Home). */
export const slackcare = {
  'slack.care.checkin_offer': 'How are you feeling now? A check-in takes a few seconds (optional).',
  'slack.care.checkin_button': 'Check in',
  'slack.care.breathing_step': 'Step {step} of {steps}',
  'slack.care.break_title': 'Short break',
  'slack.care.break_submit': 'Start break',
  'slack.care.no_checkin_channel':
    'Your check-in is saved, but no team check-in channel is set up, so it was not posted.',
  'slack.care.unavailable': 'Breaks and check-ins are not set up on this Holdline.',
  'slack.checkin.title': 'Check-in',
  'slack.checkin.submit': 'Send',
  'slack.checkin.mood': 'How are you feeling?',
  'slack.checkin.mood.1': '1 · awful',
  'slack.checkin.mood.2': '2 · low',
  'slack.checkin.mood.3': '3 · okay',
  'slack.checkin.mood.4': '4 · good',
  'slack.checkin.mood.5': '5 · great',
  'slack.checkin.note_hint': 'Optional. Never written to the logs.',
  'slack.holdline.title': '*/holdline* commands:',
  'slack.holdline.help_line': '*/holdline help*: this list.',
  'slack.holdline.digest_line':
    '*/holdline digest [week]*: your team’s weekly digest, for supervisors (week as 2026-W47; this week if left out).',
  'slack.holdline.digest_refused': 'Only a team’s supervisors can see its weekly digest.',
  'slack.holdline.checkin_line':
    '*/checkin*: tell your team how you are (with your name, anonymously, or only for you).',
  'slack.home.checkins': '*Your recent check-ins*',
  'slack.home.no_checkins': 'No check-ins yet. Type /checkin to tell your team how you are.',
  'slack.home.checkin_item': '{time} · mood {mood}/5 · {where}',
  'slack.home.where.named': 'posted with your name',
  'slack.home.where.private': 'only you',
  'slack.home.team_mood': '*Team mood this week ({week})*',
} as const;
