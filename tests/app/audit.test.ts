/**
 * Issue 18: the audit log records flag lookups, exports and removals, and page acknowledgements and
 * take-overs: who, when, what (ids and counts), never the reference, the note or the reason.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { Directory } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const REF = 'jane.doe@example.com';
const boss: Directory = { teamOf: () => 'billing', isSupervisor: (p) => p === 'slack:BOSS' };
const POLICY: PolicySnapshot = {
  teamId: 'billing',
  levels: [{ supervisors: ['slack:BOSS'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [],
  security: [],
  legal: [],
};

describe.each(backends)('audit log ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('records flag lookups, exports, removals and a page acknowledgement, with ids and counts only', async () => {
    const app = wire(store, { directory: boss, policies: new EditablePolicies(POLICY) });
    const s = await app.sessions.start({
      agentId: 'slack:U1',
      surface: 'test',
      kind: 'insult',
      channel: 'chat',
      locale: 'en',
      customerReference: REF,
    });
    if (!s.ok) throw new Error(s.error.code);
    const sessionId = s.value.session.id;
    await app.sessions.apply({
      sessionId,
      actor: 'slack:U1',
      event: { type: 'flag', kind: 'vulgarity', note: 'owl-note-31' },
    });
    const found = await app.flags.lookup('slack:BOSS', REF);
    const flagId = found.ok ? (found.value.flags[0]?.id ?? '') : '';
    await app.flags.exportRecord('slack:BOSS', REF);
    await app.flags.remove('slack:BOSS', flagId, 'secret-reason-77');
    await app.sessions.apply({ sessionId, actor: 'slack:U1', event: { type: 'escalate', reason: 'agent_request' } });
    await app.runner.tick();
    const paged = await store.auditSince(0, null, 100);
    expect(paged.map((e) => e.action)).not.toContain('page.acknowledge');
    const [escalation] = (await app.escalations.stats(0)).ok ? await listEscalations() : [];
    const ack = await app.escalations.answer({ escalation: escalation ?? '', by: 'slack:BOSS' });
    expect(ack.ok).toBe(true);

    const entries = await store.auditSince(0, null, 100);
    expect(entries.map((e) => [e.action, e.actor, e.subject ?? null, e.count ?? null]).reverse()).toEqual([
      ['flags.lookup', 'slack:BOSS', null, 1],
      ['flags.export', 'slack:BOSS', null, 1],
      ['flags.remove', 'slack:BOSS', flagId, 1],
      ['page.acknowledge', 'slack:BOSS', escalation, null],
    ]);
    expect(await store.auditSince(0, 'slack:U1', 100)).toEqual([]);
    const dump = JSON.stringify(entries);
    expect(dump).not.toMatch(/jane|owl-note|secret-reason/);

    async function listEscalations(): Promise<string[]> {
      const rows = (await store.dump()) as unknown as { escalations: { id: string }[] };
      return rows.escalations.map((e) => e.id);
    }
  });
});
