/**
 * Practice mode's pure side (issue 22): scenarios validated in every language, the simulated customer,
 * replays by seed, the debrief's scores, and the run through the real engine and playbooks.
 */
import { describe, expect, it } from 'vitest';
import {
  debrief,
  loadScenarios,
  MAX_MOVES,
  MOVE_IDS,
  type Move,
  practiceEngineRun,
  replayRun,
  type ScenarioInput,
  scenarioById,
  scenarios,
} from '../../src/engine/practice/index.ts';
import { REACTIONS, reactions } from '../../src/engine/practice/reactions.ts';
import { abuseScenarios } from '../../src/engine/practice/scenarios-abuse.ts';
import { INCIDENT_KINDS, LOCALES } from '../../src/engine/types.ts';
import { goodMove, playMoves, playScript } from './scripts.ts';

const LIMIT = 4;
const engineInput = {
  id: 'practice-1',
  agentId: 'console:amira',
  teamId: null,
  surface: 'practice',
  limits: { minutes: 20, hostility: LIMIT, complexity: 3 },
  startedAt: Date.UTC(2026, 11, 7, 9),
};
const get = (id: string) => {
  const s = scenarioById(id);
  if (s === null) throw new Error(id);
  return s;
};

describe('practice scenarios', () => {
  it('every kind has at least 3, with a last-resort, a supervisor and a physical-threat one, in all five languages', () => {
    for (const kind of INCIDENT_KINDS) {
      const of = scenarios.filter((s) => s.kind === kind);
      expect(of.length, kind).toBeGreaterThanOrEqual(3);
      expect(of.map((s) => s.need)).toEqual(expect.arrayContaining(['last_resort', 'supervisor']));
      expect(of.some((s) => s.threatAt !== undefined)).toBe(true);
    }
    for (const s of scenarios) for (const l of LOCALES) expect(s.opening[l].length, `${s.id} ${l}`).toBeGreaterThan(0);
    for (const r of REACTIONS) for (const l of LOCALES) expect(reactions[r][l].length, `${r} ${l}`).toBeGreaterThan(0);
  });

  it('refuses a scenario missing a language, and a kind without enough scenarios', () => {
    const [first, ...rest] = abuseScenarios as ScenarioInput[];
    if (first === undefined) throw new Error('no scenarios');
    const { tl: _tl, ...noTagalog } = first.opening;
    expect(() => loadScenarios([{ ...first, opening: noTagalog } as ScenarioInput, ...rest])).toThrow(
      /vulgar_refund_phone: opening.tl/,
    );
    expect(() => loadScenarios(abuseScenarios)).toThrow(/legal_threat: 0 scenario\(s\)/);
  });
});

describe('the simulated customer', () => {
  it('the same seed gives the same transcript; another seed varies the lines', () => {
    const s = get('insult_wait_phone');
    const moves: Move[] = ['listen', 'repeat', 'argue', 'boundary', 'last_line', 'end'];
    const a = replayRun(s, 'nb', 7, moves);
    expect(replayRun(s, 'nb', 7, moves).transcript).toEqual(a.transcript);
    const others = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(replayRun(s, 'nb', seed, moves).transcript));
    expect(new Set([...others, JSON.stringify(a.transcript)]).size).toBeGreaterThan(1);
  });

  it('calms when heard, gets worse when argued with, and a threat escalates when no boundary is set', () => {
    const s = get('hostile_billing_phone');
    expect(playMoves(s, 'en', 1, ['listen', 'listen', 'repeat']).moods.at(-1)).toBe(1);
    expect(playMoves(s, 'en', 1, ['argue', 'interrupt']).moods.at(-1)).toBe(5);
    const t = get('hostile_queue_in_person');
    const ignored = playMoves(t, 'en', 1, ['listen', 'solve', 'solve']);
    expect(ignored.threats).toEqual(['physical']);
    expect(ignored.transcript.some((e) => e.who === 'customer' && e.reaction === 'threat_worse')).toBe(true);
    const held = playMoves(t, 'en', 1, ['listen', 'boundary', 'report']);
    expect(held.transcript.some((e) => e.who === 'customer' && e.reaction === 'threat_worse')).toBe(false);
  });

  // Every scenario, in every language, walked by the good agent, each move repeated, and 20 seeded random
  // agents: every run ends (at the latest after MAX_MOVES), has a debrief, and runs through the real engine.
  for (const s of scenarios)
    it(`${s.id}: every walk ends with a debrief, in every language`, () => {
      for (const locale of LOCALES) {
        const walks: Move[][] = MOVE_IDS.map((m) => Array<Move>(MAX_MOVES).fill(m));
        let x = 12345;
        for (let k = 0; k < 20; k++)
          walks.push(
            Array.from({ length: MAX_MOVES }, () => {
              x = (x * 1103515245 + 12345) % 2147483648;
              return MOVE_IDS[x % MOVE_IDS.length] as Move;
            }),
          );
        const runs = [playScript(s, locale, 3, goodMove), ...walks.map((w) => playMoves(s, locale, 3, w))];
        for (const r of runs) {
          expect(r.status).not.toBe('open');
          for (const e of r.transcript) if (e.who === 'customer') expect(e.text.length).toBeGreaterThan(2);
          const d = debrief(s, r, LIMIT);
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
          expect(practiceEngineRun(s, r, engineInput).session.id).toBe('practice-1');
        }
      }
    });
});

