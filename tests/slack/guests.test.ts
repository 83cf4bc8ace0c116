/**
 * Issue 18: Slack guest accounts (users.info is_restricted / is_ultra_restricted) are refused with one
 * sentence naming whom to ask, unless SLACK_ALLOW_GUESTS; a full member works as before. Real Bolt against
 * the fake Web API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GUEST_CACHE_MS, GuestCache } from '../../adapters/slack/guests.ts';
import { text } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const GUEST = 'U0GUEST01';
const SINGLE = 'U0GUEST02';
const users = { [GUEST]: { is_restricted: true }, [SINGLE]: { is_ultra_restricted: true } };

describe('Slack guest accounts (issue 18)', () => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it("a guest's /complaint is refused with whom to ask and starts nothing; a full member's works", async () => {
    h = await startHarness(store, { users });
    for (const user of [GUEST, SINGLE]) {
      const refused = await h.command('insult chat', { user_id: user });
      expect(refused.status).toBe(200);
      const body = JSON.parse(refused.text) as { response_type: string; text: string };
      expect(body).toEqual({ response_type: 'ephemeral', text: text('en', 'slack.guest_not_allowed') });
      expect(body.text).toContain('Slack workspace administrator');
      const theirs = await h.app.sessions.current(`slack:${user}`);
      expect(theirs.ok && theirs.value).toBeNull();
    }
    // Other commands too (a guest gets no /flag, /checkin or /limits either).
    const flag = JSON.parse((await h.command('lookup a@b.example', { command: '/flag', user_id: GUEST })).text);
    expect(flag.text).toBe(text('en', 'slack.guest_not_allowed'));
    // The answer is kept: a second command from the same guest asks Slack no more.
    expect(h.api.callsTo('users.info').filter((c) => c.args.user === GUEST)).toHaveLength(1);

    await h.command('insult chat');
    await until(() => h.session(), 'the member’s session');
    expect(h.api.callsTo('views.open')).toHaveLength(0);
  });

  it('with SLACK_ALLOW_GUESTS the guest starts a session', async () => {
    h = await startHarness(store, { users, allowGuests: true });
    await h.command('insult chat', { user_id: GUEST });
    await until(async () => {
      const r = await h.app.sessions.current(`slack:${GUEST}`);
      return r.ok ? r.value : null;
    }, 'the guest’s session');
  });

  it('a failed lookup refuses with "try again" (fail closed) and is not kept', async () => {
    h = await startHarness(store, { users });
    h.api.failWhen('users.info', (a) => a.user === AGENT, { error: 'ratelimited' });
    const refused = JSON.parse((await h.command('insult chat')).text) as { text: string };
    expect(refused.text).toBe(text('en', 'error.internal'));
    expect(await h.session()).toBeNull();
  });
});

describe('GuestCache', () => {
  it('asks once for concurrent lookups, keeps the answer for its TTL, then asks again', async () => {
    let now = 0;
    let asked = 0;
    let release: (v: boolean) => void = () => {};
    const cache = new GuestCache(
      () =>
        new Promise<boolean>((r) => {
          asked++;
          release = r;
        }),
      () => now,
    );
    const both = Promise.all([cache.isGuest('U1'), cache.isGuest('U1')]);
    release(true);
    expect(await both).toEqual([true, true]);
    expect(asked).toBe(1);
    now += GUEST_CACHE_MS - 1;
    expect(await cache.isGuest('U1')).toBe(true);
    expect(asked).toBe(1);
    now += 1;
    const again = cache.isGuest('U1');
    release(false);
    expect(await again).toBe(false);
    expect(asked).toBe(2);
  });
});
