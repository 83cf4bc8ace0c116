import { describe, expect, it } from 'vitest';
import { renderNotice, type StartInput, startSession, step, viewSession } from '../../src/engine/index.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const DAY = 86_400_000;
const base: StartInput = {
  id: 'sess-1',
  agentId: 'console:amira',
  teamId: 'team-a',
  surface: 'test',
  kind: 'insult',
  channel: 'chat',
  locale: 'en',
  limits: { minutes: 20, hostility: 4, complexity: 3 },
  customer: { key: 'hmac-abc', hint: '…4321' },
};

describe('customer flags in the engine', () => {
  it('an agent flag carries its note in the effect only; the timeline records that a note exists', () => {
    const { session } = startSession(base, T0);
    const r = step(session, { type: 'flag', kind: 'hostility', note: '  rude about my accent  ' }, T0 + 1000);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.effects.find((e) => e.type === 'flagCustomer')).toMatchObject({
      kind: 'hostility',
      note: 'rude about my accent',
    });
    expect(r.session.timeline.at(-1)).toMatchObject({
      type: 'customer_flagged',
      data: { kind: 'hostility', by: 'agent', note: true },
    });
    expect(JSON.stringify(r.session)).not.toContain('accent');
    const notice = r.effects.find((e) => e.type === 'notice');
    if (notice?.type !== 'notice') throw new Error('no notice');
    expect(renderNotice(notice, 'en')).toBe('The customer has been flagged (hostility) so the next agent is prepared.');
  });

  it('flags a kind once per session, and offers only the kinds not yet flagged', () => {
    const { session } = startSession(base, T0);
    const first = step(session, { type: 'threat', kind: 'legal' }, T0 + 1000);
    if (!first.ok) throw new Error(first.error.code);
    const again = step(first.session, { type: 'flag', kind: 'legal_threat' }, T0 + 2000);
    if (!again.ok) throw new Error(again.error.code);
    expect(again.effects.map((e) => e.type)).toEqual(['notice', 'prompt']);
    expect(again.effects[0]).toMatchObject({ key: 'flags.already' });
    expect(viewSession(again.session, T0).flag?.kinds.map((k) => k.id)).toEqual([
      'vulgarity',
      'insult',
      'physical_threat',
      'hostility',
    ]);
  });

  it('refuses a flag without a customer and offers no flag action', () => {
    const { session } = startSession({ ...base, customer: null }, T0);
    expect(step(session, { type: 'flag', kind: 'insult' }, T0)).toEqual({ ok: false, error: { code: 'no_customer' } });
    expect(viewSession(session, T0).flag).toBeNull();
  });

  it('shows prior flags on the first step: counts and kinds, most recent first, when and which team', () => {
    const { session } = startSession(
      {
        ...base,
        priorFlags: {
          total: 3,
          kinds: [
            { kind: 'physical_threat', count: 1, lastAt: T0 - 2 * DAY, lastTeamId: 'billing' },
            { kind: 'insult', count: 2, lastAt: T0 - 40 * DAY, lastTeamId: null },
          ],
        },
      },
      T0,
    );
    expect(session.timeline[0]?.data).toMatchObject({ priorFlags: 3 });
    expect(viewSession(session, T0).priorFlags).toBe(
      'Heads up: earlier flags on this customer (3 in all): physical threat ×1 (last 2026-11-21, team billing); insults ×2 (last 2026-10-14, no team).',
    );
    expect(viewSession(startSession(base, T0).session, T0).priorFlags).toBeNull();
  });
});
