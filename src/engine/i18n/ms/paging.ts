/** Malay: paging supervisors (escalation policies, acknowledgements). Same keys as ../en/paging.ts. */
import type { paging as en } from '../en/paging.ts';
import type { TranslationOf } from '../shape.ts';

export const paging = {
  'notice.page_exhausted':
    'Belum ada sesiapa yang menerima permintaan bantuan anda dan semua peringkat telah dicuba. Hubungi penyelia atau ketua pasukan anda secara terus.',
  'notice.page_no_policy':
    'Tiada penyelia ditetapkan untuk pasukan anda dalam Holdline, jadi tiada sesiapa dapat dimaklumkan. Hubungi penyelia atau ketua pasukan anda secara terus.',
  'notice.page_failing':
    'Permintaan bantuan anda tidak sampai ke {surface} ({attempts} percubaan setakat ini). Holdline terus mencuba; hubungi penyelia anda secara terus.',
  'notice.page_failed':
    'Holdline tidak dapat menghantar permintaan bantuan anda ke {surface} dan telah berhenti mencuba. Hubungi penyelia anda secara terus sekarang.',
  'page.renotify': 'Peringatan {round}: masih belum diterima.',
  'page.level': 'Dinaikkan ke peringkat {level}: peringkat sebelumnya tidak menerima permintaan bantuan.',
  'page.level_renotify': 'Peringkat {level}, peringatan {round}: masih belum diterima.',
  'page.ack_hint': 'Untuk menerima: ack {escalation} <id anda>',
  'page.update_acknowledged': 'Diterima oleh {by}.',
  'page.update_taken_over': 'Diambil alih oleh {by}.',
  'page.update_exhausted':
    'Tiada sesiapa menerima permintaan bantuan ini; semua peringkat telah dicuba. Ejen telah dimaklumkan.',
  'error.not_a_supervisor':
    'Hanya penyelia yang dinamakan dalam polisi eskalasi ini boleh menerima atau mengambil alih permintaan bantuan ini.',
  'error.escalation_not_found':
    'Tiada permintaan bantuan yang sepadan dengan "{detail}". Semak ID yang tertera pada permintaan bantuan.',
  'error.escalation_ambiguous':
    'Lebih daripada satu permintaan bantuan bermula dengan "{detail}". Taip lebih banyak aksara ID.',
  'ack.done': 'Diterima. {agent} telah dimaklumkan bahawa anda dalam perjalanan.',
  'ack.already': 'Permintaan bantuan ini sudah dijawab oleh {by}.',
  'console.ack_usage': 'Penggunaan: ack <id permintaan bantuan> <id penyelia anda>, contohnya ack 3f2a console:sam',
} as const satisfies TranslationOf<typeof en>;
