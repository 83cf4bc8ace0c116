/** Pages in Slack, end to end: real Bolt, signed requests, fake Web API, real store and escalation policy. */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { blockActionPayload, interactionBody } from '../fakes/slack/sign.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const SUP = 'U0SUPER1';
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`slack:${SUP}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['slack:C0PAGES'],
  security: [],
  legal: [],
};

type Button = { action_id: string; value?: string };
const buttons = (c: RecordedCall): Button[] =>
  ((c.args.blocks ?? []) as KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as Button[]) : []));

describe.each(backends)('Slack pages ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  /** The agent's time limit is crossed: the page goes out as a DM to the supervisor and a channel post. */
  async function paged() {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.app.agents.setLimits(`slack:${AGENT}`, { minutes: 5, hostility: 5, complexity: 5 });
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    h.app.clock.advance(6 * 60_000);
    await h.tick(); // the time check is due: the limit is crossed, the page committed
    const pages = await until(async () => {
      await h.tick();
      const posted = h.api.callsTo('chat.postMessage').filter((c) => buttons(c).some((b) => b.action_id === 'hlp:ack'));
      return posted.length >= 2 ? posted : null;
    }, 'the page posts');
    return pages;
  }

  function click(page: RecordedCall, user: string, actionId: string) {
    const el = buttons(page).find((b) => b.action_id === actionId);
    const payload = blockActionPayload({
      actionId,
      channelId: String(page.response?.channel ?? page.args.channel),
      messageTs: String(page.response?.ts),
      userId: user,
      ...(el?.value ? { value: el.value } : {}),
    });
    return h.post(interactionBody(payload));
  }

  it('pages a Slack supervisor by DM and in the channel, with who, why, how long and the buttons', async () => {
    const pages = await paged();
    const dm = await h.api.waitForCall('conversations.open', (c) => c.args.users === SUP);
    const dmChannel = String(dm.response?.channel && (dm.response.channel as { id: string }).id);
    expect(pages.map((p) => p.args.channel).sort()).toEqual(['C0PAGES', dmChannel].sort());
    for (const p of pages) {
      expect(String(p.args.text)).toContain(`${AGENT} needs a supervisor`);
      expect(String(p.args.text)).toMatch(/Insults \(contact: Chat\)\. .*6 min with the customer, hostility \d\/5/);
      expect(JSON.stringify(p.args.blocks)).toContain(`<@${AGENT}>`);
      expect(buttons(p).map((b) => b.action_id)).toEqual(['hlp:ack', 'hlp:take', 'hlp:report']);
      expect(p.args.metadata).toMatchObject({ event_type: 'holdline_page' });
    }
  });

  it('edits every page when the supervisor acknowledges, and tells the agent', async () => {
    const pages = await paged();
    expect((await click(pages[0] as RecordedCall, SUP, 'hlp:ack')).status).toBe(200);
    const eph = await h.api.waitForCall('chat.postEphemeral');
    expect(eph.args).toMatchObject({ user: SUP });
    expect(String(eph.args.text)).toContain('Acknowledged.');
    const updates = await until(async () => {
      await h.tick();
      const u = h.api.callsTo('chat.update').filter((c) => String(c.args.text).includes('Acknowledged by'));
      return u.length >= 2 ? u : null;
    }, 'the page edits');
    expect(updates.map((u) => `${u.args.channel}/${u.args.ts}`).sort()).toEqual(
      pages.map((p) => `${p.response?.channel}/${p.response?.ts}`).sort(),
    );
    for (const u of updates) {
      expect(buttons(u)).toEqual([]);
      expect(JSON.stringify(u.args.blocks)).toContain(`<@${SUP}>`);
    }
    // The agent's session is told who is coming (thread reply under the session message).
    await until(async () => {
      await h.tick();
      return h.texts().some((t) => t.includes(SUP));
    }, 'the agent told');
    // A second click changes nothing and says who answered first.
    await click(pages[1] as RecordedCall, SUP, 'hlp:take');
    await until(() => h.api.callsTo('chat.postEphemeral').length >= 2, 'second answer');
    expect(String(h.api.callsTo('chat.postEphemeral')[1]?.args.text)).toContain('already answered');
  });

  it('refuses a click from someone who is not a supervisor of the policy, ephemerally', async () => {
    const pages = await paged();
    await click(pages[0] as RecordedCall, 'U0NOBODY', 'hlp:ack');
    const eph = await h.api.waitForCall('chat.postEphemeral');
    expect(eph.args).toMatchObject({ user: 'U0NOBODY' });
    expect(String(eph.args.text)).toContain('Only a supervisor named in this escalation policy');
    await h.tick();
    expect(h.api.callsTo('chat.update').filter((c) => String(c.args.text).includes('Acknowledged'))).toEqual([]);
    expect((await h.app.escalations.get(String(buttons(pages[0] as RecordedCall)[0]?.value))).ok).toBe(true);
  });
});
