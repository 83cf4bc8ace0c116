/** Decompression, check-ins, breaks, supervisor nudges and the weekly digest (field guide §8, §13). */
export const care = {
  // The offer after a session closes
  'care.offer_title': 'Before the next contact, something for you? (optional)',
  'care.option_breathe': 'Breathe with me (1 minute)',
  'care.option_talk': 'Talk to someone',
  'care.option_break': 'Take a short break',
  'care.option_skip': 'Skip',
  'care.break_prompt': 'How many minutes? ({min}–{max})',
  'care.breathe_intro': 'Let us take {cycles} slow breaths together. Sit back, shoulders down.',
  'care.breathe_in': 'Breath {n} of {cycles}: breathe in through your nose… ({seconds} s)',
  'care.breathe_hold': 'Hold it gently… ({seconds} s)',
  'care.breathe_out': 'And breathe out slowly through your mouth… ({seconds} s)',
  'care.breathe_done': 'Well done. That contact is over; the next customer is a new start.',
  'care.talk_sent': 'Your team has been told you would like a word. Someone will reach out.',
  'care.talk_no_channel': 'No buddy channel is set up yet; find a colleague or your supervisor if you can.',
  'care.break_started': 'Enjoy your break. I will remind you in {minutes} min.',
  'care.skipped': 'Skipped. Take care.',

  // What other people receive
  'care.peer_ping': '{agent} has just had a hard contact and would like to talk to someone.',
  'care.break_over': 'Your {minutes}-minute break is over. Ready when you are.',
  'care.break_notice': '{agent} is taking a {minutes}-minute break after a hard contact.',
  'care.post_named': 'Check-in from {agent}: mood {mood}/5',
  'care.post_anonymous': 'Anonymous check-in: mood {mood}/5',
  'care.nudge_low_mood': '{agent} checked in with mood {value}/5. A quiet word might help.',
  'care.nudge_team_low_mood':
    'Someone in team {team} checked in anonymously with mood {value}/5. Consider checking in with the team.',
  'care.nudge_hard_contacts': '{agent} has had {value} hard contacts this shift. Consider a break or a rotation.',

  // Check-ins
  'care.idle_prompt':
    'Press Enter to start guidance for a difficult contact, c to check in (how you feel), l to set your limits, q to quit.',
  'checkin.mood_prompt': 'How are you feeling? 1 (awful) to 5 (great), or Enter to skip',
  'checkin.note_prompt': 'One word or a short note (optional, at most 280 characters)',
  'checkin.where_prompt': 'Where should it go?',
  'checkin.where_named': 'Team check-in channel, with my name',
  'checkin.where_anonymous': 'Team check-in channel, anonymously',
  'checkin.where_private': 'Only me (my own history)',
  'checkin.saved_named': 'Thanks. Posted to your team with your name.',
  'checkin.saved_anonymous': 'Thanks. Posted anonymously; it is stored without your name or the time.',
  'checkin.saved_private': 'Thanks. Kept in your own history only.',
  'checkin.unposted_named':
    'Thanks. Saved with your name, but your team has no check-in channel set up, so nothing was posted. It counts in your team’s weekly mood.',
  'checkin.unposted_anonymous':
    'Thanks. Saved without your name, but your team has no check-in channel set up, so nothing was posted. It still counts in your team’s weekly mood.',
  'error.bad_mood': 'Mood is a number from 1 to 5.',
  'error.bad_note': 'The note is at most 280 characters.',
  'error.bad_visibility': 'Choose named, anonymous or private.',
  'error.bad_break_minutes': 'A break is 1 to 60 minutes.',

  // Weekly digest
  'digest.title': 'Holdline weekly digest: team {team}, {week}',
  'digest.contacts': '  Difficult contacts: {contacts} ({hard} hard: paged, threat or ended after a warning)',
  'digest.incidents': 'Incidents by kind',
  'digest.outcomes': 'Outcomes',
  'digest.limits': 'Limits crossed',
  'digest.threats': 'Threats reported to',
  'digest.mood_named': 'Mood from named check-ins',
  'digest.mood_line': '{label}: average {average}/5 (check-ins: {count})',
  'digest.week': 'whole week',
  'digest.mood_anonymous': 'Mood from anonymous check-ins',
  'digest.mood_anon_line': 'average {average}/5 (check-ins: {count}, people: {contributors})',
  'digest.mood_anon_hidden': 'not shown (fewer than {min} people checked in anonymously)',
  'digest.pages': 'Pages',
  'digest.pages_none': 'no acknowledgement data yet',
  'digest.pages_line': '{count} pages, {acknowledged} acknowledged, median time to acknowledge {median}',
  'digest.none': 'none',
  'digest.bad_week': 'Give the week as YYYY-Www, for example 2026-W47.',
  'outcome.open': 'Still open',
} as const;
