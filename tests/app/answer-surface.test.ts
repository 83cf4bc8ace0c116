/**
 * Issue 18: the terminal answers only console pages, as a console supervisor. Pointed at a shared
 * database, `ack <id> <anyone>` used to acknowledge a live Slack page as anyone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const POLICY: PolicySnapshot = {
  teamId: 'billing',
  levels: [{ supervisors: ['slack:BOSS', 'console:sam'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [],
  security: [],
  legal: [],
};

describe.each(backends)('answering a page from the terminal ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  async function pageFor(app: ReturnType<typeof wire>, agentId: string): Promise<string> {
    const s = await app.sessions.start({ agentId, surface: 'test', kind: 'insult', channel: 'chat', locale: 'en' });
    if (!s.ok) throw new Error(s.error.code);
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: agentId,
      event: { type: 'escalate', reason: 'agent_request' },
    });
    await app.runner.tick();
    const { escalations } = (await store.dump()) as unknown as { escalations: { id: string; agent_id: string }[] };
    return escalations.find((e) => e.agent_id === agentId)?.id ?? '';
  }

  it('refuses a Slack page, and a Slack supervisor named in the terminal; answers a console page as console:sam', async () => {
    const app = wire(store, { policies: new EditablePolicies(POLICY) });
    const slackPage = await pageFor(app, 'slack:U1');
    const asSlackBoss = await app.escalations.answer({ escalation: slackPage, by: 'slack:BOSS', surface: 'console' });
    expect(!asSlackBoss.ok && asSlackBoss.error.code).toBe('page_elsewhere');
    const asSam = await app.escalations.answer({ escalation: slackPage, by: 'console:sam', surface: 'console' });
    expect(!asSam.ok && asSam.error.code).toBe('page_elsewhere');
    const consolePage = await pageFor(app, 'console:amira');
    const ok = await app.escalations.answer({ escalation: consolePage, by: 'console:sam', surface: 'console' });
    expect(ok.ok).toBe(true);
    // The Slack page is still waiting for a Slack supervisor, who can answer it.
    expect((await app.escalations.answer({ escalation: slackPage, by: 'slack:BOSS' })).ok).toBe(true);
  });
});
