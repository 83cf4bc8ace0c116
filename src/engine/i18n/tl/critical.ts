/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Naitala muli ang banta kasama ang oras nito, at muling inalertuhan ang iyong supervisor (kritikal).',
  'notice.threat_repeated_recorded': 'Naitala muli ang banta kasama ang oras nito.',
  'page.threat_repeated': 'Inulit ang banta noong {times}.',
  'outcome.ended_for_safety': 'Tinapos para sa kaligtasan',
  'detail.safety_only': 'ang pagtatapos para sa kaligtasan ay para lamang sa contact na may pisikal na banta.',
  'emergency.in_person':
    'Kung may nasa agarang panganib: lumayo sa customer papunta sa ligtas na lugar, saka tumawag sa {number}.',
  'emergency.phone':
    'Kung may nasa agarang panganib: tapusin nang ligtas ang tawag sa telepono, saka tumawag sa {number} at sabihin ang alam mo.',
  'emergency.remote': 'Kung maaaring may nasa agarang panganib, tumawag sa {number} at sabihin ang alam mo.',
  'emergency.default_number': 'ang lokal na emergency number',
  'step.end_conversation.g3_unflagged':
    'Walang ibinigay na reference ng customer, kaya walang na-flag: itala ang contact sa karaniwan mong sistema.',
  'notice.handed_over':
    'Si {by} ang hahawak sa contact na ito. Manatili sa customer hanggang makasama ka nila (sa telepono: ilipat sa kanila ang tawag sa telepono); isinara ang session bilang naipasa.',
  'page.update_closed': 'Isinara ng agent ang contact na ito noong {time}. Wala nang kailangang gawin.',
  'page.contact_closed':
    'Isinara ng agent ang contact noong {time}; kailangan pa ring sagutin ang pisikal na bantang ito.',
  'console.back': 'Bumalik',
  'console.pick_number_or_back': 'Pumili ng numero mula 1 hanggang {max}. 0 para bumalik.',
  'console.too_long_again':
    'Masyadong mahaba iyan ({length} character; hanggang {max} lamang). I-type muli nang mas maikli; walang ibang mawawala.',
  'console.suggestion_keys': '[y = oo, k = palitan]',
  'console.page_tag': 'ALERTO',
  'console.page_update_tag': 'UPDATE NG PAGE',
  'console.report_tag': 'ULAT',
  'notice.about_contact': '(tungkol sa contact sa {channel} na nagsimula {time}{customer})',
} as const satisfies TranslationOf<typeof en>;
