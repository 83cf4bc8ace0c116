import type { IncidentKind } from '../types.ts';

/** Where in the customer's words a kind was found: offsets into the input, never the text itself. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly kind: IncidentKind;
}

export interface KindScore {
  readonly kind: IncidentKind;
  /** 0..1, combined from every piece of evidence for this kind. */
  readonly confidence: number;
}

export interface Detection {
  /** Likely kinds, most confident first. Empty when nothing was found. */
  readonly kinds: readonly KindScore[];
  /** Evidence for the kinds in `kinds`, in order of position. */
  readonly evidence: readonly Evidence[];
  /**
   * Whether a physical threat was found with high confidence: it starts the critical path (page +
   * security report) at once. A physical threat found with lower confidence is proposed to the agent,
   * one tap from the critical path, and pages no one by itself.
   */
  readonly autoEscalate: boolean;
}

/** One pattern of a lexicon, compiled against normalised text (see normalise.ts). */
export interface Rule {
  readonly kind: IncidentKind;
  readonly weight: number;
  readonly re: RegExp;
  /** Whether a negation in the same clause ("I'm not going to sue") cancels it. */
  readonly negatable: boolean;
}

/** Words that steer negation and quoting for one language. */
export interface ContextWords {
  readonly negators: readonly string[];
  /** Conditionals: a negation inside "if you don't refund me, I'll sue" belongs to the condition. */
  readonly conditionals: readonly string[];
  /** Contrasts that start a new clause and, after a match, keep it alive ("I won't hurt you, but ..."). */
  readonly keepers: readonly string[];
  /** Staff, media or jokes: a quote attributed to them is not the customer speaking. */
  readonly reporters: readonly string[];
}

/** Cue classes for physical threats, each a pattern in natural spelling (see cues.ts). */
export interface ThreatCues {
  readonly violence: string;
  readonly target: string;
  readonly menace: string;
  /** A polite request ("can your driver leave it outside tonight?"): menace cues alone do not count. */
  readonly polite?: string;
  /** Idioms blanked out before cues are sought ("killing it", "pukul 3" as a time). */
  readonly harmless?: string;
}

export interface Lexicon {
  readonly rules: readonly Rule[];
  readonly context: ContextWords;
  /**
   * Chat abbreviations and dialect spellings, word for word, written in natural spelling
   * ("dgn" -> "dengan", "dæ" -> "deg"). Applied to the text before the rules run.
   */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Physical-threat cue classes, combined with every other lexicon's for the locale. */
  readonly cues?: ThreatCues;
}
