/** Tagalog, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'audit.summary': 'Sino ang naghanap, nag-export o nag-alis ng flag at sumagot sa page, pinakabago muna.',
  'audit.usage': 'Paggamit: holdline audit [--days N] [--by <tao>]',
  'audit.none': 'Walang audit record sa nakaraang {days} araw.',
  'error.page_elsewhere':
    'Hindi ipinadala sa terminal ang page na ito. Sa sarili lang nitong mga page sumasagot ang terminal, bilang supervisor sa terminal (console:…); sagutin ito kung saan ito ipinadala.',
  'error.not_a_member':
    'Para lang sa mga nasa team file ang Holdline, at wala ka pa roon. Hilingin kay {who} na idagdag ka.',
  'slack.care.not_yours':
    'Ang mga button na ito ay para sa alok sa ibang tao (o sa lumang alok). Laging puwede ang sarili mong check-in gamit ang /checkin.',
  'discord.care.not_yours':
    'Ang mga button na ito ay para sa alok sa ibang tao (o sa lumang alok). Laging puwede ang sarili mong check-in gamit ang /checkin.',
  'slack.workspace_not_allowed':
    'Hindi naka-enable ang Holdline para sa Slack workspace na ito. Hilingin sa inyong Holdline administrator na idagdag ito.',
  'slack.guest_not_allowed':
    'Hindi puwedeng gumamit ng Holdline ang mga guest account sa workspace na ito. Humingi ng buong account sa admin ng inyong Slack workspace, o hilingin sa admin ng Holdline na payagan ang mga guest.',
  'discord.guild_not_allowed':
    'Hindi naka-enable ang Holdline sa server na ito. Hilingin sa admin ng Holdline na idagdag ito.',
  'discord.dm_not_member':
    'Gumagana lang ang mga command ng Holdline sa direct message para sa mga miyembro ng mga server na pinagsisilbihan nito, at hindi kita makita sa alinman sa mga iyon. Gamitin ang command sa server ng inyong team, o magtanong sa admin ng Holdline.',
  'pepper.summary':
    'Palitan ang FLAG_PEPPER: i-re-key ang bawat naka-store na customer key at contributor token (mga admin)',
  'pepper.usage':
    'Gamit: holdline pepper rotate --from-env OLD_VAR --to-env NEW_VAR --by <admin> (binabasa ang dalawang pepper mula sa mga environment variable na binanggit mo, hindi kailanman tina-type sa command line)',
  'pepper.missing':
    'Ilagay muna sa environment ang dalawang pepper: {from} (ang kasalukuyan) at {to} (ang bago), bawat isa ay hindi bababa sa 16 na character.',
  'pepper.same': 'Pareho ang luma at bagong pepper; walang papalitan.',
  'pepper.not_admin':
    'Hindi puwedeng palitan ni {by} ang pepper: saklaw nito ang data ng bawat team, kaya admin lang (admins: sa team file, o HOLDLINE_SUPERVISORS) ang puwede.',
  'pepper.wrong_from': 'Hindi ang pepper sa {from} ang ginagamit ng database na ito; walang binago.',
  'pepper.rotated':
    'Tapos na: na-re-key ang {flags} flag, {sessions} session at {contributors} contributor token. Bagong fingerprint {fingerprint}. Simulan ang bawat instance na ang FLAG_PEPPER ay ang halaga ng {env}.',
  'pepper.no_fingerprint':
    'Hindi pa naitatala ng database na ito ang pepper nito, kaya hindi masusuri ang nasa {from}. Patakbuhin muna nang isang beses ang Holdline (o anumang holdline flags command) gamit ang kasalukuyang FLAG_PEPPER, saka magpalit.',
} as const satisfies TranslationOf<typeof en>;
