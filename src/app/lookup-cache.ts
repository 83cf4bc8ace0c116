/**
 * A per-key answer asked of a chat platform (is this Slack user a guest; is this Discord user in an allowed
 * guild), kept for a TTL, with concurrent lookups of one key sharing one call. A failed lookup is not kept:
 * the caller decides (the access checks refuse, fail closed).
 */
export class LookupCache<T> {
  private readonly known = new Map<string, { at: number; value: T }>();
  private readonly asking = new Map<string, Promise<T>>();

  constructor(
    private readonly fetch: (key: string) => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 5_000,
  ) {}

  async get(key: string): Promise<T> {
    const hit = this.known.get(key);
    if (hit !== undefined && this.now() - hit.at < this.ttlMs) return hit.value;
    const pending = this.asking.get(key);
    if (pending !== undefined) return pending;
    const ask = this.fetch(key)
      .then((value) => {
        if (this.known.size >= this.maxEntries) this.known.clear();
        this.known.set(key, { at: this.now(), value });
        return value;
      })
      .finally(() => this.asking.delete(key));
    this.asking.set(key, ask);
    return ask;
  }
}

/** Rejects when `p` takes longer than `ms` (a platform answer a user is waiting on). */
export const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} timed out`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
