/**
 * A caught error as it may be logged. Drizzle's query errors carry the SQL *and its parameters* (a
 * session's state with its notes, a check-in note, a flag reason), and pino's error serializer would
 * write every enumerable property. This keeps the error class, the message without the parameters
 * (quoted values masked), the PostgreSQL code and schema names, the stack frames, and the same for
 * its causes. Use it wherever an error is logged: `log.error({ error: safeError(err), op }, '…')`.
 */

export interface SafeError {
  readonly type: string;
  readonly message: string;
  /** PostgreSQL SQLSTATE (e.g. 23514) or a Node code (ECONNREFUSED). */
  readonly code?: string;
  /** Schema names from a PostgreSQL error: never values. */
  readonly table?: string;
  readonly column?: string;
  readonly constraint?: string;
  readonly stack?: string;
  readonly cause?: SafeError;
}

const MAX_MESSAGE = 400;
const MAX_FRAMES = 8;

/** The message without what follows "params:" (Drizzle) and with quoted values masked (PostgreSQL). */
export function safeMessage(message: string): string {
  let masked: string;
  if (message.startsWith('Failed query:')) {
    // Drizzle: the SQL (values are $1, $2…; "…" are identifiers) then the parameters, which are cut off.
    const cut = message.search(/\n\s*params:/);
    masked = (cut >= 0 ? message.slice(0, cut) : message).replace(/'[^']*'/g, "'…'");
  } else {
    // PostgreSQL and others quote the offending value: invalid input syntax for type integer: "…".
    masked = message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
  }
  return masked.length > MAX_MESSAGE ? `${masked.slice(0, MAX_MESSAGE)}…` : masked;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function safeError(err: unknown, depth = 0): SafeError {
  if (err === null || typeof err !== 'object') return { type: typeof err, message: safeMessage(String(err)) };
  const e = err as Record<string, unknown>;
  // DrizzleQueryError keeps name "Error": prefer the class name when it says more.
  const ctor = text((err as object).constructor?.name);
  const type = (ctor !== undefined && ctor !== 'Error' && ctor !== 'Object' ? ctor : text(e.name)) ?? 'Error';
  const out: {
    -readonly [K in keyof SafeError]: SafeError[K];
  } = { type, message: safeMessage(text(e.message) ?? '') };
  const code = typeof e.code === 'number' ? String(e.code) : text(e.code);
  if (code !== undefined) out.code = code;
  for (const k of ['table', 'column', 'constraint'] as const) {
    const v = text(e[k]);
    if (v !== undefined) out[k] = v;
  }
  // Frames only: the stack's first line repeats the message (parameters included).
  const frames = text(e.stack)
    ?.split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, MAX_FRAMES);
  if (frames !== undefined && frames.length > 0) out.stack = frames.map((l) => l.trim()).join('\n');
  if (e.cause !== undefined && e.cause !== null && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}
