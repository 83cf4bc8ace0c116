/** Indonesian, choosing a language. Same keys as ../en/language.ts. */
import type { language as en } from '../en/language.ts';
import type { TranslationOf } from '../shape.ts';

export const language = {
  'language.en': 'English',
  'language.ms': 'Bahasa Melayu',
  'language.id': 'Bahasa Indonesia',
  'language.nb': 'Norsk bokmål',
  'language.tl': 'Tagalog',
  'console.language_set': 'Bahasa diatur ke {language}. Pilihan ini disimpan untuk berikutnya.',
  'console.language_cleared': 'Pilihan bahasa Anda sendiri sudah dihapus; Holdline sekarang memakai {language}.',
  'console.language_unknown': 'Tidak ada bahasa "{input}" di sini. Pilih salah satu: {choices}.',
  'console.help_language': 'lang <kode> = ganti bahasa Anda ({choices}); lang auto = kembali ke bahasa bawaan tim.',
} as const satisfies TranslationOf<typeof en>;
