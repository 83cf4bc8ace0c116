/** Malay catalogue: follow-up after an agreed fix (issue 20). */

import type { followUp as en } from '../en/follow-up.ts';
import type { TranslationOf } from '../shape.ts';

export const followUp = {
  'followup.key': 'u) tetapkan susulan: peringatan untuk memberitahu pelanggan apabila urusannya selesai',
  'followup.action': 'Tetapkan susulan',
  'followup.pick': 'Bila saya patut mengingatkan anda untuk memberitahu pelanggan bahawa urusannya selesai?',
  'followup.in_1h': 'Dalam 1 jam',
  'followup.in_4h': 'Dalam 4 jam',
  'followup.tomorrow': 'Esok, pada waktu yang sama',
  'followup.custom': 'Dalam beberapa jam yang saya taip',
  'followup.hours_prompt': 'Berapa jam dari sekarang (1 hingga 336)?',
  'followup.set':
    'Susulan ditetapkan: saya akan mengingatkan anda dalam {hours} jam untuk memberitahu pelanggan bahawa urusannya selesai.',
  'followup.due':
    'Masa untuk susulan: beritahu pelanggan bahawa masalahnya telah selesai, atau perkembangannya, seperti yang dijanjikan.',
  'followup.not_now':
    'Susulan boleh ditetapkan setelah penyelesaian dipersetujui (langkah “Tunaikan apa yang dijanjikan”).',
  'followup.bad_time': 'Susulan mesti antara 1 jam hingga 14 hari dari sekarang.',
  'incident.event.follow_up_set': 'Susulan ditetapkan',
} as const satisfies TranslationOf<typeof en>;
