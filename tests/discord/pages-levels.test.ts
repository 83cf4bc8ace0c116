/**
 * Issue 14 leftover on Discord: a page escalated to a new level reads as that level's first page
 * ("Escalated to level 2"), with no "Reminder 1"; reminders are counted per level ("Level 2, reminder 1").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const PAGE_CHANNEL = '1100000000000000777';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [
    { supervisors: [`discord:${userObject({ username: 'sam' }).id}`], ackTimeoutMinutes: 5, repeat: 1 },
    { supervisors: [`discord:${userObject({ username: 'kim' }).id}`], ackTimeoutMinutes: 5, repeat: 1 },
  ],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};

describe.each(backends)('Discord page text per level on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  const channelPages = () =>
    h.fake.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${PAGE_CHANNEL}/messages` &&
        customIds(r).some((id) => id.startsWith('hl:page:')),
    );
  const description = (n: number): string => String(bodyOf(channelPages()[n - 1] as never).embeds?.[0]?.description);

  it('level 1, its reminder, level 2 first page, its reminder: each says where it stands', async () => {
    await h.app.agents.setLimits(`discord:${agent.id}`, { minutes: 1, hostility: 5, complexity: 5 });
    await h.interact(complaint(agent, { kind: 'insult', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    const step = async (minutes: number) => {
      h.app.clock.advance(minutes * 60_000);
      await h.deliver();
      await h.deliver();
    };
    await step(1.1);
    await step(5);
    await step(5);
    await step(5);
    expect(channelPages()).toHaveLength(4);
    expect(description(1)).not.toMatch(/Reminder|Escalated|Level \d/);
    expect(description(2)).toContain('Reminder 1: still unacknowledged.');
    expect(description(2)).not.toContain('Escalated');
    expect(description(3)).toContain('Escalated to level 2: the previous level did not acknowledge.');
    expect(description(3)).not.toContain('Reminder');
    expect(description(4)).toContain('Level 2, reminder 1: still unacknowledged.');
    expect(description(4)).not.toContain('Escalated');
    expect(description(4)).not.toContain('Reminder 1');
  });
});
