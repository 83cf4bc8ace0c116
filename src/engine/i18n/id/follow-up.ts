/** Indonesian catalogue: follow-up after an agreed fix (issue 20). */

import type { followUp as en } from '../en/follow-up.ts';
import type { TranslationOf } from '../shape.ts';

export const followUp = {
  'followup.key': 'u) atur tindak lanjut: pengingat untuk memberi tahu pelanggan bahwa urusannya sudah beres',
  'followup.action': 'Atur tindak lanjut',
  'followup.pick': 'Kapan saya perlu mengingatkan Anda untuk memberi tahu pelanggan bahwa urusannya sudah beres?',
  'followup.in_1h': 'Dalam 1 jam',
  'followup.in_4h': 'Dalam 4 jam',
  'followup.tomorrow': 'Besok, pada jam yang sama',
  'followup.custom': 'Dalam sejumlah jam yang saya ketik',
  'followup.hours_prompt': 'Berapa jam dari sekarang (1 sampai 336)?',
  'followup.set':
    'Tindak lanjut diatur: saya akan mengingatkan Anda dalam {hours} jam untuk memberi tahu pelanggan bahwa urusannya sudah beres.',
  'followup.due':
    'Waktunya tindak lanjut: beri tahu pelanggan bahwa masalahnya sudah selesai, atau sejauh mana prosesnya, sesuai yang disepakati.',
  'followup.not_now': 'Tindak lanjut bisa diatur setelah solusi disepakati (langkah “Tepati apa yang Anda janjikan”).',
  'followup.bad_time': 'Tindak lanjut harus antara 1 jam sampai 14 hari dari sekarang.',
  'incident.event.follow_up_set': 'Tindak lanjut diatur',
} as const satisfies TranslationOf<typeof en>;
