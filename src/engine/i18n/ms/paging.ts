/** Malay: paging supervisors (escalation policies, acknowledgements). Same keys as ../en/paging.ts. */
import type { paging as en } from '../en/paging.ts';
import type { TranslationOf } from '../shape.ts';

export const paging = {
  'notice.page_exhausted':
    'Belum ada sesiapa yang menerima panggilan anda dan semua peringkat telah dicuba. Hubungi penyelia atau ketua pasukan anda secara terus.',
  'notice.page_no_policy':
    'Tiada penyelia ditetapkan untuk pasukan anda dalam Holdline, jadi tiada sesiapa dapat dipanggil. Hubungi penyelia atau ketua pasukan anda secara terus.',
  'notice.page_failing':
    'Panggilan anda tidak sampai ke {surface} ({attempts} percubaan setakat ini). Holdline terus mencuba; hubungi penyelia anda secara terus.',
  'notice.page_failed':
    'Holdline tidak dapat menghantar panggilan anda ke {surface} dan telah berhenti mencuba. Hubungi penyelia anda secara terus sekarang.',
  'page.renotify': 'Peringatan {round}: masih belum diterima.',
  'page.level': 'Dinaikkan ke peringkat {level}: peringkat sebelumnya tidak menerima panggilan.',
  'page.level_renotify': 'Peringkat {level}, peringatan {round}: masih belum diterima.',
  'page.ack_hint': 'Untuk menerima: ack {escalation} <id anda>',
  'page.update_acknowledged': 'Diterima oleh {by}.',
  'page.update_taken_over': 'Diambil alih oleh {by}.',
  'page.update_exhausted':
    'Tiada sesiapa menerima panggilan ini; semua peringkat telah dicuba. Ejen telah dimaklumkan.',
  'error.not_a_supervisor':
    'Hanya penyelia yang dinamakan dalam polisi eskalasi ini boleh menerima atau mengambil alih panggilan ini.',
  'error.escalation_not_found': 'Tiada panggilan yang sepadan dengan "{detail}". Semak ID yang tertera pada panggilan.',
  'error.escalation_ambiguous': 'Lebih daripada satu panggilan bermula dengan "{detail}". Taip lebih banyak aksara ID.',
  'ack.done': 'Diterima. {agent} telah dimaklumkan bahawa anda dalam perjalanan.',
  'ack.already': 'Panggilan ini sudah dijawab oleh {by}.',
  'console.ack_usage': 'Penggunaan: ack <id panggilan> <id penyelia anda>, contohnya ack 3f2a console:sam',
} as const satisfies TranslationOf<typeof en>;
