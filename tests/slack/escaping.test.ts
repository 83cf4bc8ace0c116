/**
 * Issue 18: what people type cannot ping or format in Slack. A page's fallback `text` is mrkdwn as
 * well as its blocks: a customer reference like `x@<!channel>.com` must not put `<!channel>` in a
 * channel post.
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
  security: [],
  legal: [],
};
const hasPageButtons = (c: RecordedCall): boolean =>
  ((c.args.blocks ?? []) as KnownBlock[]).some(
    (b) => b.type === 'actions' && (b.elements as { action_id?: string }[]).some((e) => e.action_id === 'hlp:ack'),
  );

describe('Slack escaping (issue 18)', () => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('a page for a customer x@<!channel>.com carries no <!channel> in its text or blocks', async () => {
    h = await startHarness(store, { policies: new EditablePolicies(POLICY) });
    await h.app.agents.setLimits(`slack:${AGENT}`, { minutes: 5, hostility: 5, complexity: 5 });
    await h.command('insult chat x@<!channel>.com');
    const session = await until(() => h.session(), 'the session');
    expect(session.customer?.hint).toBe('x***@<!channel>.com');
    await h.tick();
    h.app.clock.advance(6 * 60_000);
    await h.tick();
    const pages = await until(async () => {
      await h.tick();
      const posted = h.api.callsTo('chat.postMessage').filter(hasPageButtons);
      return posted.length >= 2 ? posted : null;
    }, 'the page posts');
    for (const p of pages) {
      expect(String(p.args.text)).toContain('x***@&lt;!channel&gt;.com');
      expect(String(p.args.text)).not.toContain('<!channel>');
      expect(JSON.stringify(p.args.blocks)).not.toContain('<!channel>');
    }
  });
});
