import { describe, expect, it } from 'vitest';
import { HmacPseudonymiser, normaliseReference } from '../../src/privacy/customer-ref.ts';

const norway = new HmacPseudonymiser('test-pepper-0123456789', { defaultCountry: '47' });
const noDefault = new HmacPseudonymiser('test-pepper-0123456789');
const key = (p: HmacPseudonymiser, ref: string) => p.pseudonymise(ref)?.key;

describe('customer reference normalisation', () => {
  it.each([
    ['one phone, many spellings', ['+47 912 34 567', '0047 91234567', '(+47) 912-34-567', '+4791234567', '912 34 567']],
    ['international prefixes', ['+44 7700 900123', '0044 7700 900123', '+44-7700-900-123']],
    ['e-mail case and spaces', ['Jane.Doe@Example.com', '  jane.doe@example.COM ']],
    ['gmail dots and tags', ['jane.doe@gmail.com', 'JaneDoe@gmail.com', 'janedoe+shop@googlemail.com']],
    ['account id case, spaces, hyphens', ['AB-123 456', 'ab123456', ' Ab 123-456 ']],
    ['forced account prefix', ['account: 12345678', 'ACCT:12345678']],
  ])('%s map to one key', (_name, spellings) => {
    const keys = new Set(spellings.map((s) => key(norway, s)));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['different phones', '+47 912 34 567', '+47 912 34 568'],
    ['same digits, other country', '+47 912 34 567', '+46 912 34 567'],
    ['dots matter outside gmail', 'jane.doe@example.com', 'janedoe@example.com'],
    ['tags matter outside gmail', 'jane+x@example.com', 'jane@example.com'],
    ['different e-mails', 'jane@example.com', 'jane@example.org'],
    ['a digit account is not the phone', 'account:91234567', '91234567'],
    ['different accounts', 'AB-123456', 'AB-123457'],
  ])('%s do not collide', (_name, a, b) => {
    expect(key(norway, a)).not.toBe(key(norway, b));
  });

  it('a national number drops its trunk 0 and takes the default calling code', () => {
    const uk = new HmacPseudonymiser('test-pepper-0123456789', { defaultCountry: '44' });
    expect(key(uk, '07700 900123')).toBe(key(uk, '+44 7700 900123'));
    expect(key(uk, '07700 900123')).not.toBe(key(norway, '07700 900123'));
  });

  it('without a default country, a national number matches only itself', () => {
    expect(key(noDefault, '912 34 567')).toBe(key(noDefault, '91234567'));
    expect(key(noDefault, '912 34 567')).not.toBe(key(noDefault, '+47 912 34 567'));
    expect(normaliseReference('912 34 567')).toEqual({ kind: 'phone', value: 'national:91234567' });
  });

  it('masks the hint and keeps no clear value', () => {
    expect(norway.pseudonymise('Jane.Doe@Example.com')?.hint).toBe('j***@example.com');
    expect(norway.pseudonymise('(+47) 912-34-567')?.hint).toBe('…4567');
    expect(norway.pseudonymise('AB-987654321')?.hint).toBe('…4321');
    expect(JSON.stringify(norway.pseudonymise('+47 912 34 567'))).not.toMatch(/91234567|912 34 567/);
    expect(norway.pseudonymise('   ')).toBeNull();
  });

  it('a different pepper gives different keys (rotation orphans old flags)', () => {
    const other = new HmacPseudonymiser('another-pepper-987654', { defaultCountry: '47' });
    expect(key(other, '+4791234567')).not.toBe(key(norway, '+4791234567'));
  });
});

describe('phone numbers by region (libphonenumber-js)', () => {
  const italy = new HmacPseudonymiser('test-pepper-0123456789', { defaultRegion: 'IT' });
  it('an Italian national number keeps its leading 0 (it is part of the number, not a trunk prefix)', () => {
    expect(normaliseReference('06 1234 5678', { defaultRegion: 'IT' })).toEqual({
      kind: 'phone',
      value: '+390612345678',
    });
    expect(key(italy, '06 1234 5678')).toBe(key(italy, '+39 06 1234 5678'));
  });
  it('a Norwegian-style trunk 0 is still dropped where the country has one', () => {
    expect(normaliseReference('07700 900123', { defaultRegion: 'GB' })?.value).toBe('+447700900123');
    expect(normaliseReference('912 34 567', { defaultCountry: '47' })?.value).toBe('+4791234567');
  });
  it('the same with a calling code instead of a region', () => {
    expect(normaliseReference('06 1234 5678', { defaultCountry: '39' })?.value).toBe('+390612345678');
  });
});
