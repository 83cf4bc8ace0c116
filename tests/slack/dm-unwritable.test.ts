/**
 * Issue 15 on Slack: an agent whose DM with Holdline cannot be written to (chat.postMessage to the IM fails
 * with an error retrying cannot fix). /complaint answers through its response_url, ephemerally, with the
 * first step and a sentence; the step's buttons replace that ephemeral message; /complaint again shows the
 * open session there again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { interactionBody } from '../fakes/slack/sign.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';

type Block = { type: string; elements?: { action_id?: string; value?: string; text?: unknown }[] };

describe.each(backends)('Slack agent whose DM cannot be written to ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
    h = await startHarness(store, { kickOnCommit: true });
    h.app.runner.start();
  });
  afterEach(async () => {
    await h.app.runner.stop();
    await h.stop();
    await store.close();
  });

  it('shows the first step ephemerally through response_url; its buttons replace it there', async () => {
    h.api.failWhen('chat.postMessage', (a) => String(a.channel).startsWith('D'), { error: 'cannot_dm_bot' });
    const res = await h.command('insult chat', { response_url: h.api.responseUrl('cmd1') });
    expect(res.status).toBe(200);
    const answer = await h.api.waitForCall('response_url', (c) => c.args.url_id === 'cmd1', 5000);
    expect(answer.args.response_type).toBe('ephemeral');
    expect(String(answer.args.text)).toContain('I could not write to our direct messages in Slack');
    const blocks = answer.args.blocks as Block[];
    const buttons = blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
    expect(buttons.length).toBeGreaterThan(0);
    // The refused DM was tried once, not retried by the outbox.
    const refused = h.api.callsTo('chat.postMessage').filter((c) => c.fault !== undefined);
    expect(refused).toHaveLength(1);
    const session = await h.session();
    expect(session?.version).toBeGreaterThan(0);

    // A click on the ephemeral step: the new step replaces it through the action's response_url.
    const button = buttons.find((b) => b.action_id !== undefined && b.value !== undefined) ?? buttons[0];
    const payload = h.clickPayloadFrom(blocks, String(button?.action_id));
    const clicked = await h.post(
      interactionBody({
        ...payload,
        container: { type: 'message', message_ts: '0', channel_id: 'C0SUPPORT', is_ephemeral: true },
        response_url: h.api.responseUrl('click1'),
      }),
    );
    expect(clicked.status).toBe(200);
    const replaced = await h.api.waitForCall('response_url', (c) => c.args.url_id === 'click1', 5000);
    expect(replaced.args.replace_original).toBe(true);
    const after = await h.session();
    expect(after?.version).toBeGreaterThan(session?.version ?? 0);

    // /complaint again: the open session is shown here again.
    await h.command('insult chat', { response_url: h.api.responseUrl('cmd2') });
    const again = await h.api.waitForCall('response_url', (c) => c.args.url_id === 'cmd2', 5000);
    expect(String(again.args.text)).toContain('I could not write to our direct messages in Slack');
  });
});
