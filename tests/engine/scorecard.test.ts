/**
 * The supervisor's view, pure parts: scorecard figures and their anonymity floor, the 8-week trend,
 * the board's order, the agent's own trend and its pointer to support, and the chart's labels.
 */
import { describe, expect, it } from 'vitest';
import { hasGlyph } from '../../src/charts/font.ts';
import {
  boardContact,
  buildMyTrend,
  buildScorecard,
  buildTrend,
  CONTACT_CHANNELS,
  digestChart,
  type Escalation,
  INCIDENT_KINDS,
  LOCALES,
  renderMyTrend,
  renderScorecard,
  type ScoreSessionRow,
  type ScoreWeek,
  type Session,
  scoreRows,
  sortBoard,
  textWidth,
} from '../../src/engine/index.ts';

const MIN = 60_000;
const DAY = 86_400_000;

const row = (agentId: string, over: Partial<ScoreSessionRow> = {}): ScoreSessionRow => ({
  agentId,
  channel: 'phone',
  startedAt: 0,
  closedAt: 10 * MIN,
  hard: false,
  escalations: 0,
  limitsCrossed: [],
  threatsReported: [],
  flaggedCustomer: false,
  reopened: false,
  ...over,
});
const week = (name: string, sessions: ScoreSessionRow[], pageAcks: ScoreWeek['pageAcks'] = []): ScoreWeek => ({
  week: name,
  sessions,
  pageAcks,
});
const figure = (card: ReturnType<typeof buildScorecard>, id: string) => card.figures.find((f) => f.id === id);

describe('scorecard', () => {
  // Three agents every week: figures are shown. Hard contacts of 10, 20 and 30 minutes: median 20.
  const hard = (agent: string, minutes: number, escalations = 1) =>
    row(agent, { hard: true, closedAt: minutes * MIN, escalations });
  const full = (extra: ScoreSessionRow[] = []) => [
    hard('a', 10),
    hard('b', 20),
    hard('c', 30, 2),
    row('a', { channel: 'email' }),
    row('b', { channel: 'email' }),
    row('c', { channel: 'email' }),
    ...extra,
  ];

  it('gives each figure this week, its change and the average of the four weeks before', () => {
    const weeks = [
      week('2026-W48', full([row('a')])),
      week('2026-W47', full()),
      week('2026-W46', full()),
      week('2026-W45', full([row('a'), row('b'), row('c')])),
      week('2026-W44', full()),
    ];
    const card = buildScorecard(weeks);
    expect(figure(card, 'written')).toEqual({ id: 'written', value: 3, hidden: false, change: 0, average: 3 });
    // Verbal: 4 this week (4 phone contacts), 3 last week; 3, 3, 6, 3 before: average 3.8.
    expect(figure(card, 'verbal')).toEqual({ id: 'verbal', value: 4, hidden: false, change: 1, average: 3.8 });
    expect(figure(card, 'hard_minutes')).toMatchObject({ value: 20, change: 0, average: 20 });
    // 4 escalations over 3 hard contacts: 133 per 100.
    expect(figure(card, 'escalations_per_100')).toMatchObject({ value: 133, change: 0, average: 133 });
    expect(card.channels).toEqual({ phone: 4, chat: 0, email: 3, letter: 0, in_person: 0, sms: 0, social: 0 });
    // One letter from one agent: the split would name who wrote it; it is withheld.
    const letter = buildScorecard([week('2026-W48', full([row('a', { channel: 'letter' })]))]);
    expect(letter.channels).toBeNull();
    expect(figure(letter, 'written')?.hidden).toBe(false);
    expect(card.figures.map((f) => f.id)).toHaveLength(12);
  });

  it('hides a figure with fewer than three contributors, and every change or average that uses it', () => {
    const twoAgents = [row('a', { limitsCrossed: ['hostility'] }), row('b', { limitsCrossed: ['hostility'] })];
    const threeAgents = [...twoAgents, row('c', { limitsCrossed: ['hostility'] })];
    const card = buildScorecard([
      week('W5', twoAgents),
      week('W4', threeAgents),
      week('W3', threeAgents),
      week('W2', twoAgents),
      week('W1', threeAgents),
    ]);
    // This week: two people crossed their hostility limit: hidden, and so is the change.
    expect(figure(card, 'limit_hostility')).toEqual({
      id: 'limit_hostility',
      value: null,
      hidden: true,
      change: null,
      average: null, // W2 of the four weeks before is hidden too
    });
    // Nothing counted names nobody: 0 is shown.
    expect(figure(card, 'limit_minutes')).toEqual({
      id: 'limit_minutes',
      value: 0,
      hidden: false,
      change: 0,
      average: 0,
    });
    const printed = renderScorecard(card, 'en').join('\n');
    expect(printed).toContain('Limits crossed: hostility: not shown (fewer than 3 people) (–, avg –)');
    expect(printed).not.toMatch(/hostility: 2/);
  });

  it('hides written and verbal together (they add up to the contacts shown), and the channel split', () => {
    // One agent writes e-mails: written alone would have one contributor; verbal has three.
    const rows = [row('a', { channel: 'email' }), row('a'), row('b'), row('c')];
    const card = buildScorecard([week('W1', rows)]);
    expect(figure(card, 'written')?.hidden).toBe(true);
    expect(figure(card, 'verbal')?.hidden).toBe(true);
    expect(card.channels).toBeNull();
  });

  it('applies the floor to medians by who paged, and to the time to acknowledge', () => {
    const acks = [
      { pagedAt: 0, acknowledgedAt: 30_000, agentId: 'a' },
      { pagedAt: 0, acknowledgedAt: 60_000, agentId: 'a' },
      { pagedAt: 0, acknowledgedAt: 90_000, agentId: 'b' },
      { pagedAt: 0, acknowledgedAt: null, agentId: 'c' }, // never acknowledged: not a contributor
    ];
    expect(figure(buildScorecard([week('W1', [], acks)]), 'ack_seconds')?.hidden).toBe(true);
    const three = [...acks, { pagedAt: 0, acknowledgedAt: 120_000, agentId: 'c' }];
    expect(figure(buildScorecard([week('W1', [], three)]), 'ack_seconds')).toMatchObject({ value: 75, hidden: false });
  });

  it('names written and verbal channels from isWritten, and says referrals are not in the data', () => {
    const printed = renderScorecard(buildScorecard([week('W1', [])]), 'en').join('\n');
    expect(printed).toContain('Written complaints (e-mail, letter, sms, social media): 0');
    expect(printed).toContain('Verbal complaints (phone, chat, in person): 0');
    expect(printed).toContain('Not measured: referrals and repeat business.');
    expect(
      CONTACT_CHANNELS.every((c) =>
        printed.includes(`${c === 'in_person' ? 'in person' : c === 'email' ? 'e-mail' : c}`),
      ),
    ).toBe(true);
  });
});

