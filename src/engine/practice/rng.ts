/** A small seeded generator (mulberry32): the same seed gives the same run. Pure; the state is a number. */
export function nextRandom(state: number): { value: number; state: number } {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: s };
}

/** An index below `n`, and the next state. */
export function pick(state: number, n: number): { index: number; state: number } {
  const r = nextRandom(state);
  return { index: Math.min(n - 1, Math.floor(r.value * n)), state: r.state };
}
