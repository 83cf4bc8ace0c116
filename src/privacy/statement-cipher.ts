/**
 * Sealing threat statements (issue 20): AES-256-GCM with its own key (STATEMENT_KEY, 32 bytes as base64
 * or hex), never the pepper. Each statement gets a fresh 96-bit IV; the statement's id and session are
 * bound in as additional data, so a sealed text copied onto another row does not open. The key's id (an
 * HMAC of a fixed label, the key cannot be had from it) is stored beside each row, so a rotated key
 * (STATEMENT_KEY_PREVIOUS) still opens the rows it sealed.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const VERSION = 'v1';

/** Parses a 32-byte key written as base64 (44 characters) or hex (64); null when it is neither. */
export function parseStatementKey(text: string): Buffer | null {
  const v = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(v)) {
    const b = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return b.length === 32 ? b : null;
  }
  return null;
}

/** The key's public name: 16 hex digits of HMAC-SHA256(key, label). */
export const keyIdOf = (key: Buffer): string =>
  createHmac('sha256', key).update('holdline/statement-key-id/v1').digest('hex').slice(0, 16);

export interface Sealed {
  readonly keyId: string;
  readonly sealed: string;
}

export class StatementCipher {
  private readonly current: { id: string; key: Buffer };
  private readonly byId = new Map<string, Buffer>();

  /** `key` seals new statements; `previous` keys only open old ones (rotation). */
  constructor(key: Buffer, previous: readonly Buffer[] = []) {
    if (key.length !== 32) throw new Error('STATEMENT_KEY must be 32 bytes');
    this.current = { id: keyIdOf(key), key };
    for (const k of [key, ...previous]) this.byId.set(keyIdOf(k), k);
  }

  get keyId(): string {
    return this.current.id;
  }

  seal(plain: string, aad: string): Sealed {
    const iv = randomBytes(IV_BYTES);
    const c = createCipheriv('aes-256-gcm', this.current.key, iv);
    c.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    const parts = [iv, c.getAuthTag(), body].map((b) => b.toString('base64url'));
    return { keyId: this.current.id, sealed: [VERSION, ...parts].join('.') };
  }

  /** The clear text; null when the key that sealed it is not configured, or the text was altered. */
  open(s: Sealed, aad: string): string | null {
    const key = this.byId.get(s.keyId);
    const [version, iv, tag, body] = s.sealed.split('.');
    if (key === undefined || version !== VERSION || iv === undefined || tag === undefined || body === undefined)
      return null;
    try {
      const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      d.setAAD(Buffer.from(aad, 'utf8'));
      d.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([d.update(Buffer.from(body, 'base64url')), d.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
