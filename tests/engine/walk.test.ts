/**
 * Generated: every edge of every playbook, on every contact channel, replayed through the real
 * `step` function (shortest path to the edge, then shortest path to an outcome). Every path must
 * end in an outcome; no step may be unreachable; every text key must exist in the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/engine/i18n/catalogue.ts';
import { type Session, startSession, step } from '../../src/engine/index.ts';
import { playbooks } from '../../src/engine/playbooks/index.ts';
import { buildGraph, pathToOutcome, stateKey } from '../../src/engine/playbooks/walk.ts';
import { CONTACT_CHANNELS, type ContactChannel, type IncidentKind } from '../../src/engine/types.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const limits = { minutes: 30, hostility: 5, complexity: 5 };

function start(kind: IncidentKind, channel: ContactChannel): Session {
  return startSession(
    { id: 's1', agentId: 'a1', teamId: null, surface: 'test', kind, channel, locale: 'en', limits, customer: null },
    T0,
  ).session;
}

function replay(session: Session, choices: readonly string[]): Session {
  let s = session;
  for (const [i, choiceId] of choices.entries()) {
    const r = step(s, { type: 'choose', choiceId }, T0 + (i + 1) * 1000);
    if (!r.ok) throw new Error(`choice ${choiceId} on step ${s.stepId} refused: ${r.error.code}`);
    s = r.session;
  }
  return s;
}

for (const pb of Object.values(playbooks)) {
  describe(`playbook ${pb.kind}`, () => {
    const reached = new Set<string>();
    for (const channel of CONTACT_CHANNELS) {
      const g = buildGraph(pb, channel);
      for (const s of g.states.values()) reached.add(s.stepId);

      it(`${channel}: every reachable state can still reach an outcome`, () => {
        const deadEnds = [...g.states.values()].filter((s) => pathToOutcome(g, s) === null).map(stateKey);
        expect(deadEnds).toEqual([]);
      });

      it(`${channel}: every edge, replayed through step(), ends in its outcome`, () => {
        expect(g.edges.length).toBeGreaterThan(3);
        for (const edge of g.edges) {
          const prefix = [...(g.pathTo.get(stateKey(edge.from)) ?? []), edge.choice.id];
          const rest = typeof edge.to === 'string' ? null : pathToOutcome(g, edge.to);
          const expected = typeof edge.to === 'string' ? edge.to : rest?.outcome;
          const end = replay(start(pb.kind, channel), [...prefix, ...(rest?.path ?? [])]);
          expect(end.status, prefix.join(' → ')).toBe('closed');
          expect(end.outcome).toBe(expected);
          expect(end.timeline.at(-1)?.type).toBe('closed');
        }
      });
    }

    it('has no unreachable step on any channel', () => {
      expect(Object.keys(pb.steps).filter((id) => !reached.has(id))).toEqual([]);
    });

    it('has every text key in the English catalogue', () => {
      const en = catalogueFor('en');
      const keys = Object.values(pb.steps).flatMap((s) => [
        s.title,
        ...s.guidance,
        ...s.say,
        ...s.choices.map((c) => c.label),
      ]);
      expect(keys.filter((k) => en[k] === undefined)).toEqual([]);
    });
  });
}
