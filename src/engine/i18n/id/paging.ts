/** Indonesian: paging supervisors (escalation policies, acknowledgements). Same keys as ../en/paging.ts. */
import type { paging as en } from '../en/paging.ts';
import type { TranslationOf } from '../shape.ts';

export const paging = {
  'notice.page_exhausted':
    'Belum ada yang menerima permintaan bantuan Anda dan semua tingkat sudah dicoba. Hubungi supervisor atau ketua tim Anda secara langsung.',
  'notice.page_no_policy':
    'Belum ada supervisor yang diatur untuk tim Anda di Holdline, jadi tidak ada yang bisa diberi tahu. Hubungi supervisor atau ketua tim Anda secara langsung.',
  'notice.page_failing':
    'Permintaan bantuan Anda tidak sampai ke {surface} ({attempts} percobaan sejauh ini). Holdline terus mencoba; hubungi supervisor Anda secara langsung.',
  'notice.page_failed':
    'Holdline tidak dapat mengirim permintaan bantuan Anda ke {surface} dan sudah berhenti mencoba. Hubungi supervisor Anda secara langsung sekarang.',
  'page.renotify': 'Pengingat {round}: masih belum diterima.',
  'page.level': 'Dinaikkan ke tingkat {level}: tingkat sebelumnya tidak menerima permintaan bantuan.',
  'page.level_renotify': 'Tingkat {level}, pengingat {round}: masih belum diterima.',
  'page.ack_hint': 'Untuk menerima: ack {escalation} <id Anda>',
  'page.update_acknowledged': 'Diterima oleh {by}.',
  'page.update_taken_over': 'Diambil alih oleh {by}.',
  'page.update_exhausted':
    'Tidak ada yang menerima permintaan bantuan ini; semua tingkat sudah dicoba. Agen sudah diberi tahu.',
  'error.not_a_supervisor':
    'Hanya supervisor yang tercantum dalam kebijakan eskalasi ini yang boleh menerima atau mengambil alih permintaan bantuan ini.',
  'error.escalation_not_found':
    'Tidak ada permintaan bantuan yang cocok dengan "{detail}". Periksa ID yang tertera pada permintaan bantuan.',
  'error.escalation_ambiguous': 'Lebih dari satu permintaan bantuan diawali dengan "{detail}". Ketik ID lebih lengkap.',
  'ack.done': 'Diterima. {agent} sudah diberi tahu bahwa Anda sedang menuju ke tempatnya.',
  'ack.already': 'Permintaan bantuan ini sudah dijawab oleh {by}.',
  'console.ack_usage': 'Penggunaan: ack <id permintaan bantuan> <id supervisor Anda>, misalnya ack 3f2a console:sam',
} as const satisfies TranslationOf<typeof en>;
