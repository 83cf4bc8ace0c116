/**
 * Word-formation helpers, so a lexicon lists a verb's stem once and matches its inflections.
 * Each returns a regex alternation in natural spelling (rule() normalises it).
 *
 * - Malay / Indonesian: meN- with nasal assimilation (pukul -> memukul, tikam -> menikam,
 *   sepak -> menyepak, kejar -> mengejar), di-/ter- passives, Jakarta colloquial nasal and
 *   nge- forms (mukul, nusuk, nyerang, ngehajar), and the suffixes -kan/-in/-i/-lah/-nya.
 * - Tagalog: object focus -in/-an (patayin), future by reduplication (papatayin), completed
 *   aspect with the -in- infix (pinatay), actor focus -um- (pumatay), and mag-/mang- forms.
 * - Norwegian: infinitive/present/past/imperative endings (drepe, dreper, drepte, drep).
 * - Near: two patterns within a few words of each other in one clause.
 */

const VOWELS = 'aeiou';

/** The meN- nasal form of a Malay/Indonesian stem, and the colloquial form without "me". */
function nasal(stem: string): { formal: string; colloquial: string } {
  const c = stem.charAt(0);
  const rest = stem.slice(1);
  if (c === 'p') return { formal: `mem${rest}`, colloquial: `m${rest}` };
  if (c === 't') return { formal: `men${rest}`, colloquial: `n${rest}` };
  if (c === 's') return { formal: `meny${rest}`, colloquial: `ny${rest}` };
  if (c === 'k') return { formal: `meng${rest}`, colloquial: `ng${rest}` };
  if (c === 'b' || c === 'f') return { formal: `mem${stem}`, colloquial: `nge${stem}` };
  if (c === 'c' || c === 'j' || c === 'd') return { formal: `men${stem}`, colloquial: `nge${stem}` };
  if (VOWELS.includes(c) || c === 'g' || c === 'h') return { formal: `meng${stem}`, colloquial: `ng${stem}` };
  return { formal: `me${stem}`, colloquial: `nge${stem}` };
}

/** Every affixed form (meN-, di-, ter-, ke-, ber-; -kan, -in, -i, -lah, -nya) of Malay/Indonesian verb stems ("pukul" -> pukul, memukul, dipukul, pukulin, ...). */
export function meN(...stems: readonly string[]): string {
  const forms = new Set<string>();
  for (const stem of stems) {
    const n = nasal(stem);
    for (const f of [stem, n.formal, n.colloquial, `nge${stem}`, `di${stem}`, `ter${stem}`, `ke${stem}`, `ber${stem}`])
      forms.add(f);
  }
  // Doubled letters collapse in normalised text (tembakkan -> tembakan, tikamnya ok, bunuhnya ok).
  return `(?:${[...forms].join('|')})(?:k?anlah|k?an|in|i|lah|n?ya)?`;
}

/** Tagalog forms of a root with its object-focus suffix ("patay", "in" -> patayin, papatayin, pinatay, ...). */
export function tlVerb(root: string, suffix: 'in' | 'hin' | 'an' | 'han', objectStem = root): string {
  const c = root.charAt(0);
  const isVowel = VOWELS.includes(c);
  const cv = isVowel ? c : root.slice(0, 2);
  const base = `${objectStem}${suffix}`;
  const infixed = isVowel ? `in${root}` : `${c}in${root.slice(1)}`;
  const um = isVowel ? `um${root}` : `${c}um${root.slice(1)}`;
  const infixedBase = isVowel ? `in${base}` : `${c}in${base.slice(1)}`;
  const forms = [
    base,
    `${cv}${base}`,
    `${cv}-${base}`,
    infixed,
    infixedBase,
    // Progressive: infix plus the reduplicated first syllable (pinapatay, inaabangan, binabalikan).
    isVowel ? `in${c}${root}` : `${c}in${root.charAt(1)}${root}`,
    isVowel ? `in${c}${base}` : `${c}in${root.charAt(1)}${base}`,
    um,
    `${cv}${root}`,
    `mag${root}`,
    `nag${root}`,
  ];
  return `(?:${[...new Set(forms)].join('|')})`;
}

/** Norwegian verb stems with their endings: "drep" -> drep, drepe, dreper, drepte, drept, drepes. */
export const nbVerb = (...stems: readonly string[]): string => `(?:${stems.join('|')})(?:e|er|te|t|et|es|r)?`;

/** `a`, then up to `n` other words in the same clause, then `b`. */
export const near = (a: string, b: string, n: number): string => `${a}(?: [^ .!?;,]+){0,${n}} ${b}`;
