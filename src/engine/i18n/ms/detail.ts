/** Malay: the detail sentences that follow an error. Same keys as ../en/detail.ts. */
import type { detail as en } from '../en/detail.ts';
import type { TranslationOf } from '../shape.ts';

export const detail = {
  'detail.complexity_range': 'Kerumitan ialah dari {min} hingga {max}.',
  'detail.end_after_telling': 'tamatkan perbualan hanya selepas memberitahu pelanggan.',
  'detail.written_only': 'kata-kata kesat boleh dibiarkan tidak dilayan dalam saluran bertulis sahaja.',
  'detail.whole_number': 'Masukkan nombor bulat dari {min} hingga {max}.',
} as const satisfies TranslationOf<typeof en>;
