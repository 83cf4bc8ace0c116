/** English catalogue: choosing a language (names of the languages, the terminal's `lang` command). */
export const language = {
  // Each language's own name for itself, shown the same in every locale so people can find their own.
  'language.en': 'English',
  'language.ms': 'Bahasa Melayu',
  'language.id': 'Bahasa Indonesia',
  'language.nb': 'Norsk bokmål',
  'language.tl': 'Tagalog',
  'console.language_set': 'Language set to {language}. It is saved for next time.',
  'console.language_cleared': 'Your own language choice is removed; Holdline now uses {language}.',
  'console.language_unknown': 'There is no language "{input}" here. Choose one of: {choices}.',
  'console.help_language': 'lang <code> = change your language ({choices}); lang auto = back to the team default.',
} as const;
