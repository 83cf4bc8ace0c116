/**
 * Small shared helpers for the fake Slack servers: read a request body, parse a Web API
 * argument body the way Slack does, and wait for a condition with a deadline.
 */
import type { IncomingMessage } from 'node:http';

/** Form fields that Slack accepts as JSON-encoded strings; the WebClient sends objects this way. */
const JSON_FORM_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurls', 'user_auth_blocks', 'files']);

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readRaw(req)).toString('utf8');
}

/** The body as bytes (a file upload). */
export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

/**
 * Web API arguments arrive form-encoded (what @slack/web-api sends) or as JSON (what Slack
 * also accepts with `Content-Type: application/json`). Query-string arguments are merged in.
 * JSON-valued form fields (blocks, view, …) are decoded so tests can assert on objects.
 */
export function parseArgs(
  contentType: string | undefined,
  body: string,
  query: URLSearchParams,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [k, v] of query) args[k] = v;
  if (body === '') return args;
  if (contentType?.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) Object.assign(args, parsed);
    return args;
  }
  for (const [k, v] of new URLSearchParams(body)) {
    args[k] = JSON_FORM_FIELDS.has(k) ? tryJson(v) : v;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Resolve with the first value `probe` returns that is not undefined, re-probing on each `notify`. */
export class Waiters {
  private readonly pending = new Set<() => void>();

  notify(): void {
    for (const wake of [...this.pending]) wake();
  }

  wait<R>(probe: () => R | undefined, timeoutMs: number, what: string): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const check = (): boolean => {
        const found = probe();
        if (found === undefined) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const wake = (): void => {
        check();
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        this.pending.delete(wake);
      };
      this.pending.add(wake);
      check();
    });
  }
}
