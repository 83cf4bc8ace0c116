/**
 * Issue 18, Slack boundaries, through real Bolt and the fake Web API: a request signed more than five
 * minutes ahead is refused; care buttons answer only the agent they were offered to; an unknown
 * `hlc:` action is acknowledged with a sentence; a NUL in a check-in note is dropped, not a failure.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../src/engine/index.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import { checkins } from '../../src/store/schema.ts';
import {
  blockActionPayload,
  interactionBody,
  postToBolt,
  signedHeaders,
  slashCommandBody,
} from '../fakes/slack/sign.ts';
import { backends } from '../helpers/store.ts';
import { type CareHarness, startCareHarness } from './care-harness.ts';
import { AGENT, SECRET, until } from './harness.ts';

const OTHER = 'U0OTHER9';
const PEER = 'C0PEERS';

describe('Slack boundaries (issue 18)', () => {
  let store: DrizzleStore;
  let h: CareHarness;
  beforeEach(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('refuses a request signed more than five minutes in the future (401), accepts one signed now', async () => {
    h = await startCareHarness(store);
    const url = h.slack.url ?? '';
    const body = slashCommandBody({ command: '/checkin' });
    const ahead = Math.floor(Date.now() / 1000) + 6 * 60;
    const future = await postToBolt(url, body, signedHeaders(SECRET, body, ahead));
    expect(future.status).toBe(401);
    expect(h.api.callsTo('views.open')).toHaveLength(0);
    const slightlyAhead = await postToBolt(url, body, signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) + 60));
    expect(slightlyAhead.status).toBe(200);
  });

  it('a care button clicked by someone else than the agent it was offered to does nothing but say so', async () => {
    h = await startCareHarness(store, { peerChannel: PEER });
    await h.closeSession('resolved');
    const offer = h.messageWith('hlc:talk');
    const updatesBefore = h.api.callsTo('chat.update').length;
    const res = await h.click('hlc:talk', OTHER);
    expect(res.status).toBe(200);
    const otherDm = await until(() => h.dmOf(OTHER), 'a DM to the other user');
    await h.api.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === otherDm && c.args.text === text('en', 'slack.care.not_yours'),
    );
    expect(h.postsTo(PEER)).toHaveLength(0);
    expect(h.api.callsTo('chat.update')).toHaveLength(updatesBefore);
    expect(h.messageWith('hlc:talk')).toBe(offer);
    // The owner's own click still works.
    await h.click('hlc:talk');
    await h.tick();
    await until(() => h.postsTo(PEER).length === 1, 'the buddy ping');
  });

  it('an unknown hlc: action is acknowledged at once with the unknown-button sentence', async () => {
    h = await startCareHarness(store);
    const body = interactionBody(blockActionPayload({ actionId: 'hlc:frobnicate', userId: AGENT, value: 'en' }));
    const res = await Promise.race([
      h.post(body),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2_000)),
    ]);
    expect(res.status).toBe(200);
    await h.api.waitForCall('chat.postMessage', (c) => c.args.text === text('en', 'slack.unknown_action'));
  });

  it('a NUL and other control characters in a check-in note are dropped; the check-in is saved', async () => {
    h = await startCareHarness(store);
    await h.command('/checkin');
    const open = await h.api.waitForCall('views.open', (c) => JSON.stringify(c.args.view).includes('hl_checkin'));
    const res = await h.submit({
      callbackId: 'hl_checkin',
      privateMetadata: (open.args.view as { private_metadata: string }).private_metadata,
      userId: AGENT,
      values: {
        mood: {
          mood: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: '3' }, value: '3' } },
        },
        note: { note: { type: 'plain_text_input', value: 'long\u0000 day\u0007\u001b[31m' } },
        where: {
          where: {
            type: 'radio_buttons',
            selected_option: { text: { type: 'plain_text', text: 'p' }, value: 'private' },
          },
        },
      },
    });
    expect(res.status).toBe(200);
    const saved = await until(async () => {
      const rows = (await (store as unknown as { db: Db }).db.select().from(checkins)) as { note: string | null }[];
      return rows[0];
    }, 'the check-in row');
    expect(saved.note).toBe('long day[31m');
    expect(h.api.callsTo('chat.postMessage').some((c) => c.args.text === text('en', 'error.internal'))).toBe(false);
  });
});