describe('scoreRows', () => {
  const session = (id: string, over: Partial<Session>): Session =>
    ({
      id,
      agentId: 'a',
      channel: 'phone',
      customer: { key: 'k1', hint: '…11' },
      status: 'closed',
      startedAt: 0,
      closedAt: 10 * MIN,
      escalated: [],
      reported: [],
      outcome: 'resolved',
      ...over,
    }) as Session;

  it('marks a contact reopened when the same customer comes back within 24 hours, and flagged customers', () => {
    const rows = scoreRows([
      session('s1', {}),
      session('s2', { startedAt: 5 * 3_600_000, closedAt: 5 * 3_600_000 + MIN, priorFlags: { total: 1, kinds: [] } }),
      session('s3', { startedAt: 3 * DAY, closedAt: 3 * DAY + MIN }),
      session('s4', { customer: null, startedAt: 3 * DAY + MIN, closedAt: null, status: 'open' }),
      session('s5', { escalated: ['limit:minutes', 'customer_insists'], startedAt: 3 * DAY + 2 * MIN }),
    ]);
    expect(rows.map((r) => r.reopened)).toEqual([false, true, false, false, true]);
    expect(rows.map((r) => r.flaggedCustomer)).toEqual([false, true, false, false, false]);
    expect(rows[4]).toMatchObject({ hard: true, escalations: 2, limitsCrossed: ['minutes'] });
  });
});

describe('trend', () => {
  it('withholds the time to acknowledge of a week with fewer than three paging agents', () => {
    const base = { kinds: [], namedCheckins: [], anonymousCheckins: [], anonymousContributors: 0 };
    const t = buildTrend([
      { ...base, week: '2026-W47', pageAcks: [{ pagedAt: 0, acknowledgedAt: 40_000, agentId: 'a' }] },
      {
        ...base,
        week: '2026-W48',
        kinds: ['insult', 'insult', 'hostile'],
        pageAcks: ['a', 'b', 'c'].map((agentId, i) => ({ pagedAt: 0, acknowledgedAt: (i + 1) * 20_000, agentId })),
        anonymousCheckins: [{ mood: 2 }, { mood: 3 }],
        anonymousContributors: 2,
      },
    ]);
    expect(t.weeks[0]).toMatchObject({ pages: 1, medianAckSeconds: null, ackHidden: true });
    expect(t.weeks[1]).toMatchObject({ pages: 3, medianAckSeconds: 40, ackHidden: false, anonymousMood: null });
    expect(t.weeks[1]?.incidents).toMatchObject({ insult: 2, hostile: 1, vulgarity: 0 });
  });
});

