/**
 * Payload mutation for the fuzz test: from a real payload, a few random edits (a field deleted, a value
 * replaced by one of another type, a list turned into an object, the whole body swapped for junk).
 * Deterministic for a seed, so a failure can be replayed.
 */
export type Random = () => number;

export function rng(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function junk(r: Random, depth = 0): unknown {
  const kinds = ['null', 'number', 'string', 'bool', 'array', 'object', 'long', 'unicode', 'negative', 'empty'];
  switch (pick(r, depth > 1 ? kinds.slice(0, 4) : kinds)) {
    case 'null':
      return null;
    case 'number':
      return Math.floor(r() * 1e6);
    case 'string':
      return pick(r, ['', 'x', 'hl:choose:calmed', '../../etc', '{"a":1}', 'null', 'U0AGENT1', '1100000000000000001']);
    case 'bool':
      return r() < 0.5;
    case 'array':
      return [junk(r, depth + 1), junk(r, depth + 1)];
    case 'object':
      return { id: junk(r, depth + 1), type: junk(r, depth + 1) };
    case 'long':
      return 'A'.repeat(5_000);
    case 'unicode':
      return '\u0000\ud83d\ude00\u202e\uffff';
    case 'negative':
      return -1;
    default:
      return {};
  }
}

/** Every path to a value in the object (objects and arrays included). */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return out;
  for (const [k, child] of Object.entries(v)) {
    const p = [...prefix, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    if (out.length < 400) paths(child, p, out);
  }
  return out;
}

function edit(
  root: unknown,
  path: (string | number)[],
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  change(node, path.at(-1) as string | number);
}

export function mutate<T>(r: Random, payload: T): unknown {
  const v: unknown = structuredClone(payload);
  const edits = 1 + Math.floor(r() * 3);
  for (let i = 0; i < edits; i++) {
    const all = paths(v);
    const op = r();
    if (op < 0.03) return junk(r); // the whole body replaced
    if (all.length === 0) return v;
    const p = pick(r, all);
    if (op < 0.35) edit(v, p, (parent, k) => delete parent[k]);
    else if (op < 0.8) edit(v, p, (parent, k) => (parent[k] = junk(r)));
    else
      edit(v, p, (parent, k) => {
        const x = parent[k];
        parent[k] = Array.isArray(x) ? { ...x } : x !== null && typeof x === 'object' ? [x] : [x];
      });
  }
  return v;
}
