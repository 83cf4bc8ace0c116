/**
 * Issue 18, pepper rotation and HKDF-derived keys (src/privacy/keys.ts). A database whose customer keys and
 * contributor tokens were made with the raw pepper keeps working: the first start re-keys them once.
 * `holdline pepper rotate` re-keys everything in one transaction: flags and sessions are found with the new
 * pepper, not the old one; anonymous contributors are not counted twice; the old pepper is refused at start.
 */
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import { openCustomerKeys, PepperMismatchError, pepperFingerprint, rotatePepper } from '../../src/privacy/pepper.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

// The pepper tests/helpers/app.ts hashes with (single-layer, as before HKDF).
const OLD = 'test-pepper-0123456789';
const NEW = 'brand-new-pepper-9876543210';
const REF = 'Jane.Doe@Example.com';
const MATERIAL = 'email:jane.doe@example.com';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1);
const legacyToken = (agent: string) =>
  createHmac('sha256', OLD).update(`checkin-contributor\nteam-a\n2026-W49\n${agent}`).digest('base64url');

describe.each(backends)('pepper rotation on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  const contributors = async () => (await store.care.checkinsForDigest('team-a', '2026-W49')).anonymousContributors;
  const addToken = (team: string, week: string, token: string) =>
    store.care.careTx((tx) => tx.addAnonymousContributor(team, week, token));
  const flagsWith = (key: string) => store.flagsFor(key, NOW, 10);

  /** Data made as before HKDF: the raw pepper keyed the session's customer, the flag and the tokens. */
  async function legacyData(): Promise<string> {
    const app = wire(store);
    const r = await app.sessions.start({
      agentId: 'slack:U1',
      surface: 'test',
      kind: 'vulgarity',
      channel: 'phone',
      locale: 'en',
      customerReference: REF,
    });
    if (!r.ok) throw new Error('no session');
    const legacyKey = new HmacPseudonymiser(OLD).pseudonymise(REF)?.key ?? '';
    expect(r.value.session.customer?.key).toBe(legacyKey);
    await store.insertFlag({
      id: 'flag-1',
      customerKey: legacyKey,
      hint: 'j***@example.com',
      kind: 'insult',
      teamId: 'team-a',
      agentId: 'slack:U1',
      sessionId: r.value.session.id,
      note: null,
      createdAt: NOW - DAY,
      expiresAt: NOW + 300 * DAY,
    });
    await addToken('team-a', '2026-W49', legacyToken('slack:U1'));
    await addToken('team-a', '2026-W49', legacyToken('slack:U2'));
    return legacyKey;
  }

  it('a database keyed with the raw pepper keeps working: the first start re-keys it once', async () => {
    const legacyKey = await legacyData();
    await store.putSetting('pepper_fingerprint', pepperFingerprint(OLD), NOW);
    const keys = await openCustomerKeys(store, OLD, NOW);
    const key = keys.customerKey(MATERIAL);
    expect(key).not.toBe(legacyKey);
    expect((await flagsWith(key)).map((f) => f.id)).toEqual(['flag-1']);
    expect(await flagsWith(legacyKey)).toEqual([]);
    expect(await store.sessionsForCustomer(key, { from: 0, to: NOW + DAY }, 10)).toHaveLength(1);
    // The same two people contribute again this week: still two.
    await addToken('team-a', '2026-W49', keys.contributorToken('team-a', '2026-W49', 'slack:U1'));
    await addToken('team-a', '2026-W49', keys.contributorToken('team-a', '2026-W49', 'slack:U2'));
    expect(await contributors()).toBe(2);
    // A second start (another instance) does not re-key again.
    const again = await openCustomerKeys(store, OLD, NOW + 1);
    expect(again.customerKey(MATERIAL)).toBe(key);
    expect(await flagsWith(key)).toHaveLength(1);
  });

  it('rotate re-keys flags, sessions and tokens in one go; the old pepper finds nothing and is refused', async () => {
    await legacyData();
    const before = await openCustomerKeys(store, OLD, NOW);
    const oldKey = before.customerKey(MATERIAL);

    const counts = await rotatePepper(store, OLD, NEW, { actor: 'console:admin', osUser: 'ops' }, NOW + 10);
    expect(counts).toEqual({ flags: 1, sessions: 1, contributors: 2 });

    const after = await openCustomerKeys(store, NEW, NOW + 20);
    const newKey = after.customerKey(MATERIAL);
    expect(newKey).not.toBe(oldKey);
    expect((await flagsWith(newKey)).map((f) => f.id)).toEqual(['flag-1']);
    expect(await flagsWith(oldKey)).toEqual([]);
    const [session] = await store.sessionsForCustomer(newKey, { from: 0, to: NOW + DAY }, 10);
    expect(session).toBeDefined();
    expect(JSON.stringify((await store.dump()).sessions)).toContain(newKey);
    expect(JSON.stringify((await store.dump()).sessions)).not.toContain(oldKey);
    // Contributors of this week are the same people under the new key: not counted twice.
    await addToken('team-a', '2026-W49', after.contributorToken('team-a', '2026-W49', 'slack:U1'));
    expect(await contributors()).toBe(2);

    // Starting with the old pepper is refused, with the message that says what to do.
    const old = openCustomerKeys(store, OLD, NOW + 30);
    await expect(old).rejects.toBeInstanceOf(PepperMismatchError);
    await expect(old).rejects.toThrow(/Rotating the pepper/);
    // Rotating again from the old pepper changes nothing.
    await expect(rotatePepper(store, OLD, NEW, { actor: 'x', osUser: null }, NOW + 40)).rejects.toBeInstanceOf(
      PepperMismatchError,
    );
    expect((await flagsWith(newKey)).map((f) => f.id)).toEqual(['flag-1']);

    const audit = await store.auditSince(0, null, 10);
    expect(audit.filter((a) => a.action === 'pepper.rotate')).toEqual([
      expect.objectContaining({ actor: 'console:admin', osUser: 'ops', count: 4, subject: pepperFingerprint(NEW) }),
    ]);
    const dump = JSON.stringify(await store.dump());
    expect(dump).not.toContain(OLD);
    expect(dump).not.toContain(NEW);
  });

  it('a new database gets keys of its own: not the raw pepper HMAC, stable across starts', async () => {
    const keys = await openCustomerKeys(store, NEW, NOW);
    const key = keys.customerKey(MATERIAL);
    expect(key).not.toBe(new HmacPseudonymiser(NEW).pseudonymise(REF)?.key);
    expect((await openCustomerKeys(store, NEW, NOW + 1)).customerKey(MATERIAL)).toBe(key);
    // Flags and contributor tokens are keyed apart (HKDF info), even for the same material.
    expect(keys.contributorToken('a', 'b', 'c')).not.toBe(keys.customerKey('checkin-contributor\na\nb\nc'));
  });
});
