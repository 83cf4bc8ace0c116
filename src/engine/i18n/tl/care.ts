/** Tagalog: decompression, check-ins, breaks, supervisor nudges and the weekly digest. Same keys as ../en/care.ts. */
import type { care as en } from '../en/care.ts';
import type { TranslationOf } from '../shape.ts';

export const care = {
  'care.offer_title': 'Bago ang susunod na customer, may gusto ka ba para sa sarili mo? (opsyonal)',
  'care.option_breathe': 'Huminga kasama ko (1 minuto)',
  'care.option_talk': 'Makipag-usap sa isang tao',
  'care.option_break': 'Magpahinga sandali',
  'care.option_skip': 'Laktawan',
  'care.break_prompt': 'Ilang minuto? ({min}–{max})',
  'care.breathe_intro':
    'Huminga tayo nang dahan-dahan nang {cycles} beses nang magkasama. Sumandal, ibaba ang mga balikat.',
  'care.breathe_in': 'Hinga {n} sa {cycles}: huminga papasok sa ilong… ({seconds} s)',
  'care.breathe_hold': 'Pigilan nang marahan… ({seconds} s)',
  'care.breathe_out': 'At dahan-dahang ibuga sa bibig… ({seconds} s)',
  'care.breathe_done': 'Magaling. Tapos na ang usapang iyon; bagong simula ang susunod na customer.',
  'care.talk_sent': 'Nasabihan na ang iyong team na gusto mong makipag-usap. May lalapit sa iyo.',
  'care.talk_no_channel':
    'Wala pang nakatakdang buddy channel; lumapit sa isang kasamahan o sa iyong supervisor kung kaya mo.',
  'care.break_started': 'Magandang pahinga. Ipapaalala ko sa iyo pagkalipas ng {minutes} min.',
  'care.skipped': 'Nilaktawan. Ingat ka.',
  'care.peer_ping': 'Kagagaling lang ni {agent} sa isang mabigat na usapan at gusto niyang makipag-usap sa isang tao.',
  'care.break_over': 'Tapos na ang iyong {minutes} minutong pahinga. Handa kapag handa ka na.',
  'care.break_notice': 'Magpapahinga si {agent} nang {minutes} minuto matapos ang isang mabigat na usapan.',
  'care.post_named': 'Check-in ni {agent}: pakiramdam {mood}/5',
  'care.post_anonymous': 'Anonymous na check-in: pakiramdam {mood}/5',
  'care.nudge_low_mood':
    'Nag-check-in si {agent} na may pakiramdam na {value}/5. Maaaring makatulong ang isang tahimik na kumustahan.',
  'care.nudge_team_low_mood':
    'May isa sa team {team} na nag-check-in nang anonymous na may pakiramdam na {value}/5. Isiping kumustahin ang team.',
  'care.nudge_hard_contacts':
    'Nagkaroon na si {agent} ng {value} mabigat na usapan ngayong shift. Isiping bigyan siya ng pahinga o ilipat ng gawain.',
  'care.idle_prompt':
    'Pindutin ang Enter para magsimula ng gabay para sa mahirap na customer, c para mag-check-in (kumusta ang pakiramdam mo), l para itakda ang iyong mga limitasyon, q para umalis.',
  'checkin.mood_prompt': 'Kumusta ang pakiramdam mo? 1 (napakasama) hanggang 5 (napakaganda), o Enter para laktawan',
  'checkin.note_prompt': 'Isang salita o maikling tala (opsyonal, hanggang 280 character)',
  'checkin.where_prompt': 'Saan ito ipapadala?',
  'checkin.where_named': 'Check-in channel ng team, kasama ang pangalan ko',
  'checkin.where_anonymous': 'Check-in channel ng team, nang anonymous',
  'checkin.where_private': 'Ako lamang (sarili kong history)',
  'checkin.saved_named': 'Salamat. Naipost sa iyong team kasama ang pangalan mo.',
  'checkin.saved_anonymous': 'Salamat. Naipost nang anonymous; iniimbak ito nang walang pangalan mo at walang oras.',
  'checkin.saved_private': 'Salamat. Nakatago lamang sa sarili mong history.',
  'checkin.unposted_named':
    'Salamat. Naitala kasama ang pangalan mo, pero walang check-in channel ang team mo, kaya walang naipost. Kasama pa rin ito sa lingguhang mood ng team.',
  'checkin.unposted_anonymous':
    'Salamat. Naitala nang walang pangalan mo, pero walang check-in channel ang team mo, kaya walang naipost. Kasama pa rin ito sa lingguhang mood ng team.',
  'error.bad_mood': 'Ang pakiramdam ay numero mula 1 hanggang 5.',
  'error.bad_note': 'Hanggang 280 character lamang ang tala.',
  'error.bad_visibility': 'Pumili ng may pangalan, anonymous o pribado.',
  'error.bad_break_minutes': 'Ang pahinga ay 1 hanggang 60 minuto.',
  'digest.title': 'Lingguhang buod ng Holdline: team {team}, {week}',
  'digest.contacts':
    '  Mahihirap na usapan: {contacts} ({hard} mabigat: inalertuhan ang supervisor, may banta o tinapos matapos ang babala)',
  'digest.incidents': 'Mga insidente ayon sa uri',
  'digest.outcomes': 'Mga kinalabasan',
  'digest.limits': 'Mga limitasyong nalampasan',
  'digest.threats': 'Mga bantang iniulat sa',
  'digest.mood_named': 'Pakiramdam mula sa mga check-in na may pangalan',
  'digest.mood_line': '{label}: average na {average}/5 mula sa {count} check-in',
  'digest.week': 'buong linggo',
  'digest.mood_anonymous': 'Pakiramdam mula sa mga anonymous na check-in',
  'digest.mood_anon_line': 'average na {average}/5 mula sa {count} check-in ng {contributors} tao',
  'digest.mood_anon_hidden': 'hindi ipinapakita (wala pang {min} tao ang nag-check-in nang anonymous)',
  'digest.pages': 'Mga alerto',
  'digest.pages_none': 'wala pang datos ng pagtanggap',
  'digest.pages_line': '{count} alerto, {acknowledged} ang tinanggap, median na oras bago tanggapin {median}',
  'digest.none': 'wala',
  'digest.bad_week': 'Ilagay ang linggo bilang YYYY-Www, halimbawa 2026-W47.',
  'outcome.open': 'Bukas pa',
} as const satisfies TranslationOf<typeof en>;
