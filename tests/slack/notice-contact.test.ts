/**
 * "Every agent-facing notice names the contact it is about" on Slack (issue 14), through real Bolt and the
 * fake Web API: a supervisor's answer names the contact, its start time as Slack's date token (each reader
 * sees their own time zone); a notice from the agent's own key does not.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness, until } from './harness.ts';

const SUP = 'U0SUPER1';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`slack:${SUP}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['slack:C0PAGES'],
  security: ['slack:C0SECURITY'],
  legal: ['slack:C0LEGAL'],
};

describe.each(backends)('Slack notices name the contact ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  const replies = () => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts !== undefined);

  it('an acknowledgement names the contact with a date token; the agent’s own notices do not', async () => {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.command('insult chat');
    const session = await until(() => h.session(), 'the session');
    await h.tick();
    await h.click('hl:threat_physical');
    const own = await until(async () => {
      await h.tick();
      return replies().find((c) => String(c.args.text).includes('Reported to security'));
    }, 'the report notice');
    expect(String(own.args.text)).not.toContain('(about');
    const [id] = await store.tx((tx) => tx.findEscalationIds('esc', 5));
    expect((await h.app.escalations.answer({ escalation: String(id), by: `slack:${SUP}` })).ok).toBe(true);
    const acked = await until(async () => {
      await h.tick();
      return replies().find((c) => String(c.args.text).includes('acknowledged your page'));
    }, 'the acknowledgement notice');
    const token = `<!date^${Math.floor(session.startedAt / 1000)}^{time}|09:00 UTC>`;
    expect(String(acked.args.text)).toContain(`(about the Chat contact started ${token})`);
    expect(JSON.stringify(acked.args.blocks)).toContain(
      `(about the Chat contact started ${token.replaceAll('"', '\\"')})`,
    );
  });

  it('a page still open when the contact closes: "closed at" as a date token on the page and in the channel', async () => {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    await h.click('hl:supervisor', 'customer_insists');
    await until(async () => {
      await h.tick();
      return h.api.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0PAGES');
    }, 'the page');
    h.app.clock.advance(60_000);
    await h.click('hl:close', 'resolved');
    const token = `<!date^${Math.floor(h.app.clock.now() / 1000)}^{time}|09:01 UTC>`;
    const told = await until(async () => {
      await h.tick();
      return h.api
        .callsTo('chat.postMessage')
        .find((c) => c.args.channel === 'C0PAGES' && String(c.args.text).includes('closed this contact'));
    }, 'the channel told the contact closed');
    expect(String(told.args.text)).toContain(`The agent closed this contact at ${token}.`);
    const edit = h.api.callsTo('chat.update').find((c) => String(c.args.text).includes('closed this contact'));
    expect(String(edit?.args.text)).toContain(`The agent closed this contact at ${token}.`);
  });
});
