/**
 * PracticeService over a real store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): a run goes
 * through the real engine and the team's real policy, shows what would be paged, reported and flagged,
 * and writes nothing but its practice_runs row: no session, outbox, escalation, timer, flag or care row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PracticeView } from '../../src/app/practice.ts';
import { type Move, text } from '../../src/engine/index.ts';
import { transcriptLines } from '../../src/engine/practice/render.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { nonEmpty, rowCounts } from './rows.ts';

const AGENT = 'console:amira';
const SAM = 'console:sam';
const policies = new EditablePolicies({
  teamId: null,
  levels: [{ supervisors: [SAM], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['console:escalations'],
  security: ['console:security'],
  legal: [],
});

async function playAll(app: ReturnType<typeof wire>, token: string, moves: Move[]): Promise<PracticeView> {
  let t = token;
  let last: PracticeView | null = null;
  for (const m of moves) {
    const r = await app.practice.play(AGENT, t, m);
    if (!r.ok) throw new Error(r.text.key);
    last = r.value;
    t = r.value.token;
  }
  if (last === null) throw new Error('no moves');
  return last;
}

describe.each(backends)('practice service ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  it('shows what would be paged, reported and flagged, and stores only the score', async () => {
    const app = wire(store, {
      policies,
      directory: { teamOf: () => 'team-a', isSupervisor: (id) => id === SAM },
    });
    const begun = await app.practice.begin({
      agentId: AGENT,
      locale: 'en',
      scenario: 'vulgar_delivery_in_person',
      seed: 7,
    });
    if (!begun.ok) throw new Error(begun.text.key);
    expect(begun.value.token).toBe('vulgar_delivery_in_person.en.7.');
    const v = await playAll(app, begun.value.token, ['listen', 'repeat', 'report', 'boundary', 'last_line', 'end']);
    const lines = transcriptLines(v.run, v.would, 'en');
    expect(lines).toContain(
      '  → Would page console:sam by DM and post in console:escalations (critical: A physical threat always pages at once)',
    );
    expect(lines).toContain('  → Would report the threat to security: console:security');
    expect(lines).toContain('  → Would flag the customer for physical threat, so the next agent is prepared');
    expect(v.debrief?.score).toBeGreaterThanOrEqual(85);
    await app.runner.tick();
    expect(app.delivery.delivered).toEqual([]);
    expect(app.careDelivery.delivered).toEqual([]);
    expect(nonEmpty(await rowCounts(store)).filter((t) => !t.startsWith('__'))).toEqual(['practice_runs']);
    // Clicking the last move again stores nothing more.
    await app.practice.play(AGENT, v.token, 'end');
    const history = await app.practice.history(AGENT);
    expect(history.ok && history.value.map((r) => [r.scenario, r.score, r.kind])).toEqual([
      ['vulgar_delivery_in_person', v.debrief?.score, 'vulgarity'],
    ]);
  });

  it('the team count is for supervisors only, and counts runs, not scores', async () => {
    const app = wire(store, { policies, directory: { teamOf: () => 'team-a', isSupervisor: (id) => id === SAM } });
    for (const seed of [1, 2]) {
      const b = await app.practice.begin({ agentId: AGENT, locale: 'ms', kind: 'insult', seed });
      if (!b.ok) throw new Error(b.text.key);
      await playAll(app, b.value.token, ['argue', 'argue', 'end']);
    }
    const team = await app.practice.teamWeek(SAM, 'team-a');
    expect(team.ok && team.value.count).toBe(2);
    const refused = await app.practice.teamWeek(AGENT, 'team-a');
    expect(refused.ok ? null : text('en', refused.text.key)).toBe("Only a supervisor sees the team's practice count.");
  });

  it('refuses an unknown kind, scenario or a forged token with a sentence', async () => {
    const app = wire(store);
    const kind = await app.practice.begin({ agentId: AGENT, locale: 'en', kind: 'spitting' });
    expect(kind.ok ? null : kind.text.key).toBe('practice.unknown_kind');
    const scenario = await app.practice.begin({ agentId: AGENT, locale: 'en', scenario: 'nope' });
    expect(scenario.ok ? null : scenario.text.key).toBe('practice.unknown_scenario');
    const forged = await app.practice.play(AGENT, 'hostile_billing_phone.en.1.zzz', 'listen');
    expect(forged.ok ? null : forged.text.key).toBe('practice.chat.expired');
  });
});
