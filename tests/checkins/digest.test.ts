/** The weekly digest: pure figures from plain rows, and from a seeded week through the real store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, isoWeek, renderDigest, weekBounds } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends, ManualClock } from '../helpers/store.ts';
import { wireCare } from './wire.ts';

const DAY = 86_400_000;

describe('ISO weeks', () => {
  it('names weeks and their bounds', () => {
    expect(isoWeek(Date.UTC(2026, 10, 23, 9))).toBe('2026-W48');
    expect(isoWeek(Date.UTC(2027, 0, 1))).toBe('2026-W53');
    expect(weekBounds('2026-W48')).toEqual({ from: Date.UTC(2026, 10, 23), to: Date.UTC(2026, 10, 30) });
    expect(weekBounds('2026-W54')).toBeNull();
    expect(weekBounds('nonsense')).toBeNull();
  });
});

describe('buildDigest', () => {
  const base = { teamId: 't1', week: '2026-W48', sessions: [], namedCheckins: [], pageAcks: [] };
  it('hides anonymous mood under three contributors and shows it at three', () => {
    const anonymousCheckins = [{ mood: 1 }, { mood: 2 }, { mood: 2 }, { mood: 4 }];
    expect(buildDigest({ ...base, anonymousCheckins, anonymousContributors: 2 }).anonymousMood).toBeNull();
    expect(buildDigest({ ...base, anonymousCheckins, anonymousContributors: 3 }).anonymousMood).toEqual({
      average: 2.3,
      count: 4,
      contributors: 3,
    });
  });
  it('computes the median time to acknowledge when pages are given', () => {
    const d = buildDigest({
      ...base,
      anonymousCheckins: [],
      anonymousContributors: 0,
      pageAcks: [
        { pagedAt: 0, acknowledgedAt: 30_000 },
        { pagedAt: 0, acknowledgedAt: 90_000 },
        { pagedAt: 0, acknowledgedAt: 60_000 },
        { pagedAt: 0, acknowledgedAt: null },
      ],
    });
    expect(d.pages).toEqual({ count: 4, acknowledged: 3, medianAckMs: 60_000 });
    expect(renderDigest(d, 'en').join('\n')).toContain('median time to acknowledge 60 s');
  });
});

describe.each(backends)('digest of a seeded week ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  it('counts incidents, outcomes, limits, threats and mood; hides two anonymous contributors', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 23, 9)); // Monday of 2026-W48
    const app = wireCare(store, { clock });
    const run = async (
      agentId: string,
      kind: 'vulgarity' | 'insult',
      events: Parameters<typeof app.sessions.apply>[0]['event'][],
    ) => {
      const s = await app.sessions.start({ agentId, surface: 'test', kind, channel: 'chat', locale: 'en' });
      if (!s.ok) throw new Error(s.error.code);
      for (const event of events) await app.sessions.apply({ sessionId: s.value.session.id, actor: agentId, event });
    };
    await run('a1', 'vulgarity', [{ type: 'close', outcome: 'resolved' }]);
    await run('a2', 'insult', [
      { type: 'complexity', value: 5 },
      { type: 'close', outcome: 'escalated' },
    ]);
    await run('a3', 'insult', [
      { type: 'threat', kind: 'legal' },
      { type: 'close', outcome: 'resolved' },
    ]);
    await app.care.checkin({ agentId: 'a1', surface: 'test', mood: 4, visibility: 'named' });
    await app.care.checkin({ agentId: 'a2', surface: 'test', mood: 2, visibility: 'named' });
    clock.advance(DAY);
    await app.care.checkin({ agentId: 'a1', surface: 'test', mood: 3, visibility: 'named' });
    await app.care.checkin({ agentId: 'a3', surface: 'test', mood: 5, visibility: 'private' });
    await app.care.checkin({ agentId: 'a1', surface: 'test', mood: 1, visibility: 'anonymous' });
    await app.care.checkin({ agentId: 'a1', surface: 'test', mood: 2, visibility: 'anonymous' });
    await app.care.checkin({ agentId: 'a2', surface: 'test', mood: 2, visibility: 'anonymous' });
    clock.advance(7 * DAY); // next week: not counted
    await app.care.checkin({ agentId: 'a3', surface: 'test', mood: 1, visibility: 'named' });

    // One directory for sessions and check-ins (as in production): everything is in the agents' team t1.
    const r = await app.care.digest('t1', '2026-W48');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value;
    expect(d.contacts).toBe(3);
    expect(d.hardContacts).toBe(2); // the complexity page and the legal threat report
    // The legal threat switched a3's insult contact to the threat path: it counts as what it became.
    expect(d.incidents).toEqual({ vulgarity: 1, insult: 1, legal_threat: 1 });
    expect(d.outcomes).toEqual({ resolved: 2, escalated: 1 });
    expect(d.limitsCrossed).toEqual({ minutes: 0, hostility: 0, complexity: 1 });
    expect(d.threatsReported).toEqual({ legal: 1 });
    const t1 = r;
    expect((await app.care.digest('default', '2026-W48')).ok).toBe(true);
    expect(t1.ok && t1.value.namedMood).toEqual({
      byDay: [
        { day: '2026-11-23', average: 3, count: 2 },
        { day: '2026-11-24', average: 3, count: 1 },
      ],
      week: { average: 3, count: 3 },
    });
    // Three anonymous check-ins by two people: hidden.
    expect(t1.ok && t1.value.anonymousMood).toBeNull();
    // a2's complexity page, in the team's own page count, not acknowledged.
    expect(t1.ok && t1.value.pages).toMatchObject({ count: 1, acknowledged: 0 });
    const printed = t1.ok ? renderDigest(t1.value, 'en').join('\n') : '';
    expect(printed).toContain('not shown (fewer than 3 people');
    expect(printed).not.toContain('1.7');
  });
});
