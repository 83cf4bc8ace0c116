/** Found by the fuzz test: a payload whose locale is not text made the error reply itself throw. */
import { expect, it } from 'vitest';
import { resolveLocale } from '../../src/engine/index.ts';

it('a locale that is not text falls back to English instead of throwing', () => {
  // discord.js types interaction.locale as a string; the payload may carry anything (person-locale.ts).
  for (const junk of [123, {}, [], true, null, undefined])
    expect(resolveLocale([junk as unknown as string])).toBe('en');
  expect(resolveLocale(['nb-NO'])).toBe('nb');
});
