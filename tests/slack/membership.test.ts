/**
 * Issue 18: with a team file, only its members start sessions. Anyone else who types /complaint gets
 * a sentence naming whom to ask, and nothing is started (no session, no page).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const STRANGER = 'U0GUEST77';

describe('Slack membership (issue 18)', () => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('a member starts a session; someone outside the team file is told whom to ask and starts nothing', async () => {
    h = await startHarness(store, {
      membership: { isMember: (p) => p === `slack:${AGENT}`, whoToAsk: () => ['slack:U0SAM'] },
    });
    const refused = await h.command('insult chat', { user_id: STRANGER });
    expect(refused.status).toBe(200);
    const sentence = text('en', 'error.not_a_member', { who: 'slack:U0SAM' });
    await until(
      () => h.api.callsTo('chat.postMessage').find((c) => String(c.args.text).includes('Ask slack:U0SAM to add you')),
      'the refusal',
    );
    expect(sentence).toContain('slack:U0SAM');
    const theirs = await h.app.sessions.current(`slack:${STRANGER}`);
    expect(theirs.ok && theirs.value).toBeNull();

    await h.command('insult chat');
    await until(() => h.session(), 'the member’s session');
  });
});
