/**
 * The secret that keys customer hashes. Production requires FLAG_PEPPER (config refuses to start
 * without it), and so does any deployment with a chat adapter (Slack or Discord): a generated pepper
 * would sit in the data folder beside the hashes it protects, so one backup would hold both. Only the
 * terminal on the embedded database gets a random pepper created once inside the data folder, so a
 * demo needs no setup and hashes stay stable across restarts.
 *
 * The database remembers the pepper's fingerprint (a keyed hash of a fixed label, not the pepper): a
 * different pepper at the next start is refused, since it would silently orphan every flag and count
 * anonymous contributors twice.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { KeyState, Logger, RekeyCounts, RekeyPlan } from '../ports.ts';
import {
  CustomerKeys,
  INNER_SECRET_SETTING,
  legacyInnerSecret,
  newInnerSecret,
  unwrapInnerSecret,
  wrapInnerSecret,
} from './keys.ts';

export function loadPepper(config: Config, log: Logger): string {
  if (config.FLAG_PEPPER) return config.FLAG_PEPPER;
  if (config.DATABASE_URL)
    throw new Error(
      'FLAG_PEPPER must be set when using DATABASE_URL: every instance must hash customer references with the same secret.',
    );
  if (config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN)
    throw new Error(
      'FLAG_PEPPER must be set when Slack or Discord is configured: a pepper generated in the data folder would sit beside the hashes it protects (one backup would hold both). Generate one (e.g. `openssl rand -base64 32`), keep it outside the data folder, and set FLAG_PEPPER.',
    );
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  const file = join(config.DATA_DIR, 'pepper.secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    log.warn({ file }, 'FLAG_PEPPER is not set: created a development pepper in the data folder');
  }
  return readFileSync(file, 'utf8').trim();
}

export const PEPPER_SETTING = 'pepper_fingerprint';

/** What the database keeps about the pepper: an HMAC of a fixed label, from which the pepper cannot be had. */
export const pepperFingerprint = (pepper: string): string =>
  createHmac('sha256', pepper).update('holdline pepper fingerprint v1').digest('hex').slice(0, 16);

export class PepperMismatchError extends Error {
  constructor(stored: string, given: string) {
    super(
      `FLAG_PEPPER is not the pepper this database's customer hashes were made with (stored fingerprint ${stored}, this pepper's ${given}). Holdline will not start with it: every flag would be orphaned and anonymous contributors counted twice. Set the original FLAG_PEPPER back; to change it deliberately, see docs/security.md, "Rotating the pepper".`,
    );
    this.name = 'PepperMismatchError';
  }
}

/** Rotation on a database that has never recorded its pepper's fingerprint (start Holdline once first). */
export class PepperUnknownError extends Error {
  constructor() {
    super('this database has no pepper fingerprint yet');
    this.name = 'PepperUnknownError';
  }
}

/** Records the pepper's fingerprint on first use; throws PepperMismatchError when another one is stored. */
export async function checkPepper(
  store: { claimSetting(key: string, value: string, now: number): Promise<string> },
  pepper: string,
  now: number,
): Promise<void> {
  const mine = pepperFingerprint(pepper);
  const stored = await store.claimSetting(PEPPER_SETTING, mine, now);
  if (stored !== mine) throw new PepperMismatchError(stored, mine);
}

/** What the key checks need of the store (DrizzleStore). */
export interface KeyStore {
  claimSetting(key: string, value: string, now: number): Promise<string>;
  rekeyCustomerData(
    keys: readonly string[],
    plan: (state: KeyState) => RekeyPlan | null,
    now: number,
  ): Promise<RekeyCounts | null>;
}

const KEY_SETTINGS = [PEPPER_SETTING, INNER_SECRET_SETTING] as const;

/**
 * The keys for this database and pepper (src/privacy/keys.ts). Checks the fingerprint (a different pepper
 * throws PepperMismatchError); the first start under the two-layer scheme re-keys what is stored in one
 * transaction: a database with hashes keeps the pepper as its inner secret (so they stay valid), a new
 * one gets a random inner secret.
 */
export async function openCustomerKeys(store: KeyStore, pepper: string, now: number): Promise<CustomerKeys> {
  await checkPepper(store, pepper, now);
  let keys: CustomerKeys | null = null;
  await store.rekeyCustomerData(
    KEY_SETTINGS,
    (state) => {
      const stored = state.settings[PEPPER_SETTING];
      if (stored !== undefined && stored !== pepperFingerprint(pepper))
        throw new PepperMismatchError(stored, pepperFingerprint(pepper));
      const wrapped = state.settings[INNER_SECRET_SETTING];
      if (wrapped !== undefined) {
        keys = new CustomerKeys(pepper, unwrapInnerSecret(pepper, wrapped));
        return null;
      }
      const inner = state.hasRows ? legacyInnerSecret(pepper) : newInnerSecret();
      const k = new CustomerKeys(pepper, inner);
      keys = k;
      // Stored values are the old single-layer hashes: exactly the inner values.
      return {
        customerKey: (v) => sealOr(v, (x) => k.sealCustomerKey(x)),
        token: (v) => sealOr(v, (x) => k.sealToken(x)),
        settings: { [INNER_SECRET_SETTING]: wrapInnerSecret(pepper, inner) },
      };
    },
    now,
  );
  if (keys === null) throw new Error('customer keys not opened');
  return keys;
}

/** A value that is not a 32-byte hash (hand-made test rows) is left as it is. */
function sealOr(value: string, f: (v: string) => string): string {
  try {
    return f(value);
  } catch {
    return value;
  }
}

/**
 * `holdline pepper rotate`: every stored customer key and contributor token re-keyed from `from` to `to`,
 * the inner secret re-encrypted and the fingerprint replaced, audited — one transaction. Throws
 * PepperMismatchError when `from` is not the pepper the database has.
 */
export async function rotatePepper(
  store: KeyStore,
  from: string,
  to: string,
  who: { actor: string; osUser: string | null },
  now: number,
): Promise<RekeyCounts> {
  // Only a database that knows its pepper: one without a fingerprint would take any `from` as right.
  await store.rekeyCustomerData(
    KEY_SETTINGS,
    (state) => {
      if (state.settings[PEPPER_SETTING] === undefined) throw new PepperUnknownError();
      return null;
    },
    now,
  );
  // A database never opened under the two-layer scheme is converted first (with the old pepper).
  await openCustomerKeys(store, from, now);
  const counts = await store.rekeyCustomerData(
    KEY_SETTINGS,
    (state) => {
      const stored = state.settings[PEPPER_SETTING];
      if (stored !== pepperFingerprint(from)) throw new PepperMismatchError(stored ?? '-', pepperFingerprint(from));
      const inner = unwrapInnerSecret(from, state.settings[INNER_SECRET_SETTING] ?? '');
      const old = new CustomerKeys(from, inner);
      const next = new CustomerKeys(to, inner);
      return {
        customerKey: (v) => sealOr(v, (x) => next.sealCustomerKey(old.openCustomerKey(x))),
        token: (v) => sealOr(v, (x) => next.sealToken(old.openToken(x))),
        settings: { [PEPPER_SETTING]: pepperFingerprint(to), [INNER_SECRET_SETTING]: wrapInnerSecret(to, inner) },
        audit: {
          at: now,
          actor: who.actor,
          action: 'pepper.rotate',
          osUser: who.osUser,
          subject: pepperFingerprint(to),
        },
      };
    },
    now,
  );
  if (counts === null) throw new Error('pepper rotation did nothing');
  return counts;
}
