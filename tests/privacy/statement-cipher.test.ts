/** The statement cipher (issue 20): AES-256-GCM with its own key, bound to its row, rotation by key id. */
import { expect, it } from 'vitest';
import { keyIdOf, parseStatementKey, StatementCipher } from '../../src/privacy/statement-cipher.ts';

const A = Buffer.alloc(32, 1);
const B = Buffer.alloc(32, 2);

it('parses 32-byte keys as hex or base64 (standard or url-safe), and nothing else', () => {
  expect(parseStatementKey(A.toString('hex'))).toEqual(A);
  expect(parseStatementKey(A.toString('base64'))).toEqual(A);
  expect(parseStatementKey(Buffer.alloc(32, 251).toString('base64url'))).toEqual(Buffer.alloc(32, 251));
  for (const bad of ['', 'short', A.toString('hex').slice(2), Buffer.alloc(16).toString('base64'), 'x'.repeat(64)])
    expect(parseStatementKey(bad)).toBeNull();
});

it('seals with a fresh IV each time; opens only with the same row binding, untampered', () => {
  const c = new StatementCipher(A);
  const one = c.seal('I will sue you', 'row-1');
  const two = c.seal('I will sue you', 'row-1');
  expect(one.sealed).not.toBe(two.sealed);
  expect(one.sealed).not.toContain('sue');
  expect(one.keyId).toBe(keyIdOf(A));
  expect(c.open(one, 'row-1')).toBe('I will sue you');
  expect(c.open(one, 'row-2')).toBeNull(); // copied onto another row: does not open
  const [v, iv, tag, body] = one.sealed.split('.');
  const flipped = `${v}.${iv}.${tag}.${(body ?? '').slice(0, -2)}${(body ?? '').endsWith('A') ? 'B' : 'A'}${(body ?? '').slice(-1)}`;
  expect(c.open({ ...one, sealed: flipped }, 'row-1')).toBeNull();
});

it('after rotation the new key seals, the previous one still opens old rows, an unknown key opens nothing', () => {
  const old = new StatementCipher(A).seal('before rotation', 'r');
  const rotated = new StatementCipher(B, [A]);
  expect(rotated.keyId).toBe(keyIdOf(B));
  expect(rotated.open(old, 'r')).toBe('before rotation');
  expect(new StatementCipher(B).open(old, 'r')).toBeNull();
});

it('config: a bad STATEMENT_KEY stops start-up naming the key; a good one and its default retention load', async () => {
  const { loadConfig } = await import('../../src/config.ts');
  expect(() => loadConfig({ STATEMENT_KEY: 'not-a-key' })).toThrow(/STATEMENT_KEY: must be 32 bytes/);
  expect(() => loadConfig({ STATEMENT_KEY_PREVIOUS: `${A.toString('hex')},nope` })).toThrow(/STATEMENT_KEY_PREVIOUS/);
  const c = loadConfig({ STATEMENT_KEY: A.toString('base64') });
  expect(c.STATEMENT_RETENTION_DAYS).toBe(365);
  expect(loadConfig({}).STATEMENT_KEY).toBeUndefined();
});
