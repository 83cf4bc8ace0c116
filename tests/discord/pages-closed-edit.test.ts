/**
 * Issue 14 leftover on Discord: when the agent closes a contact with a physical-threat page still open, the
 * page messages ALREADY sent are edited to say "Contact closed at … by the agent" too, buttons kept.
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
const PAGES = '1100000000000000777';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGES}`],
  security: [],
  legal: [],
};

describe.each(backends)('Discord physical-threat pages when the contact closes on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  const isPage = (r: RecordedRequest) => customIds(r).some((id) => id.startsWith('hl:page:'));

  it('edits the pages already sent to say the contact closed, keeping their buttons', async () => {
    await h.interact(complaint(agent, { kind: 'insult', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    const current = await h.app.sessions.current(agentId);
    if (!current.ok || current.value === null) throw new Error('no session');
    const message = await dmMessage(h, current.value.id);
    const first = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`,
    ) as RecordedRequest;
    await click(h, agent, message, findId(customIds(first), 'hl:a:', 'threat_physical'));
    await h.deliver();
    await h.deliver();
    const pages = h.fake.requests.filter((r) => r.method === 'POST' && r.status === 200 && isPage(r));
    expect(pages).toHaveLength(2);
    for (const p of pages) expect(JSON.stringify(bodyOf(p))).not.toContain('Contact closed');

    const latest = await h.app.sessions.current(agentId);
    if (!latest.ok || latest.value === null) throw new Error('no session');
    const closed = await h.app.sessions.apply({
      sessionId: latest.value.id,
      actor: agentId,
      event: { type: 'close', outcome: 'ended_for_safety' },
    });
    expect(closed.ok).toBe(true);
    await h.deliver();
    await h.deliver();
    const edits = h.fake.requests.filter(
      (r) => r.method === 'PATCH' && JSON.stringify(bodyOf(r)).includes('Contact closed at'),
    );
    expect(edits).toHaveLength(2);
    const postedIn = pages.map((p) => p.path.split('/')[2]).sort();
    expect(edits.map((e) => e.path.split('/')[2]).sort()).toEqual(postedIn);
    for (const e of edits) expect(customIds(e).some((id) => id.startsWith('hl:page:ack'))).toBe(true);
  });
});
