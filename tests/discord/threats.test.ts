/**
 * Threats at any step on Discord (issue 14), through the real discord.js Client and the fake Discord:
 * the threat button switches to the threat path, the page and report name the threat, a repeat while
 * the page is open goes onto it, and after an acknowledgement a repeat pages again.
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
const SECURITY = '1100000000000000666';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGES}`],
  security: [`discord:${SECURITY}`],
  legal: [],
};

describe.each(backends)('Discord threats on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  const posts = (channel: string) =>
    h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
  const text = (r: RecordedRequest) => JSON.stringify(bodyOf(r));

  it('a physical threat in an insult session: threat path, headline and report name it; repeats are never dropped', async () => {
    await h.interact(complaint(agent, { kind: 'insult', customer: 'C-1', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    const current = await h.app.sessions.current(agentId);
    if (!current.ok || current.value === null) throw new Error('no session');
    const message = await dmMessage(h, current.value.id);
    const first = posts(message.channel_id)[0] as RecordedRequest;
    const update = await click(h, agent, message, findId(customIds(first), 'hl:a:', 'threat_physical'));
    expect(bodyOf(update).data?.components).toBeDefined();
    expect(text(update)).toContain('A physical threat: your safety first');
    expect(text(update)).toContain('end the call safely, then call your local emergency number');
    await h.deliver();
    await h.deliver();
    const report = posts(SECURITY)[0] as RecordedRequest;
    expect(text(report)).toContain('Physical threat reported by');
    const pages = posts(PAGES);
    expect(pages).toHaveLength(1);
    expect(text(pages[0] as RecordedRequest)).toContain('reports a physical threat');
    expect(text(pages[0] as RecordedRequest)).toContain('Physical threat (contact: Phone)');

    // Again while the page is open: the page goes out again, saying when.
    h.app.clock.advance(60_000);
    await click(h, agent, message, findId(customIds(update), 'hl:a:', 'threat_physical'));
    await h.deliver();
    await h.deliver();
    expect(posts(PAGES)).toHaveLength(2);
    expect(text(posts(PAGES)[1] as RecordedRequest)).toMatch(/Threat repeated at <t:\d+:t>/);
    // Security, already told, gets an update to its report saying when (<t:…:t>: the reader's zone).
    expect(posts(SECURITY)).toHaveLength(2);
    const reportUpdate = text(posts(SECURITY)[1] as RecordedRequest);
    expect(reportUpdate).toContain('Update to the Holdline threat report for security');
    expect(reportUpdate).toContain(`Physical threat repeated at <t:${Math.floor(h.app.clock.now() / 1000)}:t>`);

    // Acknowledged, then a third threat: a new page (a new escalation).
    const [id] = await h.store.tx((tx) => tx.findEscalationIds('esc', 5));
    expect((await h.app.escalations.answer({ escalation: String(id), by: `discord:${supervisor.id}` })).ok).toBe(true);
    await h.deliver();
    const latest = await h.app.sessions.current(agentId);
    if (!latest.ok || latest.value === null) throw new Error('no session');
    const again = await click(h, agent, message, `hl:a:${latest.value.id}:${latest.value.version}:threat_physical`);
    expect(text(again)).not.toContain('moved on');
    await h.deliver();
    await h.deliver();
    const escalations = await h.store.tx((tx) => tx.sessionEscalations(latest.value?.id ?? ''));
    expect(escalations.map((e) => e.status)).toEqual(['acknowledged', 'paging']);
    const done = await h.store.getSession(latest.value.id);
    expect(done?.timeline.filter((e) => e.type === 'threat')).toHaveLength(3);
  });
});
