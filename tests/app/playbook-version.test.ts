/**
 * A session freezes the playbook version it started under. One saved (in the database) on the previous
 * physical-threat playbook keeps running through the app after that playbook changed: its next steps come
 * from the kept version, and it closes with that version's outcome.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const PREVIOUS = '2026-11-23.1';

describe.each(backends)('an open session on the previous playbook version on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('continues after a restart of the app, and closes on that version', async () => {
    const first = wire(store);
    const started = await first.sessions.start({
      agentId: 'slack:U1',
      surface: 'test',
      kind: 'physical_threat',
      channel: 'phone',
      locale: 'en',
    });
    if (!started.ok) throw new Error(started.error.code);
    const current = started.value.session;
    expect(current.playbookVersion).not.toBe(PREVIOUS);
    // As saved by a Holdline that ran the previous playbook.
    const saved = await store.tx((tx) =>
      tx.updateSession({ ...current, playbookVersion: PREVIOUS, version: current.version + 1 }, current.version),
    );
    expect(saved).toBe(true);

    const app = wire(store);
    const step = await app.sessions.apply({
      sessionId: current.id,
      actor: 'slack:U1',
      event: { type: 'choose', choiceId: 'ending' },
    });
    expect(step.ok && step.value.session.playbookVersion).toBe(PREVIOUS);
    const closed = await app.sessions.apply({
      sessionId: current.id,
      actor: 'slack:U1',
      event: { type: 'choose', choiceId: 'ended' },
    });
    expect(closed.ok && closed.value.session.outcome).toBe('ended_after_warning');
    const stored = await app.sessions.get(current.id);
    expect(stored.ok && stored.value?.playbookVersion).toBe(PREVIOUS);
  });
});
