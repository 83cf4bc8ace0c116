/** Tagalog, choosing a language. Same keys as ../en/language.ts. */
import type { language as en } from '../en/language.ts';
import type { TranslationOf } from '../shape.ts';

export const language = {
  'language.en': 'English',
  'language.ms': 'Bahasa Melayu',
  'language.id': 'Bahasa Indonesia',
  'language.nb': 'Norsk bokmål',
  'language.tl': 'Tagalog',
  'console.language_set': 'Itinakda ang wika sa {language}. Nai-save ito para sa susunod.',
  'console.language_cleared': 'Inalis na ang sarili mong piniling wika; {language} na ang gamit ng Holdline.',
  'console.language_unknown': 'Walang wikang "{input}" dito. Pumili sa mga ito: {choices}.',
  'console.help_language': 'lang <code> = palitan ang iyong wika ({choices}); lang auto = bumalik sa default ng team.',
} as const satisfies TranslationOf<typeof en>;
