/** Which request a fault applies to: `'POST /channels/:id/messages'` (`:x` matches one path segment), a RegExp tested against `'METHOD /path'`, or a predicate. Paths are decoded and relative to `/api/v10`. */
export type RouteMatcher = string | RegExp | ((method: string, path: string) => boolean);

export type Fault =
  /** A rate limit. `retryAfter` is in seconds (fractions allowed); `global` sets `X-RateLimit-Global`. */
  | { status: 429; retryAfter: number; global?: boolean; times?: number }
  /** A server error; @discordjs/rest retries these at once, up to `rest.retries` (default 3) times. */
  | { status: 500 | 502 | 503 | 504; times?: number }
  /** A JSON API error, e.g. `{ status: 403, code: 50007 }` (cannot DM this user). Not retried. */
  | { status: 400 | 401 | 403 | 404; code: number; message?: string; times?: number };

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface Armed {
  matches: (method: string, path: string) => boolean;
  fault: Fault;
  remaining: number;
}

function compile(matcher: RouteMatcher): (method: string, path: string) => boolean {
  if (typeof matcher === 'function') return matcher;
  if (matcher instanceof RegExp) return (method, path) => matcher.test(`${method} ${path}`);
  const [method = '', pattern = ''] = matcher.split(' ', 2);
  const escaped = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  const re = new RegExp(`^${escaped}$`);
  return (m, path) => m === method.toUpperCase() && re.test(path);
}

/** Faults armed by tests, consumed first-in first-out by matching requests. */
export class FaultQueue {
  readonly #armed: Armed[] = [];

  add(matcher: RouteMatcher, fault: Fault): void {
    this.#armed.push({ matches: compile(matcher), fault, remaining: fault.times ?? 1 });
  }

  /** The response to send instead of the real one, if a fault is armed for this request. */
  take(method: string, path: string): FaultResponse | undefined {
    const index = this.#armed.findIndex((a) => a.matches(method, path));
    const armed = this.#armed[index];
    if (armed === undefined) return undefined;
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.#armed.splice(index, 1);
    return render(armed.fault, path);
  }

  get pending(): number {
    return this.#armed.length;
  }
}

function render(fault: Fault, path: string): FaultResponse {
  if (fault.status === 429) {
    const global = fault.global === true;
    // Header names and body exactly as Discord documents them; @discordjs/rest reads `Retry-After`
    // (seconds) and `X-RateLimit-Global`, then waits retryAfter * 1000 + its `offset` (50 ms default).
    const headers: Record<string, string> = {
      'retry-after': String(fault.retryAfter),
      'x-ratelimit-scope': global ? 'global' : 'user',
    };
    if (global) {
      headers['x-ratelimit-global'] = 'true';
    } else {
      headers['x-ratelimit-limit'] = '5';
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String((Date.now() / 1000 + fault.retryAfter).toFixed(3));
      headers['x-ratelimit-reset-after'] = String(fault.retryAfter);
      headers['x-ratelimit-bucket'] = `fake-${path.split('/')[1] ?? 'root'}`;
    }
    return {
      status: 429,
      headers,
      body: { message: 'You are being rate limited.', retry_after: fault.retryAfter, global },
    };
  }
  if ('code' in fault) {
    return {
      status: fault.status,
      headers: {},
      body: { message: fault.message ?? `Fake error ${fault.code}`, code: fault.code },
    };
  }
  return { status: fault.status, headers: {}, body: { message: `${fault.status}: Fake server error`, code: 0 } };
}
