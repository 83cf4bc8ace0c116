/** One store suite, run on PGlite always and on PostgreSQL when TEST_DATABASE_URL is set. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const started = (id: string, agentId = 'agent-1') =>
  startSession(
    {
      id,
      agentId,
      teamId: 't1',
      surface: 'test',
      kind: 'insult',
      channel: 'chat',
      locale: 'en',
      limits: { minutes: 10, hostility: 4, complexity: 3 },
      customer: { key: 'k'.repeat(64), hint: '…1234' },
    },
    T0,
  );

describe.each(backends)('store on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('saves a session with its effects in one transaction and reads it back', async () => {
    const { session, effects } = started('s1');
    await store.tx(async (tx) => {
      await tx.insertSession(session);
      await tx.enqueue(
        effects.map((effect) => ({ effect, surface: 'test' })),
        T0,
      );
    });
    expect(await store.getSession('s1')).toEqual(session);
    const claimed = await store.claimEffects('me', T0, 100, 1000);
    expect(claimed.map((c) => c.effect)).toEqual(effects);
    expect(claimed.every((c) => c.attempts === 1)).toBe(true);
  });

  it('rolls the session back when the transaction fails, so nothing half-written remains', async () => {
    const { session, effects } = started('s2');
    await expect(
      store.tx(async (tx) => {
        await tx.insertSession(session);
        await tx.enqueue(
          effects.slice(0, 1).map((effect) => ({ effect, surface: 'test' })),
          T0,
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.getSession('s2')).toBeNull();
    expect(await store.claimEffects('me', T0, 100, 1000)).toEqual([]);
  });

  it('refuses an update made against an old version', async () => {
    const { session } = started('s3');
    await store.tx((tx) => tx.insertSession(session));
    const next = { ...session, version: session.version + 1 };
    expect(await store.tx((tx) => tx.updateSession(next, session.version))).toBe(true);
    expect(await store.tx((tx) => tx.updateSession({ ...next, version: 9 }, session.version))).toBe(false);
    expect((await store.getSession('s3'))?.version).toBe(session.version + 1);
  });

  it('finds the open session of an agent and lists recent ones', async () => {
    const a = started('s4').session;
    await store.tx((tx) => tx.insertSession(a));
    expect((await store.tx((tx) => tx.findOpenSession('agent-1')))?.id).toBe('s4');
    expect(await store.tx((tx) => tx.findOpenSession('agent-2'))).toBeNull();
    expect((await store.recentSessions('agent-1', 5)).map((s) => s.id)).toEqual(['s4']);
  });

  it('claims each effect once until its lease runs out, in insertion order', async () => {
    const { session, effects } = started('s5');
    await store.tx(async (tx) => {
      await tx.insertSession(session);
      await tx.enqueue(
        effects.map((effect) => ({ effect, surface: 'test' })),
        T0,
      );
    });
    const first = await store.claimEffects('a', T0, 100, 30_000);
    expect(first.map((c) => c.id)).toEqual(effects.map((e) => e.id));
    expect(await store.claimEffects('b', T0 + 1000, 100, 30_000)).toEqual([]);
    const again = await store.claimEffects('b', T0 + 31_000, 100, 30_000);
    expect(again.map((c) => c.attempts)).toEqual(effects.map(() => 2));
    for (const c of again) await store.completeEffect(c.id, T0 + 31_000);
    expect(await store.claimEffects('c', T0 + 99_000, 100, 30_000)).toEqual([]);
  });

  it('retries a failed effect at the time given and gives a dead one up', async () => {
    const { session, effects } = started('s6');
    const [first] = effects;
    if (!first) throw new Error('no effect');
    await store.tx(async (tx) => {
      await tx.insertSession(session);
      await tx.enqueue([{ effect: first, surface: 'test' }], T0);
    });
    await store.claimEffects('a', T0, 1, 30_000);
    await store.failEffect(first.id, '429', T0 + 5_000, T0);
    expect(await store.claimEffects('a', T0 + 4_000, 1, 30_000)).toEqual([]);
    expect(await store.nextDueAt()).toBe(T0 + 5_000);
    const [retry] = await store.claimEffects('a', T0 + 5_000, 1, 30_000);
    expect(retry?.id).toBe(first.id);
    await store.failEffect(first.id, 'gone', null, T0 + 6_000);
    expect(await store.claimEffects('a', T0 + 999_000, 1, 30_000)).toEqual([]);
  });

  it('keeps timers until due, fires them once, and reports the next due time', async () => {
    await store.tx((tx) => tx.scheduleTimer({ id: 't1', sessionId: 's', dueAt: T0 + 60_000 }, T0));
    await store.tx((tx) => tx.scheduleTimer({ id: 't1', sessionId: 's', dueAt: T0 + 60_000 }, T0));
    expect(await store.nextDueAt()).toBe(T0 + 60_000);
    expect(await store.claimDueTimers('a', T0 + 59_000, 10, 1000)).toEqual([]);
    expect(await store.claimDueTimers('a', T0 + 60_000, 10, 1000)).toEqual([
      { id: 't1', sessionId: 's', dueAt: T0 + 60_000, kind: 'time_check' },
    ]);
    expect(await store.claimDueTimers('b', T0 + 60_500, 10, 1000)).toEqual([]);
    await store.completeTimer('t1', T0 + 60_500);
    expect(await store.claimDueTimers('b', T0 + 99_000, 10, 1000)).toEqual([]);
    expect(await store.nextDueAt()).toBeNull();
    // An escalation timer carries its kind and target.
    const esc = { id: 't2', sessionId: 's', dueAt: T0 + 120_000, kind: 'escalation', escalationId: 'e1' } as const;
    await store.tx((tx) => tx.scheduleTimer(esc, T0));
    expect(await store.claimDueTimers('a', T0 + 120_000, 10, 1000)).toEqual([esc]);
  });

  it('remembers request keys and what they produced', async () => {
    expect(await store.tx((tx) => tx.claimRequest('slack:retry-1', 'sess-9', T0))).toBeNull();
    expect(await store.tx((tx) => tx.claimRequest('slack:retry-1', 'sess-other', T0))).toBe('sess-9');
    expect(await store.purgeRequestKeys(T0)).toBe(0);
    expect(await store.purgeRequestKeys(T0 + 1)).toBe(1);
    expect(await store.tx((tx) => tx.claimRequest('slack:retry-1', 'sess-new', T0 + 2))).toBeNull();
  });

  it('saves agent limits and keeps the adapter state of a session', async () => {
    await store.tx((tx) =>
      tx.saveAgent(
        { agentId: 'a', teamId: 't', locale: 'ms', limits: { minutes: 5, hostility: 2, complexity: 2 } },
        T0,
      ),
    );
    expect(await store.getAgent('a')).toEqual({
      agentId: 'a',
      teamId: 't',
      locale: 'ms',
      limits: { minutes: 5, hostility: 2, complexity: 2 },
    });
    const { session } = started('s7');
    await store.tx((tx) => tx.insertSession(session));
    await store.setSurfaceRef('s7', { channel: 'D1', ts: '1.2' });
    expect(await store.getSurfaceRef('s7')).toEqual({ channel: 'D1', ts: '1.2' });
  });

  it('never stores the clear customer reference, only the hash and the hint', async () => {
    const { session } = started('s8');
    await store.tx((tx) => tx.insertSession(session));
    const row = JSON.stringify(await store.getSession('s8'));
    expect(row).toContain('…1234');
    expect(row).not.toMatch(/@|\+\d{7}/);
  });
});