describe('the debrief', () => {
  it('a good run scores at least 85 on every scenario, with nothing or little to work on', () => {
    for (const s of scenarios) {
      const d = debrief(s, playScript(s, 'en', 11, goodMove), LIMIT);
      expect(d.score, s.id).toBeGreaterThanOrEqual(85);
    }
  });

  it('arguing and ending without a warning scores at most 40; the two things to work on point to the guide', () => {
    for (const s of scenarios) {
      const d = debrief(s, playMoves(s, 'en', 11, ['argue', 'argue', 'end']), LIMIT);
      expect(d.score, s.id).toBeLessThanOrEqual(40);
      expect(d.focus).toHaveLength(2);
    }
    const d = debrief(
      get('insult_wait_phone'),
      playMoves(get('insult_wait_phone'), 'en', 1, ['argue', 'argue', 'end']),
      LIMIT,
    );
    expect(d.focus.map((f) => [f.id, f.section])).toEqual([
      ['vent', 1],
      ['warn_before_end', 6],
    ]);
  });

  it('a run the customer gives up on loses the resolution points', () => {
    const s = get('senior_upgrade_phone');
    const r = playMoves(s, 'en', 1, Array<Move>(MAX_MOVES).fill('listen'));
    expect(r.status).toBe('gave_up');
    const d = debrief(s, r, LIMIT);
    expect(d.results.find((x) => x.id === 'resolution')?.earned).toBe(0);
  });

  it('counts the warnings and wants the last-resort line once', () => {
    const s = get('vulgar_refund_phone');
    const twice = debrief(
      s,
      playMoves(s, 'en', 1, ['listen', 'repeat', 'boundary', 'last_line', 'last_line', 'end']),
      LIMIT,
    );
    expect(twice.warnings).toBe(3);
    expect(twice.results.find((r) => r.id === 'last_line_once')?.earned).toBe(0);
  });
});

describe('a practice run through the real engine', () => {
  it('a reported physical threat would page critically, report to security and flag; ending would flag and offer decompression', () => {
    const s = get('vulgar_delivery_in_person');
    const r = playMoves(s, 'en', 1, ['listen', 'repeat', 'report', 'boundary', 'last_line', 'end']);
    const types = practiceEngineRun(s, r, engineInput).would.map((w) => [w.turn, w.effect.type]);
    expect(types).toEqual(
      expect.arrayContaining([
        [3, 'pageSupervisor'],
        [3, 'reportThreat'],
        [3, 'flagCustomer'],
        [6, 'offerDecompression'],
      ]),
    );
    const phys = practiceEngineRun(
      get('physical_counter_in_person'),
      playScript(get('physical_counter_in_person'), 'en', 1, goodMove),
      engineInput,
    );
    expect(phys.session.kind).toBe('physical_threat');
    expect(phys.would.find((w) => w.effect.type === 'pageSupervisor')?.effect).toMatchObject({ severity: 'normal' });
    expect(phys.would.some((w) => w.effect.type === 'pageSupervisor' && w.effect.severity === 'critical')).toBe(true);
  });
});
