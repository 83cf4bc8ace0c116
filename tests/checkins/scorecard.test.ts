/**
 * The scorecard from a seeded month through the real services and store: five weeks of paged,
 * acknowledged and closed contacts, with each figure's change and 4-week average, and the anonymity
 * floor withholding what fewer than three agents contributed (and everything computed from it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Digest, renderDigest, type ScorecardFigure } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends, ManualClock } from '../helpers/store.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const W44 = Date.UTC(2026, 9, 26, 9); // Monday of 2026-W44; the report is for 2026-W48

describe.each(backends)('scorecard of a seeded month ($name)', (backend) => {
  let store: DrizzleStore;
  let digest: Digest;
  beforeAll(async () => {
    store = await backend.open();
    const clock = new ManualClock(W44);
    const policies = new EditablePolicies({
      teamId: 't1',
      levels: [{ supervisors: ['console:sup'], ackTimeoutMinutes: 30, repeat: 0 }],
      channels: [],
      security: [],
      legal: [],
    });
    const directory = { teamOf: () => 't1', isSupervisor: () => false, supervisorsOf: () => [] };
    const app = wire(store, { clock, policies, teamOf: () => 't1', careDirectory: directory });
    const contact = async (
      agentId: string,
      opts: { page?: number; minutes: number; channel?: 'phone' | 'email'; customer?: string },
    ) => {
      const s = await app.sessions.start({
        agentId,
        surface: 'test',
        kind: 'insult',
        channel: opts.channel ?? 'phone',
        locale: 'en',
        ...(opts.customer ? { customerReference: opts.customer } : {}),
      });
      if (!s.ok) throw new Error(s.error.code);
      const id = s.value.session.id;
      if (opts.page !== undefined) {
        await app.sessions.apply({
          sessionId: id,
          actor: agentId,
          event: { type: 'escalate', reason: 'customer_insists' },
        });
        clock.advance(opts.page * MIN);
        const [e] = await store.board.escalationsOf([id]);
        if (e === undefined) throw new Error('no escalation');
        const r = await app.escalations.answer({ escalation: e.id, by: 'console:sup' });
        if (!r.ok) throw new Error(r.error.code);
      }
      clock.advance((opts.minutes - (opts.page ?? 0)) * MIN);
      await app.sessions.apply({ sessionId: id, actor: agentId, event: { type: 'close', outcome: 'resolved' } });
      clock.advance(MIN);
    };
    for (let w = 0; w < 5; w++) {
      clock.t = W44 + w * 7 * DAY;
      // Three agents, each a paged contact: acknowledged after w+1 minutes, closed after 10+w minutes.
      for (const agent of ['a1', 'a2', 'a3'])
        await contact(agent, { page: w + 1, minutes: 10 + w, customer: `+47 4000 00${agent.slice(1)}` });
      // Week 47: one agent answers an e-mail. Written then has one contributor: withheld.
      if (w === 3) await contact('a1', { minutes: 5, channel: 'email' });
      // Week 48: a3 takes a2's customer again within the hour: a reopened contact, by one agent.
      if (w === 4) await contact('a3', { minutes: 3, customer: '+47 4000 002' });
    }
    const r = await app.care.digest('t1', '2026-W48');
    if (!r.ok) throw new Error(r.error.code);
    digest = r.value;
  });
  afterAll(() => store.close());

  const figure = (id: string): ScorecardFigure | undefined => digest.scorecard?.figures.find((f) => f.id === id);

  it('gives this week, the change against last week and the 4-week average', () => {
    // Median hard contact: 14 min this week, 13 last week; 10, 11, 12, 13 before.
    expect(figure('hard_minutes')).toEqual({ id: 'hard_minutes', value: 14, hidden: false, change: 1, average: 11.5 });
    // Acknowledged after 5 min this week, 4 last week; 1–4 min before.
    expect(figure('ack_seconds')).toEqual({ id: 'ack_seconds', value: 300, hidden: false, change: 60, average: 150 });
    expect(figure('escalations_per_100')).toEqual({
      id: 'escalations_per_100',
      value: 100,
      hidden: false,
      change: 0,
      average: 100,
    });
    expect(figure('limit_minutes')).toEqual({ id: 'limit_minutes', value: 0, hidden: false, change: 0, average: 0 });
  });

  it('withholds figures under three contributors and whatever would be computed from them', () => {
    // Week 47's e-mail came from one agent: written and verbal of week 47 are withheld, so this week's
    // change and the 4-week average (which would include week 47) are too; this week's values show.
    expect(figure('written')).toEqual({ id: 'written', value: 0, hidden: false, change: null, average: null });
    expect(figure('verbal')).toEqual({ id: 'verbal', value: 4, hidden: false, change: null, average: null });
    // One reopened contact, by one agent: withheld, and so is the change; the four weeks before had none.
    expect(figure('reopened')).toEqual({ id: 'reopened', value: null, hidden: true, change: null, average: 0 });
    // The channel split: one agent's contact would stand out.
    expect(digest.scorecard?.channels).toEqual({
      phone: 4,
      chat: 0,
      email: 0,
      letter: 0,
      in_person: 0,
      sms: 0,
      social: 0,
    });
    const printed = renderDigest(digest, 'en').join('\n');
    expect(printed).toContain('Rework: contacts reopened (same customer within 24 h): not shown (fewer than 3 people)');
    expect(printed).toContain('Turnaround: median time to acknowledge a page, seconds: 300 (+60, avg 150)');
    expect(printed).toContain('Pages: 3 pages, 3 acknowledged');
    expect(printed).toContain('Not measured: referrals and repeat business.');
    // With a scorecard, the unfloored lines are not printed twice.
    expect(printed).not.toContain('Limits crossed: none');
  });

  it('carries the 8-week trend for the chart', () => {
    expect(digest.trend?.weeks.map((w) => w.week)).toEqual([
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
    expect(digest.trend?.weeks.map((w) => w.pages)).toEqual([0, 0, 0, 3, 3, 3, 3, 3]);
    expect(digest.trend?.weeks.map((w) => w.medianAckSeconds)).toEqual([null, null, null, 60, 120, 180, 240, 300]);
    expect(digest.trend?.weeks[7]?.incidents.insult).toBe(4);
  });
});
