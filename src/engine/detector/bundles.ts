/**
 * Which lexicons run on an utterance, merged once per combination (round 9).
 *
 * Until round 8 the agent's interface language decided: its lexicon plus English. Customers write
 * in their own language, so the language identifier (langid.ts) now picks the languages too: every
 * language whose posterior (with the agent's locale as prior) reaches RUN_AT runs, the locale and
 * English always do, and Malay and Indonesian run together unless one of them is clear. The merged
 * context words, aliases and cue classes are built once per combination and kept.
 */
import type { Locale } from '../types.ts';
import { type CompiledCues, compileCues } from './cues.ts';
import { LANGID_TABLE } from './langid.generated.ts';
import { fromBase64, identify, LANGS } from './langid.ts';
import { en } from './lexicon/en.ts';
import { id } from './lexicon/id.ts';
import { ms } from './lexicon/ms.ts';
import { nb } from './lexicon/nb.ts';
import { ROUND9 } from './lexicon/round9.ts';
import { ROUND10 } from './lexicon/round10.ts';
import { SPEECH } from './lexicon/speech.ts';
import { tl } from './lexicon/tl.ts';
import { normalise, normalisePattern } from './normalise.ts';
import { type CompiledSpeech, compileSpeech } from './speech.ts';
import type { ContextWords, Lexicon } from './types.ts';

const withRound9 = (l: Locale, lex: Lexicon): Lexicon => ({
  ...lex,
  rules: [...lex.rules, ...ROUND9[l], ...ROUND10[l]],
});
const BY_LANG: Readonly<Record<Locale, Lexicon>> = {
  en: withRound9('en', en),
  ms: withRound9('ms', ms),
  id: withRound9('id', id),
  nb: withRound9('nb', nb),
  tl: withRound9('tl', tl),
};

/** A language runs when the identifier gives it at least this (with the locale as prior). */
export const RUN_AT = 0.25;
/** Malay or Indonesian alone only when the identifier is at least this sure of it. */
export const SIBLING_SURE = 0.9;
/** The agent's locale's prior weight against the four others. */
export const LOCALE_PRIOR = 0.4;

const LANGID = fromBase64(LANGID_TABLE);

export interface Bundle {
  /** Languages whose lexicons run, the most likely first, English last. */
  readonly langs: readonly Locale[];
  readonly lexicons: readonly Lexicon[];
  readonly context: ContextWords;
  readonly aliases: ReadonlyMap<string, string>;
  readonly cues: readonly CompiledCues[];
  readonly negators: ReadonlySet<string>;
  /** Figures of speech, reporting frames, tier words (lexicon/speech.ts) of the running languages. */
  readonly speech: CompiledSpeech;
}

/** The languages to run for `text` written to an agent whose interface is in `locale`. */
export function languagesFor(text: string, locale: Locale): Locale[] {
  const g = identify(LANGID, text, locale, LOCALE_PRIOR);
  const ranked = LANGS.map((l, i) => [l, g.p[i] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const chosen = new Set<Locale>(ranked.filter(([, p]) => p >= RUN_AT).map(([l]) => l));
  chosen.add(locale);
  const pOf = (l: Locale): number => g.p[LANGS.indexOf(l)] ?? 0;
  for (const [a, b] of [
    ['ms', 'id'],
    ['id', 'ms'],
  ] as const)
    if (chosen.has(a) && pOf(a) < SIBLING_SURE) chosen.add(b);
  const order = ranked.map(([l]) => l).filter((l) => chosen.has(l) && l !== 'en');
  return [...order, 'en'];
}

function mergeContext(lexicons: readonly Lexicon[]): ContextWords {
  const words = (pick: (c: ContextWords) => readonly string[]): string[] =>
    lexicons.flatMap((l) => pick(l.context).map(normalisePattern));
  return {
    negators: words((c) => c.negators),
    conditionals: words((c) => c.conditionals),
    keepers: words((c) => c.keepers),
    reporters: words((c) => c.reporters),
  };
}

/** Earlier lexicons' aliases win (the most likely language first, English last). */
function mergeAliases(lexicons: readonly Lexicon[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const l of [...lexicons].reverse())
    for (const [from, to] of Object.entries(l.aliases ?? {})) map.set(normalise(from).text, normalise(to).text);
  return map;
}

/** One set of cue classes: every running lexicon's alternatives together (code-mixing). */
function mergeCues(lexicons: readonly Lexicon[]): CompiledCues[] {
  const withCues = lexicons.flatMap((l) => (l.cues === undefined ? [] : [l.cues]));
  if (withCues.length === 0) return [];
  const join = (pick: (c: (typeof withCues)[number]) => string | undefined): string =>
    withCues
      .map(pick)
      .filter((x): x is string => x !== undefined)
      .map((x) => `(?:${x})`)
      .join('|');
  const harmless = join((c) => c.harmless);
  const polite = join((c) => c.polite);
  return [
    compileCues(
      {
        violence: join((c) => c.violence),
        target: join((c) => c.target),
        menace: join((c) => c.menace),
        ...(harmless === '' ? {} : { harmless }),
        ...(polite === '' ? {} : { polite }),
      },
      normalisePattern,
    ),
  ];
}

const CACHE = new Map<string, Bundle>();

export function bundleOf(langs: readonly Locale[]): Bundle {
  const key = langs.join('+');
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  const lexicons = langs.map((l) => BY_LANG[l]);
  const context = mergeContext(lexicons);
  const bundle: Bundle = {
    langs,
    lexicons,
    context,
    aliases: mergeAliases(lexicons),
    cues: mergeCues(lexicons),
    negators: new Set(context.negators),
    speech: compileSpeech(langs.map((l) => SPEECH[l])),
  };
  CACHE.set(key, bundle);
  return bundle;
}

/** The bundle for an utterance: identified languages, the agent's locale, English. */
export const bundleFor = (text: string, locale: Locale): Bundle => bundleOf(languagesFor(text, locale));
