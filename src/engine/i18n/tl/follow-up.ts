/** Tagalog catalogue: follow-up after an agreed fix (issue 20). */

import type { followUp as en } from '../en/follow-up.ts';
import type { TranslationOf } from '../shape.ts';

export const followUp = {
  'followup.key': 'u) mag-set ng follow-up: paalala na sabihin sa customer kapag tapos na ang ayos',
  'followup.action': 'Mag-set ng follow-up',
  'followup.pick': 'Kailan kita dapat paalalahanan na sabihin sa customer na tapos na ang ayos?',
  'followup.in_1h': 'Pagkalipas ng 1 oras',
  'followup.in_4h': 'Pagkalipas ng 4 na oras',
  'followup.tomorrow': 'Bukas, sa parehong oras',
  'followup.custom': 'Pagkalipas ng ilang oras na ita-type ko',
  'followup.hours_prompt': 'Ilang oras mula ngayon (1 hanggang 336)?',
  'followup.set':
    'Naka-set ang follow-up: paaalalahanan kita pagkalipas ng {hours} oras na sabihin sa customer na tapos na ito.',
  'followup.due':
    'Oras na ng follow-up: sabihin sa customer na naayos na ang problema niya, o kung nasaan na ito, gaya ng napagkasunduan.',
  'followup.not_now':
    'Makakapag-set ng follow-up kapag napagkasunduan na ang ayos (ang hakbang na “Tuparin ang ipinangako mo”).',
  'followup.bad_time': 'Dapat nasa pagitan ng 1 oras at 14 na araw mula ngayon ang follow-up.',
  'incident.event.follow_up_set': 'Naka-set ang follow-up',
} as const satisfies TranslationOf<typeof en>;