describe('the agent’s own trend', () => {
  const now = Date.UTC(2026, 10, 27, 12); // Friday of 2026-W48
  it('counts check-ins and hard contacts per week over 8 weeks', () => {
    const t = buildMyTrend(
      now,
      [
        { createdAt: now - DAY, mood: 4 },
        { createdAt: now - 2 * DAY, mood: 3 },
        { createdAt: now - 20 * DAY, mood: 2 },
      ],
      [
        { startedAt: now - DAY, hard: true },
        { startedAt: now - DAY, hard: false },
      ],
    );
    expect(t.weeks.map((w) => w.week)).toEqual([
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
    expect(t.weeks[7]).toEqual({ week: '2026-W48', checkins: 2, mood: 3.5, contacts: 2, hard: 1 });
    expect(t.lowWeek).toBe(false);
  });

  it('points to support after a week of low check-ins on at least three days, in every language', () => {
    const low = [1, 2, 3, 5].map((d) => ({ createdAt: now - d * DAY, mood: 2 }));
    const t = buildMyTrend(now, low, []);
    expect(t.lowWeek).toBe(true);
    // Two low days only, or a better average: no pointer.
    expect(buildMyTrend(now, low.slice(0, 2), []).lowWeek).toBe(false);
    expect(
      buildMyTrend(now, [...low, { createdAt: now - DAY, mood: 5 }, { createdAt: now, mood: 5 }], []).lowWeek,
    ).toBe(false);
    const en = renderMyTrend(t, 'en', 'Care line 0800 123 456').join('\n');
    expect(en).toContain('Your check-ins have been low for a week now.');
    expect(en).toContain('Support is there for you: Care line 0800 123 456');
    expect(renderMyTrend(t, 'en', null).join('\n')).toContain('Your supervisor, or a colleague you trust');
    for (const locale of LOCALES) expect(renderMyTrend(t, locale, 'X').length).toBe(12);
    expect(renderMyTrend(t, 'nb', null).join('\n')).toContain('du trenger ikke bære det alene');
  });
});

describe('who needs help now', () => {
  const open = (id: string, over: Partial<Session>) =>
    ({
      id,
      agentId: `slack:U${id}`,
      kind: 'insult',
      channel: 'phone',
      startedAt: 0,
      hostility: 2,
      limits: { minutes: 20, hostility: 4, complexity: 3 },
      reported: [],
      ...over,
    }) as Session;
  const esc = (sessionId: string, status: Escalation['status'], by: string | null = null) =>
    ({ id: `e-${sessionId}-${status}`, sessionId, status, acknowledgedBy: by }) as Escalation;

  it('puts unanswered pages first, then the most hostile, then the longest', () => {
    const sessions = [open('1', { hostility: 5 }), open('2', {}), open('3', { hostility: 3, startedAt: -MIN })];
    const escalations = [esc('2', 'paging'), esc('3', 'acknowledged', 'slack:USUP')];
    const board = sortBoard(sessions.map((s) => boardContact(s, escalations)));
    expect(board.map((c) => c.sessionId)).toEqual(['2', '1', '3']);
    expect(board[2]?.onTheWay).toEqual([{ by: 'slack:USUP', takenOver: false }]);
  });
});

describe('the chart', () => {
  it('has a glyph for every character of its labels in every language', () => {
    const weeks = ['2026-W41', '2026-W42'].map((w) => ({
      week: w,
      kinds: [...INCIDENT_KINDS],
      pageAcks: [],
      namedCheckins: [],
      anonymousCheckins: [],
      anonymousContributors: 0,
    }));
    for (const locale of LOCALES) {
      const spec = digestChart(buildTrend(weeks), 'frontline', locale);
      const missing = spec.shapes.flatMap((s) => (s.kind === 'text' ? [...s.text].filter((c) => !hasGlyph(c)) : []));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
      // Labels stay inside the picture.
      for (const s of spec.shapes)
        if (s.kind === 'text') expect(s.x + textWidth(s.text, s.size), s.text).toBeLessThanOrEqual(spec.width);
    }
  });
});
