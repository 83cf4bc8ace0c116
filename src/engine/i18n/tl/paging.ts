/** Tagalog: paging supervisors (escalation policies, acknowledgements). Same keys as ../en/paging.ts. */
import type { paging as en } from '../en/paging.ts';
import type { TranslationOf } from '../shape.ts';

export const paging = {
  'notice.page_exhausted':
    'Wala pang tumanggap sa iyong alerto at nasubukan na ang lahat ng antas. Direktang tawagan ang iyong supervisor o team lead.',
  'notice.page_no_policy':
    'Walang supervisor na nakatakda para sa iyong team sa Holdline, kaya walang naalertuhan. Direktang tawagan ang iyong supervisor o team lead.',
  'notice.page_failing':
    'Hindi nakakarating ang iyong alerto sa {surface} ({attempts} na pagsubok na). Patuloy na sumusubok ang Holdline; direktang tawagan ang iyong supervisor.',
  'notice.page_failed':
    'Hindi maipadala ng Holdline ang iyong alerto sa {surface} at tumigil na ito sa pagsubok. Direktang tawagan ang iyong supervisor ngayon.',
  'page.renotify': 'Paalala {round}: wala pa ring tumatanggap.',
  'page.level': 'Itinaas sa antas {level}: hindi tumanggap ang naunang antas.',
  'page.level_renotify': 'Antas {level}, paalala {round}: wala pa ring tumatanggap.',
  'page.ack_hint': 'Para tanggapin: ack {escalation} <iyong id>',
  'page.update_acknowledged': 'Tinanggap ni {by}.',
  'page.update_taken_over': 'Si {by} na ang humawak.',
  'page.update_exhausted':
    'Walang tumanggap sa alerto na ito; nasubukan na ang lahat ng antas. Nasabihan na ang agent.',
  'error.not_a_supervisor':
    'Ang supervisor lamang na nakapangalan sa escalation policy na ito ang maaaring tumanggap o umako sa alerto na ito.',
  'error.escalation_not_found': 'Walang alerto na tumutugma sa "{detail}". Tingnan ang id na nakalagay sa alerto.',
  'error.escalation_ambiguous': 'Mahigit sa isang alerto ang nagsisimula sa "{detail}". Mag-type pa ng higit sa id.',
  'ack.done': 'Tinanggap. Nasabihan na si {agent} na papunta ka na.',
  'ack.already': 'Nasagot na ni {by} ang alerto na ito.',
  'console.ack_usage': 'Paggamit: ack <id ng alerto> <iyong supervisor id>, hal. ack 3f2a console:sam',
} as const satisfies TranslationOf<typeof en>;
