/**
 * Threats at any step on Slack (issue 14), through real Bolt and the fake Web API: the threat button
 * switches the guidance to the threat path and the page and report name the threat; a repeat while
 * the page is open is added to it; after an acknowledgement a repeat pages again.
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
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

type Button = { action_id: string; value?: string };
const buttons = (c: RecordedCall): Button[] =>
  ((c.args.blocks ?? []) as KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as Button[]) : []));

describe.each(backends)('Slack threats ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  const channelPages = () =>
    h.api
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === 'C0PAGES' && buttons(c).some((b) => b.action_id === 'hlp:ack'));

  it('a physical threat in an insult session: threat path, headline and report name the threat; repeats are never dropped', async () => {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.command('insult chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    await h.click('hl:threat_physical');
    const report = await until(async () => {
      await h.tick();
      return h.api.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0SECURITY');
    }, 'the security report');
    expect(String(report.args.text)).toContain('Holdline threat report for security');
    expect(JSON.stringify(report.args.blocks)).toContain('Physical threat reported by');
    const [page] = await until(() => (channelPages().length >= 1 ? channelPages() : null), 'the page');
    expect(String(page?.args.text)).toContain('reports a physical threat');
    expect(String(page?.args.text)).toContain('Physical threat (contact: Chat)');
    const session = await h.session();
    expect(session).toMatchObject({ kind: 'physical_threat', stepId: 'threat_physical' });
    // The session message now shows the safety step.
    await until(() => JSON.stringify(h.latestMessage().args.blocks).includes('your safety first'), 'the safety step');
    // No team number in this policy: the sensible default, worded for a chat contact.
    expect(JSON.stringify(h.latestMessage().args.blocks)).toContain(
      'If anyone may be in immediate danger, call your local emergency number',
    );

    // The customer threatens again while the page is open: the page goes out again, saying so.
    h.app.clock.advance(60_000);
    await h.click('hl:threat_physical');
    const repeated = await until(async () => {
      await h.tick();
      return channelPages().find((c) => String(c.args.text).includes('Threat repeated at'));
    }, 'the repeated page');
    // Slack's date token: each reader sees the time in their own zone (09:01 UTC is the fallback).
    const at = Math.floor(h.app.clock.now() / 1000);
    expect(String(repeated.args.text)).toContain(`Threat repeated at <!date^${at}^{time}|09:01 UTC>`);
    expect(JSON.stringify(repeated.args.blocks)).toContain(`Threat repeated at <!date^${at}^{time}|09:01 UTC>`);
    // Security, already told, gets an update to its report saying when (Slack's date token: the reader's zone).
    const update = await until(async () => {
      await h.tick();
      return h.api
        .callsTo('chat.postMessage')
        .find((c) => c.args.channel === 'C0SECURITY' && String(c.args.text).includes('Update to the Holdline'));
    }, 'the update to the security report');
    expect(String(update.args.text)).toContain(`Physical threat repeated at <!date^${at}^{time}|09:01 UTC>`);
    expect(JSON.stringify(update.args.blocks)).toContain(`Physical threat repeated at <!date^${at}^{time}|09:01 UTC>`);
    const firstId = buttons(page as RecordedCall)[0]?.value;
    expect(buttons(repeated)[0]?.value).toBe(firstId);

    // Acknowledged; a third threat pages anew (a new escalation, a new Acknowledge button).
    const acked = await h.app.escalations.answer({ escalation: String(firstId), by: `slack:${SUP}`, takeOver: false });
    expect(acked.ok).toBe(true);
    await h.tick();
    await h.click('hl:threat_physical');
    const fresh = await until(async () => {
      await h.tick();
      return channelPages().find((c) => buttons(c)[0]?.value !== firstId);
    }, 'a new page after the acknowledgement');
    expect(String(fresh.args.text)).toContain('reports a physical threat');
    const after = await h.session();
    expect(after?.timeline.filter((e) => e.type === 'threat')).toHaveLength(3);
  });
});
