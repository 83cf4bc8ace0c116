/**
 * Issue 14 leftover: a page escalated to a new level reads as that level's first page ("Escalated to level
 * 2"), with no "Reminder 1"; reminders are counted per level ("Level 2, reminder 1").
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [
    { supervisors: ['slack:U0SUPER1'], ackTimeoutMinutes: 5, repeat: 1 },
    { supervisors: ['slack:U0SUPER2'], ackTimeoutMinutes: 5, repeat: 1 },
  ],
  channels: ['slack:C0PAGES'],
  security: [],
  legal: [],
};

const isPage = (c: RecordedCall): boolean =>
  ((c.args.blocks ?? []) as KnownBlock[]).some(
    (b) => b.type === 'actions' && (b.elements as { action_id?: string }[]).some((e) => e.action_id === 'hlp:ack'),
  );

describe.each(backends)('Slack page text per level ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('level 1, its reminder, level 2 first page, its reminder: each says where it stands', async () => {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.app.agents.setLimits(`slack:${AGENT}`, { minutes: 5, hostility: 5, complexity: 5 });
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    const channelPosts = () =>
      h.api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0PAGES' && isPage(c) && c.response?.ok);
    const nextPost = async (n: number, minutes: number) => {
      h.app.clock.advance(minutes * 60_000);
      return until(async () => {
        await h.tick();
        return channelPosts()[n - 1];
      }, `channel page ${n}`);
    };
    const first = String((await nextPost(1, 6)).args.text);
    expect(first).not.toMatch(/Reminder|Escalated|Level \d/);
    const reminder = String((await nextPost(2, 5)).args.text);
    expect(reminder).toContain('Reminder 1: still unacknowledged.');
    expect(reminder).not.toContain('Escalated');
    const level2 = String((await nextPost(3, 5)).args.text);
    expect(level2).toContain('Escalated to level 2: the previous level did not acknowledge.');
    expect(level2).not.toContain('Reminder');
    const level2Reminder = String((await nextPost(4, 5)).args.text);
    expect(level2Reminder).toContain('Level 2, reminder 1: still unacknowledged.');
    expect(level2Reminder).not.toContain('Escalated');
    expect(level2Reminder).not.toContain('Reminder 1');
  });
});
