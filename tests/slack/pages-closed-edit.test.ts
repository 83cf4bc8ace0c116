/**
 * Issue 14 leftover: when the agent closes a contact with a physical-threat page still open, the page
 * messages ALREADY sent are edited to say "Contact closed at HH:MM by the agent" too (buttons kept: the
 * threat still needs an answer), not only the reminders sent later.
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
  levels: [{ supervisors: ['slack:U0SUPER1'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['slack:C0PAGES'],
  security: ['slack:C0SECURITY'],
  legal: [],
};
const hasAck = (c: RecordedCall): boolean =>
  ((c.args.blocks ?? []) as KnownBlock[]).some(
    (b) => b.type === 'actions' && (b.elements as { action_id?: string }[]).some((e) => e.action_id === 'hlp:ack'),
  );

describe.each(backends)('Slack physical-threat pages when the contact closes ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('edits the pages already sent to say the contact closed, keeping their buttons', async () => {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.command('insult chat');
    const session = await until(() => h.session(), 'the session');
    await h.tick();
    await h.click('hl:threat_physical');
    const pages = await until(async () => {
      await h.tick();
      const posted = h.api.callsTo('chat.postMessage').filter((c) => hasAck(c) && c.response?.ok);
      return posted.length >= 2 ? posted : null;
    }, 'the page posts (DM and channel)');
    for (const p of pages) expect(String(p.args.text)).not.toContain('Contact closed');

    const closed = await h.app.sessions.apply({
      sessionId: session.id,
      actor: `slack:${AGENT}`,
      event: { type: 'close', outcome: 'ended_for_safety' },
    });
    expect(closed.ok).toBe(true);
    const edits = await until(async () => {
      await h.tick();
      const e = h.api
        .callsTo('chat.update')
        .filter((c) => c.response?.ok && String(c.args.text).includes('Contact closed at'));
      return e.length >= 2 ? e : null;
    }, 'the edits of both page messages');
    const edited = new Set(edits.map((c) => `${String(c.args.channel)}/${String(c.args.ts)}`));
    for (const p of pages) expect(edited.has(`${String(p.response?.channel)}/${String(p.response?.ts)}`)).toBe(true);
    for (const e of edits) {
      expect(String(e.args.text)).toMatch(/Contact closed at <!date\^\d+\^\{time\}\|\d\d:\d\d UTC> by the agent/);
      expect(hasAck(e)).toBe(true); // still paging: Acknowledge stays
    }
  });
});
