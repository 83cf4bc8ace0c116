import { describe, expect, it } from 'vitest';
import { detect } from '../../src/engine/detector/index.ts';
import { meN, nbVerb, near, tlVerb } from '../../src/engine/detector/lexicon/morph.ts';
import { expandAliases, normalise, normalisePattern } from '../../src/engine/detector/normalise.ts';

const whole = (src: string): RegExp => new RegExp(`^(?:${normalisePattern(src)})$`);

describe('word formation helpers', () => {
  it('meN: Malay/Indonesian affixes with nasal assimilation', () => {
    const re = whole(meN('pukul', 'tikam', 'sepak', 'hajar', 'bunuh'));
    for (const w of [
      'memukul',
      'dipukul',
      'mukulin',
      'pukulkan',
      'menikam',
      'nikam',
      'menyepak',
      'menghajar',
      'ngehajar',
      'membunuh',
      'bunuhlah',
    ])
      expect(re.test(normalise(w).text), w).toBe(true);
    for (const w of ['pukulan3', 'mukaku', 'hajat']) expect(re.test(normalise(w).text), w).toBe(false);
  });

  it('tlVerb: Tagalog aspect and focus forms', () => {
    const re = whole(tlVerb('patay', 'in'));
    for (const w of ['patayin', 'papatayin', 'pinatay', 'pumatay', 'pinapatay']) expect(re.test(w), w).toBe(true);
    expect(re.test('patayan')).toBe(false);
  });

  it('nbVerb and near', () => {
    const re = whole(nbVerb('drep'));
    for (const w of ['drep', 'drepe', 'dreper', 'drepte']) expect(re.test(w), w).toBe(true);
    const n = new RegExp(near('a', 'b', 2));
    expect(n.test('a x y b')).toBe(true);
    expect(n.test('a x y z b')).toBe(false);
    expect(n.test('a x, b')).toBe(false);
  });
});

describe('spelling normalisation', () => {
  it('æ and ø typed without a Norwegian keyboard still match', () => {
    for (const t of ['jævla idiot', 'jaevla idiot', 'javla idiot'])
      expect(detect(t, 'nb').kinds.map((k) => k.kind)).toContain('insult');
  });

  it('aliases expand chat spellings and keep evidence offsets in the original text', () => {
    const text = 'sy nk ckp dgn manager';
    const n = expandAliases(
      normalise(text),
      new Map([
        ['sy', 'saya'],
        ['nk', 'nak'],
        ['ckp', 'cakap'],
        ['dgn', 'dengan'],
      ]),
    );
    expect(n.text).toBe('saya nak cakap dengan manager');
    expect(n.starts.length).toBe(n.text.length);
    const d = detect(text, 'ms');
    expect(d.kinds.map((k) => k.kind)).toEqual(['supervisor_request']);
    for (const e of d.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('dialect pronouns (æ ska knus dæ) and Jakarta slang (gw tau motor lo) reach the threat rules', () => {
    expect(detect('æ ska knus dæ', 'nb').kinds.map((k) => k.kind)).toContain('physical_threat');
    expect(detect('gw tau motor lo yg mana', 'id').kinds.map((k) => k.kind)).toContain('physical_threat');
  });

  it('"pukul 3" is a time, not a blow', () => {
    expect(detect('tolong call saya pukul 3 petang, saya tunggu awak', 'ms').kinds).toEqual([]);
    expect(detect('saya tunggu kamu pukul 10 di loket', 'id').kinds).toEqual([]);
  });
});
