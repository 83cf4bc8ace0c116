/** Found by the fuzz test: a payload whose locale is not text made the error reply itself throw. */
import { expect, it } from 'vitest';
import { holdlineLocale } from '../../adapters/discord/locale.ts';

it('a locale that is not text falls back to English instead of throwing', () => {
  for (const junk of [123, {}, [], true, null, undefined]) expect(holdlineLocale(junk)).toBe('en');
  expect(holdlineLocale('nb-NO')).toBe('nb');
});
