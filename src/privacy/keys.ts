/**
 * The keys behind every stored customer key and anonymous contributor token (issue 18, docs/security.md
 * "The pepper"). Two layers, so that the pepper can be changed without the clear references:
 *
 * - inner: HMAC-SHA256 with the database's inner secret over the normalised reference (`email:a@b.c`) or the
 *   contributor (`checkin-contributor\n<team>\n<week>\n<agent>`). A database from before this scheme keeps its
 *   first pepper as the inner secret, so its stored hashes are exactly these inner values; a new database
 *   gets a random one. The inner secret is kept in `settings` only encrypted (AES-256-GCM) under a key
 *   derived from FLAG_PEPPER: a backup without the pepper cannot read it.
 * - outer: the inner value (32 bytes) encrypted with AES-256 (two ECB blocks, a keyed permutation of a
 *   pseudorandom value) under a key derived from FLAG_PEPPER with HKDF-SHA256: `holdline/flags/v1` for
 *   customer keys, `holdline/contributors/v1` for contributor tokens. That is what is stored.
 *
 * Rotating the pepper decrypts each stored value with the old outer key and encrypts it with the new one,
 * and re-encrypts the inner secret: one transaction, no clear reference needed, and the old pepper alone
 * finds nothing in the rotated data.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const INNER_SECRET_SETTING = 'customer_inner_secret';
const FLAGS_INFO = 'holdline/flags/v1';
const CONTRIBUTORS_INFO = 'holdline/contributors/v1';
const WRAP_INFO = 'holdline/inner-secret-wrap/v1';

const derive = (pepper: string, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', Buffer.from(pepper, 'utf8'), Buffer.alloc(0), info, 32));

function permute(key: Buffer, value: Buffer, forward: boolean): Buffer {
  if (value.length !== 32) throw new Error('not a 32-byte customer hash');
  const c = forward ? createCipheriv('aes-256-ecb', key, null) : createDecipheriv('aes-256-ecb', key, null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(value), c.final()]);
}

/** The inner secret, encrypted under the pepper for `settings` (`v1.<iv>.<tag>.<ciphertext>`, base64url). */
export function wrapInnerSecret(pepper: string, inner: Buffer): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', derive(pepper, WRAP_INFO), iv);
  const ct = Buffer.concat([c.update(inner), c.final()]);
  return ['v1', iv, c.getAuthTag(), ct].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The inner secret from `settings`; throws when this pepper did not wrap it. */
export function unwrapInnerSecret(pepper: string, wrapped: string): Buffer {
  const [v, iv = '', tag = '', ct = ''] = wrapped.split('.');
  if (v !== 'v1') throw new Error(`unknown inner secret format ${String(v)}`);
  const d = createDecipheriv('aes-256-gcm', derive(pepper, WRAP_INFO), Buffer.from(iv, 'base64url'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]);
}

/** A new database's inner secret. */
export const newInnerSecret = (): Buffer => randomBytes(32);

/** A database from before the two layers: its hashes were keyed with the pepper itself. */
export const legacyInnerSecret = (pepper: string): Buffer => Buffer.from(pepper, 'utf8');

export class CustomerKeys {
  private readonly flagsKey: Buffer;
  private readonly contributorsKey: Buffer;

  constructor(
    pepper: string,
    private readonly inner: Buffer,
  ) {
    this.flagsKey = derive(pepper, FLAGS_INFO);
    this.contributorsKey = derive(pepper, CONTRIBUTORS_INFO);
  }

  private mac(message: string): Buffer {
    return createHmac('sha256', this.inner).update(message).digest();
  }

  /** The stored key of a normalised reference (`<kind>:<value>`), hex. */
  customerKey(normalised: string): string {
    return this.sealCustomerKey(this.mac(normalised).toString('hex'));
  }

  /** The stored token of one anonymous contributor in a team-week, base64url. */
  contributorToken(team: string, week: string, agent: string): string {
    return this.sealToken(this.mac(`checkin-contributor\n${team}\n${week}\n${agent}`).toString('base64url'));
  }

  /** An inner value (as the old single-layer scheme stored it, hex) → the stored customer key. */
  sealCustomerKey(innerHex: string): string {
    return permute(this.flagsKey, Buffer.from(innerHex, 'hex'), true).toString('hex');
  }

  /** A stored customer key → its inner value (hex). */
  openCustomerKey(stored: string): string {
    return permute(this.flagsKey, Buffer.from(stored, 'hex'), false).toString('hex');
  }

  sealToken(innerB64: string): string {
    return permute(this.contributorsKey, Buffer.from(innerB64, 'base64url'), true).toString('base64url');
  }

  openToken(stored: string): string {
    return permute(this.contributorsKey, Buffer.from(stored, 'base64url'), false).toString('base64url');
  }
}
