/**
 * What the agent can do in a practice contact, each with a one-letter code: a run is its scenario, seed,
 * language and the string of codes, so a button can carry it and a run replays exactly.
 */
export const MOVES = {
  listen: 'l',
  repeat: 'r',
  empathise: 'e',
  apologise: 'a',
  solve: 's',
  promise: 'p',
  interrupt: 'i',
  argue: 'g',
  rush: 'u',
  dont_know: 'k',
  boundary: 'b',
  last_line: 'x',
  end: 'n',
  escalate: 'v',
  report: 't',
} as const;
export type Move = keyof typeof MOVES;
export const MOVE_IDS = Object.keys(MOVES) as Move[];

const byCode = new Map<string, Move>(MOVE_IDS.map((m) => [MOVES[m], m]));

/** At most this many moves; then the customer gives up (a contact is not endless). */
export const MAX_MOVES = 14;

export const encodeMoves = (moves: readonly Move[]): string => moves.map((m) => MOVES[m]).join('');

/** The moves of a code string; null when it holds anything else or is too long. */
export function decodeMoves(code: string): Move[] | null {
  if (code.length > MAX_MOVES) return null;
  const out: Move[] = [];
  for (const c of code) {
    const m = byCode.get(c);
    if (m === undefined) return null;
    out.push(m);
  }
  return out;
}

/** The "don't say" phrases of field guide §11, as moves. */
export const DONT_SAY: readonly Move[] = ['argue', 'rush', 'dont_know'];
