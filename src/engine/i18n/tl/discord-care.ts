/** Tagalog: decompression and check-ins on Discord. Same keys as ../en/discord-care.ts. */
import type { discordCare as en } from '../en/discord-care.ts';
import type { TranslationOf } from '../shape.ts';

export const discordCare = {
  'discord.cmd.checkin': 'Mag-check-in: kumusta ang pakiramdam mo ngayon?',
  'discord.cmd.checkin.mood': 'Ang pakiramdam mo, mula 1 (napakasama) hanggang 5 (napakaganda)',
  'discord.cmd.checkin.visibility':
    'Saan ito mapupunta: sa channel ng team kasama ang pangalan mo, nang anonymous, o para sa iyo lamang',
  'discord.cmd.checkin.note': 'Isang salita o maikling tala (opsyonal, hanggang 280 character)',
  'discord.cmd.holdline.digest': 'Lingguhang buod ng iyong team (para sa mga supervisor lamang)',
  'discord.cmd.holdline.digest.week': 'ISO na linggo, halimbawa 2026-W47 (default: ngayong linggo)',
  'discord.cmd.holdline.checkins':
    'Ang mga huling check-in mo (nakikita rin ng supervisor ang pakiramdam ng team ngayong linggo)',
  'discord.care.mood.1': '1 – napakasama',
  'discord.care.mood.2': '2 – hindi maganda',
  'discord.care.mood.3': '3 – ayos lang',
  'discord.care.mood.4': '4 – maganda',
  'discord.care.mood.5': '5 – napakaganda',
  'discord.care.checkin_offer':
    'Kumusta ka? Nakakatulong ang mabilis na check-in para magkalingaan ang team. (Opsyonal.)',
  'discord.care.checkin_button': 'Mag-check-in',
  'discord.care.checkin_title': 'Mag-check-in',
  'discord.care.mood_label': 'Kumusta ang pakiramdam mo?',
  'discord.care.where_label': 'Saan ito ipapadala?',
  'discord.care.note_label': 'Isang salita o maikling tala (opsyonal)',
  'discord.care.note_placeholder': 'Hanggang 280 character. Hindi ito kailanman isinusulat sa mga log.',
  'discord.care.help':
    'Pagkasara ng isang contact, nag-aalok ako ng sandaling paghinga, pakikipag-usap sa isang tao o maikling pahinga (lahat ay opsyonal). Sinasabi ng /checkin sa team kung kumusta ka (kasama ang pangalan mo, nang anonymous, o para sa iyo lamang); ipinapakita ng /holdline checkins ang mga huling check-in mo; mababasa ng mga supervisor ang lingguhang buod gamit ang /holdline digest.',
  'discord.care.history_title': 'Ang mga huling check-in mo:',
  'discord.care.history_none':
    'Wala ka pang check-in na may pangalan o pribado. Hindi itinatabi ang mga anonymous na check-in kasama ang pangalan mo, kaya hindi sila maipapakita.',
  'discord.care.history_line': '{day}: pakiramdam {mood}/5 ({where})',
  'discord.care.visibility.named': 'kasama ang pangalan mo',
  'discord.care.visibility.private': 'ikaw lamang',
  'discord.care.trend_title': 'Pakiramdam ng team ngayong linggo ({week}):',
  'discord.care.digest_supervisors_only':
    'Supervisor lamang ang makakabasa ng buod ng team. Nasa /holdline checkins ang sarili mong mga check-in.',
} as const satisfies TranslationOf<typeof en>;
