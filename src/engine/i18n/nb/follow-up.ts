/** Norwegian (bokmål) catalogue: follow-up after an agreed fix (issue 20). */

import type { followUp as en } from '../en/follow-up.ts';
import type { TranslationOf } from '../shape.ts';

export const followUp = {
  'followup.key': 'u) sett opp oppfølging: en påminnelse om å si fra til kunden når saken er løst',
  'followup.action': 'Sett opp oppfølging',
  'followup.pick': 'Når skal jeg minne deg på å si fra til kunden at saken er løst?',
  'followup.in_1h': 'Om 1 time',
  'followup.in_4h': 'Om 4 timer',
  'followup.tomorrow': 'I morgen, samme tid',
  'followup.custom': 'Om et antall timer jeg skriver inn',
  'followup.hours_prompt': 'Hvor mange timer fra nå (1 til 336)?',
  'followup.set': 'Oppfølging satt: jeg minner deg om {hours} t på å si fra til kunden at saken er løst.',
  'followup.due':
    'Tid for oppfølging: si fra til kunden at problemet er løst, eller hvor saken står, slik dere avtalte.',
  'followup.not_now': 'Oppfølging kan settes når dere er enige om en løsning (steget «Gjør det du har lovet»).',
  'followup.bad_time': 'Oppfølgingen må være mellom 1 time og 14 dager fra nå.',
  'incident.event.follow_up_set': 'Oppfølging satt',
} as const satisfies TranslationOf<typeof en>;
