/** Malay, choosing a language. Same keys as ../en/language.ts. */
import type { language as en } from '../en/language.ts';
import type { TranslationOf } from '../shape.ts';

export const language = {
  'language.en': 'English',
  'language.ms': 'Bahasa Melayu',
  'language.id': 'Bahasa Indonesia',
  'language.nb': 'Norsk bokmål',
  'language.tl': 'Tagalog',
  'console.language_set': 'Bahasa ditetapkan kepada {language}. Pilihan ini disimpan untuk kali seterusnya.',
  'console.language_cleared': 'Pilihan bahasa anda sendiri telah dibuang; Holdline kini menggunakan {language}.',
  'console.language_unknown': 'Tiada bahasa "{input}" di sini. Pilih salah satu: {choices}.',
  'console.help_language':
    'lang <kod> = tukar bahasa anda ({choices}); lang auto = kembali kepada bahasa lalai pasukan.',
} as const satisfies TranslationOf<typeof en>;
