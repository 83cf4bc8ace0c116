/** English: decompression and check-ins on Discord (adapters/discord/listeners/care.ts, care-delivery.ts). */
export const discordCare = {
  // Slash commands (/checkin; /holdline digest, /holdline checkins)
  'discord.cmd.checkin': 'Check in: how are you feeling right now?',
  'discord.cmd.checkin.mood': 'Your mood, from 1 (awful) to 5 (great)',
  'discord.cmd.checkin.visibility': 'Where it goes: the team channel with your name, anonymously, or only you',
  'discord.cmd.checkin.note': 'One word or a short note (optional, at most 280 characters)',
  'discord.cmd.holdline.digest': 'Your team’s weekly digest (supervisors only)',
  'discord.cmd.holdline.digest.week': 'ISO week, for example 2026-W47 (default: this week)',
  'discord.cmd.holdline.checkins': 'Your recent check-ins (supervisors also see the team’s mood this week)',
  'discord.care.mood.1': '1 – awful',
  'discord.care.mood.2': '2 – low',
  'discord.care.mood.3': '3 – okay',
  'discord.care.mood.4': '4 – good',
  'discord.care.mood.5': '5 – great',

  // The offer and the check-in in the agent's DM
  'discord.care.checkin_offer':
    'How are you doing? A quick check-in helps your team look after each other. (Optional.)',
  'discord.care.checkin_button': 'Check in',
  'discord.care.checkin_title': 'Check in',
  'discord.care.mood_label': 'How are you feeling?',
  'discord.care.where_label': 'Where should it go?',
  'discord.care.note_label': 'A word or a short note (optional)',
  'discord.care.note_placeholder': 'At most 280 characters. It is never written to the logs.',
  'discord.care.help':
    'After a contact closes I offer a breather, a word with someone or a short break (all optional). /checkin tells your team how you are (with your name, anonymously, or only for you); /holdline checkins lists your recent check-ins; supervisors can read the weekly digest with /holdline digest.',

  // /holdline checkins and /holdline digest
  'discord.care.history_title': 'Your recent check-ins:',
  'discord.care.history_none':
    'You have no named or private check-ins yet. Anonymous check-ins are not kept with your name, so they cannot be listed.',
  'discord.care.history_line': '{day}: mood {mood}/5 ({where})',
  'discord.care.visibility.named': 'with your name',
  'discord.care.visibility.private': 'only you',
  'discord.care.trend_title': 'Team mood this week ({week}):',
  'discord.care.digest_supervisors_only':
    'Only a supervisor can read the team digest. Your own check-ins are under /holdline checkins.',
} as const;
