/**
 * "Every agent-facing notice names the contact it is about" on Discord (issue 14), through the real
 * discord.js Client and the fake Discord: a supervisor's answer names the contact with its start time as
 * <t:…:t> (each reader's own time zone); a notice from the agent's own key does not.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, click, complaint, customIds, dmMessage, findId } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const supervisor = userObject({ username: 'sam' });
const agentId = `discord:${agent.id}`;
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['discord:1100000000000000777'],
  security: ['discord:1100000000000000666'],
  legal: [],
};

describe.each(backends)('Discord notices name the contact on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  const contents = (channel: string) =>
    h.fake.requests
      .filter((r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)
      .map((r) => String(bodyOf(r).content ?? ''));

  it('an acknowledgement names the contact with <t:…:t>; the agent’s own notices do not', async () => {
    await h.interact(complaint(agent, { kind: 'insult', customer: 'C-1', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    const current = await h.app.sessions.current(agentId);
    if (!current.ok || current.value === null) throw new Error('no session');
    const session = current.value;
    const message = await dmMessage(h, session.id);
    const first = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`,
    ) as RecordedRequest;
    await click(h, agent, message, findId(customIds(first), 'hl:a:', 'threat_physical'));
    await h.deliver();
    await h.deliver();
    const own = contents(message.channel_id).find((c) => c.includes('Reported to security'));
    expect(own).toBeDefined();
    expect(own).not.toContain('(about');
    const [id] = await h.store.tx((tx) => tx.findEscalationIds('esc', 5));
    expect((await h.app.escalations.answer({ escalation: String(id), by: `discord:${supervisor.id}` })).ok).toBe(true);
    await h.deliver();
    await h.deliver();
    const acked = contents(message.channel_id).find((c) => c.includes('acknowledged your page'));
    const hint = session.customer?.hint ?? '';
    expect(acked).toContain(`(about the Phone contact started <t:${Math.floor(session.startedAt / 1000)}:t> ${hint})`);
  });
});
