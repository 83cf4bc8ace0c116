/** Indonesian: the detail sentences that follow an error. Same keys as ../en/detail.ts. */
import type { detail as en } from '../en/detail.ts';
import type { TranslationOf } from '../shape.ts';

export const detail = {
  'detail.complexity_range': 'Kerumitan bernilai {min} sampai {max}.',
  'detail.end_after_telling': 'akhiri percakapan hanya setelah memberi tahu pelanggan.',
  'detail.written_only': 'kata-kata kotor hanya boleh tidak ditanggapi pada saluran tertulis.',
  'detail.whole_number': 'Masukkan bilangan bulat dari {min} sampai {max}.',
} as const satisfies TranslationOf<typeof en>;
