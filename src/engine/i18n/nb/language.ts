/** Norwegian bokmål, choosing a language. Same keys as ../en/language.ts. */
import type { language as en } from '../en/language.ts';
import type { TranslationOf } from '../shape.ts';

export const language = {
  'language.en': 'English',
  'language.ms': 'Bahasa Melayu',
  'language.id': 'Bahasa Indonesia',
  'language.nb': 'Norsk bokmål',
  'language.tl': 'Tagalog',
  'console.language_set': 'Språket er satt til {language}. Valget er lagret til neste gang.',
  'console.language_cleared': 'Ditt eget språkvalg er fjernet; Holdline bruker nå {language}.',
  'console.language_unknown': 'Det finnes ikke noe språk «{input}» her. Velg ett av disse: {choices}.',
  'console.help_language': 'lang <kode> = bytt språk ({choices}); lang auto = tilbake til teamets standardspråk.',
} as const satisfies TranslationOf<typeof en>;
