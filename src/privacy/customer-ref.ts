/**
 * Customer references (e-mail, phone, account id) are normalised, then stored only as an HMAC
 * keyed with a secret pepper, plus a masked hint for humans. The clear value goes nowhere.
 *
 * Normalisation decides which spellings are one customer (docs/flags.md lists the rules):
 * - e-mail: lower-cased. Gmail only (gmail.com, googlemail.com): dots and a "+tag" in the local part
 *   are dropped, because Google delivers all of them to one mailbox. Other providers keep dots and
 *   tags: for them "a.b" and "ab" may really be two people, and a wrong merge is worse than a miss.
 * - phone: separators dropped; "00" and "+" both mean international. A national number (no country
 *   code) is read as a number of the default region (DEFAULT_PHONE_REGION) or calling code
 *   (DEFAULT_PHONE_COUNTRY) by libphonenumber-js, which drops the trunk prefix only where the country
 *   has one (Norway's "0" goes, Italy's "06…" keeps it); with neither configured it stays a national
 *   number and matches only the same national spelling.
 * - account id: anything else, lower-cased with spaces, hyphens, dots and underscores dropped. Prefix
 *   "account:" to force an all-digit reference to be read as an account id rather than a phone.
 */
import { createHmac } from 'node:crypto';
import { type CountryCode, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { cleanText } from '../engine/clean-text.ts';
import type { CustomerRef } from '../engine/index.ts';
import type { Pseudonymiser } from '../ports.ts';
import type { CustomerKeys } from './keys.ts';

export type ReferenceKind = 'email' | 'phone' | 'account';

export interface NormaliseOptions {
  /** Calling code given to national phone numbers, digits only (e.g. "47"); absent = keep them national. */
  readonly defaultCountry?: string | undefined;
  /** ISO 3166 region for national numbers (e.g. "IT"); wins over defaultCountry (which "+1" or "+44" cannot pin down). */
  readonly defaultRegion?: string | undefined;
}

const GMAIL = new Set(['gmail.com', 'googlemail.com']);

export function normaliseReference(
  raw: string,
  opts: NormaliseOptions = {},
): { kind: ReferenceKind; value: string } | null {
  const trimmed = cleanText(raw).normalize('NFKC').trim();
  if (trimmed === '') return null;
  const forced = /^(account|acct):\s*(.+)$/i.exec(trimmed);
  if (forced?.[2]) return account(forced[2]);
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return { kind: 'email', value: email(trimmed.toLowerCase()) };
  const phone = normalisePhone(trimmed, opts);
  if (phone !== null) return { kind: 'phone', value: phone };
  return account(trimmed);
}

function account(value: string): { kind: 'account'; value: string } | null {
  const v = value.toLowerCase().replace(/[\s\-._]+/g, '');
  return v === '' ? null : { kind: 'account', value: v };
}

function email(lower: string): string {
  const at = lower.lastIndexOf('@');
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  if (GMAIL.has(domain)) {
    local = (local.split('+')[0] ?? '').replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * "+47 912 34 567", "0047 91234567", "(+47) 912-34-567" → "+4791234567"; null when not a phone number.
 * libphonenumber-js knows each country's trunk prefix: Norway's national "0" goes, Italy's "06…" keeps its 0.
 */
function normalisePhone(text: string, opts: NormaliseOptions): string | null {
  if (!/^[\d\s().\-/+]+$/.test(text)) return null;
  const plus = /^\(?\+/.test(text);
  const digits = text.replace(/\D/g, '');
  if (plus || digits.startsWith('00')) {
    const international = plus ? digits : digits.slice(2);
    if (!/^[1-9]\d{6,14}$/.test(international)) return null;
    return e164(`+${international}`, {}) ?? `+${international}`;
  }
  if (!/^\d{5,15}$/.test(digits)) return null;
  const region = opts.defaultRegion?.toUpperCase() as CountryCode | undefined;
  if (region === undefined && opts.defaultCountry === undefined) return `national:${digits}`;
  const parsed = e164(
    digits,
    region !== undefined ? { defaultCountry: region } : { defaultCallingCode: opts.defaultCountry as string },
  );
  if (parsed !== null) return parsed;
  // Not a possible number there: the old rule (one trunk 0 dropped), so nothing that matched before stops matching.
  const code = region === undefined ? opts.defaultCountry : callingCodeOf(region);
  return `+${code}${digits.startsWith('0') ? digits.slice(1) : digits}`;
}

function e164(text: string, o: { defaultCountry?: CountryCode; defaultCallingCode?: string }): string | null {
  try {
    const n = parsePhoneNumberFromString(text, o);
    return n?.isPossible() ? n.number : null;
  } catch {
    return null;
  }
}

const callingCodeOf = (region: CountryCode): string => getCountryCallingCode(region);

export function maskReference(kind: ReferenceKind, value: string): string {
  if (kind === 'email') {
    const [local = '', domain = ''] = value.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  const tail = value.replace(/^national:/, '');
  return tail.length <= 4 ? '…' : `…${tail.slice(-4)}`;
}

/**
 * Customer references → stored keys. With the database's CustomerKeys (src/privacy/keys.ts: HKDF-derived,
 * rotatable), as Holdline and the CLI run; a bare pepper is the single-layer HMAC of before (unit tests).
 */
export class HmacPseudonymiser implements Pseudonymiser {
  constructor(
    private readonly keys: string | CustomerKeys,
    private readonly opts: NormaliseOptions = {},
  ) {
    if (typeof keys === 'string' && keys.length < 16)
      throw new Error('The customer pepper must be at least 16 characters');
  }

  pseudonymise(reference: string): CustomerRef | null {
    const n = normaliseReference(reference, this.opts);
    if (n === null) return null;
    const material = `${n.kind}:${n.value}`;
    const key =
      typeof this.keys === 'string'
        ? createHmac('sha256', this.keys).update(material).digest('hex')
        : this.keys.customerKey(material);
    return { key, hint: maskReference(n.kind, n.value) };
  }
}
