/** The guided flow in Slack, end to end: real Bolt, signed requests, fake Web API, real store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const SAID = 'you absolute w*nker, fix my bill';

describe.each(backends)('Slack guided flow ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('runs a vulgarity session to ended_after_warning, updating one DM message in place', async () => {
    h = await startHarness(store, { escalationChannel: 'C0ESCALATE' });
    const cmd = await h.command(`jane.doe@example.com ${SAID}`);
    expect(cmd.status).toBe(200);
    const open = await h.api.waitForCall('views.open');
    const view = open.args.view as {
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.blocks.find((b) => b.block_id === 'reference')?.element.initial_value).toBe('jane.doe@example.com');
    expect(view.blocks.find((b) => b.block_id === 'said')?.element.initial_value).toBe(SAID);

    const submitted = await h.submit({
      callbackId: 'hl_start',
      privateMetadata: view.private_metadata,
      userId: AGENT,
      values: {
        kind: {
          kind: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: 'v' }, value: 'vulgarity' },
          },
        },
        channel: {
          channel: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: 'p' }, value: 'phone' },
          },
        },
        reference: { reference: { type: 'plain_text_input', value: 'jane.doe@example.com' } },
        said: { said: { type: 'plain_text_input', value: SAID } },
      },
    });
    expect(submitted.status).toBe(200);
    const session = await until(() => h.session(), 'the session');
    expect(session.customer?.hint).toBe('j***@example.com');
    await h.tick();
    const first = await h.api.waitForCall('chat.postMessage', (c) => Array.isArray(c.args.blocks));
    const channel = String(first.args.channel);
    const ts = String(first.response?.ts);
    expect(channel).toMatch(/^D/);

    for (const choice of ['keeps_swearing', 'again', 'carried_on', 'carried_on', 'ended']) {
      const before = (await h.session())?.version;
      expect((await h.click(`hl:choose:${choice}`)).status).toBe(200);
      await until(async () => (await store.getSession(session.id))?.version !== before, `choice ${choice}`);
      await h.tick();
    }

    const closed = await store.getSession(session.id);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'ended_after_warning' });
    const updates = h.api.callsTo('chat.update');
    expect(updates).toHaveLength(5);
    for (const u of updates) expect(u.args).toMatchObject({ channel, ts });
    expect(String(updates.at(-1)?.args.text)).toContain('Ended after a warning');
    // Notices go as thread replies under the session message; decompression as a new message.
    const replies = h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts);
    expect(replies.map((c) => String(c.args.text)).join('\n')).toContain('has been flagged');
    expect(h.texts().some((t) => t.startsWith('Before the next contact, something for you?'))).toBe(true);
    // What the customer said reaches neither the logs nor the database; the reference is hashed.
    expect(JSON.stringify(h.app.log.lines)).not.toContain('w*nker');
    expect(JSON.stringify(closed)).not.toContain('w*nker');
    expect(JSON.stringify(closed)).not.toContain('jane.doe');
  });

  it('tells the agent at once when no supervisor is configured for the team', async () => {
    h = await startHarness(store);
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    await h.click('hl:supervisor', 'customer_insists');
    await until(async () => (await h.session())?.escalated.length, 'the escalation');
    await until(async () => {
      await h.tick();
      return h.texts().join(' ').includes('No supervisor is configured for your team');
    }, 'the notice to the agent');
  });

  it('reports a legal threat to the escalation channel when the team file names no legal recipients', async () => {
    h = await startHarness(store, { escalationChannel: 'C0ESCALATE' });
    await h.command('vulgarity phone');
    await until(() => h.session(), 'the session');
    await h.tick();
    await h.click('hl:threat_legal');
    const report = await until(async () => {
      await h.tick();
      return h.api.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0ESCALATE');
    }, 'the report');
    expect(String(report.args.text)).toContain('Holdline threat report for the legal team');
    expect(JSON.stringify(report.args.blocks)).toContain(`<@${AGENT}>`);
    expect(h.api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0ESCALATE')).toHaveLength(1);
  });

  it('explains usage for /complaint help and an unknown sub-command, ephemerally', async () => {
    h = await startHarness(store);
    const help = JSON.parse((await h.command('help')).text) as { response_type: string; text: string };
    expect(help.response_type).toBe('ephemeral');
    expect(help.text).toContain('/limits');
    const unknown = JSON.parse((await h.command('frobnicate now')).text) as { text: string };
    expect(unknown.text).toContain('I do not know "frobnicate"');
    expect(await h.session()).toBeNull();
  });

  it("passes the agent's Slack locale (id-ID) to the session", async () => {
    h = await startHarness(store, { users: { [AGENT]: { locale: 'id-ID' } } });
    await h.command('hostile chat');
    const session = await until(() => h.session(), 'the session');
    expect(session.locale).toBe('id');
    const info = h.api.callsTo('users.info')[0];
    expect(info?.args).toMatchObject({ user: AGENT, include_locale: 'true' });
  });

  it('publishes the App Home with limits, the open session and recent sessions', async () => {
    h = await startHarness(store);
    await h.command('vulgarity phone');
    await until(() => h.session(), 'the session');
    const event = JSON.stringify({
      token: 'x',
      team_id: 'T0HOLDLINE',
      api_app_id: 'A0HOLDLINE',
      type: 'event_callback',
      event_id: 'Ev01',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'app_home_opened',
        user: AGENT,
        channel: 'D00000001',
        tab: 'home',
        event_ts: `${Date.now() / 1000}`,
      },
    });
    expect((await h.post(event)).status).toBe(200);
    const publish = await h.api.waitForCall('views.publish');
    expect(publish.args.user_id).toBe(AGENT);
    const shown = JSON.stringify(publish.args.view);
    expect(shown).toContain('Time with one customer: 20 min');
    expect(shown).toContain('Your open session');
    expect(shown).toContain('Vulgar language');
  });
});
