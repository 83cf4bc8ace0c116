/**
 * Customer references (e-mail, phone, account id) are normalised, then stored only as an HMAC
 * keyed with a secret pepper, plus a masked hint for humans. The clear value goes nowhere.
 */
import { createHmac } from 'node:crypto';
import type { CustomerRef } from '../engine/index.ts';
import type { Pseudonymiser } from '../ports.ts';

export type ReferenceKind = 'email' | 'phone' | 'account';

export function normaliseReference(raw: string): { kind: ReferenceKind; value: string } | null {
  const trimmed = raw.normalize('NFKC').trim();
  if (trimmed === '') return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return { kind: 'email', value: trimmed.toLowerCase() };
  const digits = trimmed.replace(/[\s().\-/]/g, '');
  if (/^\+?\d{7,15}$/.test(digits)) {
    const international = digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
    return { kind: 'phone', value: international };
  }
  return { kind: 'account', value: trimmed.toLowerCase().replace(/\s+/g, '') };
}

export function maskReference(kind: ReferenceKind, value: string): string {
  if (kind === 'email') {
    const [local = '', domain = ''] = value.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return value.length <= 4 ? '…' : `…${value.slice(-4)}`;
}

export class HmacPseudonymiser implements Pseudonymiser {
  constructor(private readonly pepper: string) {
    if (pepper.length < 16) throw new Error('The customer pepper must be at least 16 characters');
  }

  pseudonymise(reference: string): CustomerRef | null {
    const n = normaliseReference(reference);
    if (n === null) return null;
    const key = createHmac('sha256', this.pepper).update(`${n.kind}:${n.value}`).digest('hex');
    return { key, hint: maskReference(n.kind, n.value) };
  }
}
