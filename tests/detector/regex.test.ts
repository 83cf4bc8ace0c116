import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/engine/detector/regex.ts';

const same = (re: RegExp, text: string): void => {
  const expected = [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);
  const actual = allMatches(re, text).map((m) => [m.index, m[0], ...m.slice(1)]);
  expect(actual).toEqual(expected);
  expect(re.lastIndex).toBe(0);
};

describe('allMatches (issue 19: matchAll without the per-call regex clone)', () => {
  it('gives what matchAll gives, groups included', () => {
    same(/(?<![a-z0-9])(?:i(?:'ll| will) (sue|kill))(?![a-z0-9])/g, "i will sue, i'll kill, skill, i will sue");
    same(/"([^"]+)"|(?<![a-z0-9])'([^']+?)'(?![a-z0-9])/g, `he said "come down" and 'go away' ok`);
  });

  it('steps over empty matches like matchAll, by code point under the u flag', () => {
    same(/x*/g, 'axxbx');
    same(/\p{L}*/gu, 'a😀b');
    same(/(?:)/g, '😀');
  });

  it('starts from 0 whatever lastIndex a previous use left (matchAll would start there)', () => {
    const re = /ab/g;
    re.lastIndex = 3;
    expect(allMatches(re, 'ab ab').map((m) => m.index)).toEqual([0, 3]);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a regex without the g flag (matchAll throws too)', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
