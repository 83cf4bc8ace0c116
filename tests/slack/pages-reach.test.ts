/**
 * Issue 15: a page reaches everyone it can. The first supervisor cannot be reached (Slack refuses the DM
 * for good); the second supervisor and the channel still get the page at once, the channel post names who
 * was missed, and the agent is not told the page is failing.
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const SUP1 = 'U0SUPGONE';
const SUP2 = 'U0SUPHERE';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`slack:${SUP1}`, `slack:${SUP2}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['slack:C0PAGES'],
  security: [],
  legal: [],
};

const isPage = (c: RecordedCall) =>
  ((c.args.blocks ?? []) as KnownBlock[]).some(
    (b) => b.type === 'actions' && (b.elements as { action_id: string }[]).some((e) => e.action_id === 'hlp:ack'),
  );

describe.each(backends)('Slack pages reach whoever can be reached ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  async function crossLimit() {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.app.agents.setLimits(`slack:${AGENT}`, { minutes: 5, hostility: 5, complexity: 5 });
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    h.app.clock.advance(6 * 60_000);
  }

  it('first supervisor unreachable: the second supervisor and the channel are paged within 3 s, the miss is named', async () => {
    await crossLimit();
    h.api.failWhen('conversations.open', (a) => a.users === SUP1, { error: 'user_disabled' });
    const started = Date.now();
    await h.tick(); // the time check: the limit is crossed and the page committed
    const pages = await until(async () => {
      await h.tick();
      const posted = h.api.callsTo('chat.postMessage').filter((c) => isPage(c) && c.response?.ok);
      return posted.length >= 2 ? posted : null;
    }, 'the page to the second supervisor and the channel');
    expect(Date.now() - started).toBeLessThan(3000);
    const dm2 = await h.api.waitForCall('conversations.open', (c) => c.args.users === SUP2);
    const dm2Channel = (dm2.response?.channel as { id: string } | undefined)?.id;
    expect(pages.map((p) => p.args.channel).sort()).toEqual(['C0PAGES', dm2Channel].sort());
    // Channel first, then each person.
    expect(pages[0]?.args.channel).toBe('C0PAGES');

    // The channel post is edited to say who could not be reached, as a mention.
    const note = await h.api.waitForCall('chat.update', (c) => c.args.channel === 'C0PAGES');
    expect(JSON.stringify(note.args.blocks)).toContain(`Could not reach <@${SUP1}>: account not found or deactivated.`);
    expect(isPage(note)).toBe(true);

    // Delivered: the outbox is done with it, and the agent hears nothing about a failing page.
    for (let i = 0; i < 3; i++) await h.tick();
    expect(h.texts().some((t) => t.includes('not getting through') || t.includes('could not deliver'))).toBe(false);
    const stats = await store.unreachableSince(0);
    expect(stats).toEqual([{ teamId: 'team-a', to: `slack:${SUP1}`, reason: 'not_found', pages: 1 }]);
  });

  it('nobody reachable: given up at once and the agent is told to call directly', async () => {
    await crossLimit();
    h.api.failWhen('conversations.open', () => true, { error: 'user_disabled' });
    h.api.failWhen('chat.postMessage', (a) => a.channel === 'C0PAGES', { error: 'not_in_channel' });
    await h.tick();
    await until(async () => {
      await h.tick();
      return h.texts().some((t) => t.includes('could not deliver your page'));
    }, 'the agent told');
  });
});
