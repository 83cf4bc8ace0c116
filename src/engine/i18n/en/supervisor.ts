/** English catalogue, the supervisor's view (issue 21): scorecard, digest chart, who needs help now, the agent's own trend. */
export const supervisor = {
  // The scorecard in the weekly digest (docs/digest.md lists what each figure counts)
  'scorecard.title': 'Scorecard: this week (change vs last week, average of the 4 weeks before)',
  'scorecard.line': '{label}: {value} ({change}, avg {average})',
  'scorecard.hidden': 'not shown (fewer than {min} people)',
  'scorecard.by_channel': 'by channel: {split}',
  'scorecard.footnote':
    'Not measured: referrals and repeat business. Holdline only sees the contacts agents open it for, not sales or recommendations.',
  'scorecard.written': 'Written complaints ({channels})',
  'scorecard.verbal': 'Verbal complaints ({channels})',
  'scorecard.hard_minutes': 'Turnaround: median length of a hard contact, minutes',
  'scorecard.ack_seconds': 'Turnaround: median time to acknowledge a page, seconds',
  'scorecard.flagged_repeat': 'Rework: repeat contacts with flagged customers',
  'scorecard.reopened': 'Rework: contacts reopened (same customer within 24 h)',
  'scorecard.escalations_per_100': 'Escalations per 100 hard contacts',
  'scorecard.limit_minutes': 'Limits crossed: time',
  'scorecard.limit_hostility': 'Limits crossed: hostility',
  'scorecard.limit_complexity': 'Limits crossed: complexity',
  'scorecard.threat_security': 'Threats reported to security',
  'scorecard.threat_legal': 'Threats reported to legal',
  'digest.pages_count': '{count} pages, {acknowledged} acknowledged',
  'digest.chart_alt':
    'Chart for team {team} over the 8 weeks to {week}: mood by day, incidents by kind, pages and time to acknowledge.',

  // The chart (drawn with a small bitmap font: plain letters, digits and common punctuation)
  'chart.title': 'Team {team}: the 8 weeks to {week}',
  'chart.mood': 'Mood by day (1-5)',
  'chart.incidents': 'Incidents by kind, per week',
  'chart.pages': 'Pages per week, and median time to acknowledge (seconds, right)',
  'chart.mood_named': 'named check-ins, daily average',
  'chart.mood_anonymous': 'anonymous check-ins, weekly average (3+ people)',
  'chart.pages_count': 'pages',
  'chart.ack_median': 'median time to acknowledge',
  'chart.ack_hidden': 'No point: no page acknowledged, or fewer than 3 people paged that week.',

  // Who needs help now (/holdline now, App Home)
  'board.title': 'Who needs help now: team {team}, {count} open contacts',
  'board.none': 'No open contacts right now.',
  'board.minutes': '{minutes} min',
  'board.hostility': 'hostility {hostility}/5 (limit {limit})',
  'board.hostility_over': 'hostility {hostility}/5, over the limit of {limit}',
  'board.pages_open': 'Pages waiting for an answer: {count}',
  'board.no_page_open': 'no page waiting',
  'board.on_the_way': '{who} is on the way',
  'board.taken_over': '{who} has taken over',
  'board.reported_security': 'reported to security',
  'board.reported_legal': 'reported to legal',
  'board.limits_title': 'Personal limits of the team (what each agent told you they can take)',
  'board.limits': '{minutes} min · hostility {hostility}/5 · complexity {complexity}/5',
  'board.limits_default': 'team default, not set by them',
  'board.limits_none': 'Nobody in the team yet.',
  'board.refused': 'Only a team’s supervisors can see who needs help in it.',

  // The agent's own trend (App Home, /checkin history, the terminal's "checkin history")
  'mytrend.title': 'Your last 8 weeks (only you can see this)',
  'mytrend.no_checkins': 'no check-ins',
  'mytrend.mood': 'mood {mood} (check-ins: {count})',
  'mytrend.contacts': '{hard} hard of {contacts} contacts',
  'mytrend.low_week':
    'Your check-ins have been low for a week now. That is a lot to carry, and you do not have to carry it alone.',
  'mytrend.support_contact': 'Support is there for you: {support}',
  'mytrend.support_default': 'Your supervisor, or a colleague you trust, would want to know. Talking helps.',

  // Surfaces
  'slack.holdline.now_line': '*/holdline now*: who in your team is in a difficult contact right now, for supervisors.',
  'slack.holdline.history_line': '*/checkin history*: your own last 8 weeks (only you see it).',
  'slack.home.now': '*Who needs help now*',
  'discord.cmd.holdline.now': 'Who in your team is in a difficult contact right now (supervisors only)',
  'discord.cmd.checkin.now': 'Check in now: how are you feeling?',
  'discord.cmd.checkin.history': 'Your own last 8 weeks of check-ins and hard contacts (only you see it)',
  'console.history_hint': 'Type h for your own last 8 weeks.',
  'cli.digest_png_written': 'Chart written to {file} ({width}×{height} px).',
  'cli.digest_png_none': 'No chart: this digest has no 8-week trend.',
} as const;
