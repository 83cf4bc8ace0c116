/** The critical moment in the engine (issue 14): true outcomes, emergency guidance, no false "flagged". */
import { describe, expect, it } from 'vitest';
import { type Session, type StartInput, startSession, step, viewSession } from '../../src/engine/index.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const base: StartInput = {
  id: 'sess-1',
  agentId: 'console:amira',
  teamId: 'team-a',
  surface: 'test',
  kind: 'physical_threat',
  channel: 'in_person',
  locale: 'en',
  limits: { minutes: 20, hostility: 5, complexity: 3 },
  customer: null,
};

function apply(session: Session, ...events: Parameters<typeof step>[1][]): Session {
  let s = session;
  for (const [i, e] of events.entries()) {
    const r = step(s, e, T0 + (i + 1) * 1000);
    if (!r.ok) throw new Error(`${e.type}: ${r.error.code}`);
    s = r.session;
  }
  return s;
}

describe('true outcomes', () => {
  it('ending a physical-threat contact safely is recorded as ended_for_safety, not "after a warning"', () => {
    const { session } = startSession(base, T0);
    const closed = apply(session, { type: 'choose', choiceId: 'ending' }, { type: 'choose', choiceId: 'ended' });
    expect(closed.outcome).toBe('ended_for_safety');
    expect(closed.warnings).toBe(0);
    expect(viewSession(closed, T0).closedSummary).toBe('Session closed: Ended for safety.');
  });

  it('the close menu offers "ended for safety" after a physical threat only', () => {
    const hostile = startSession({ ...base, kind: 'hostile', channel: 'phone' }, T0).session;
    expect(viewSession(hostile, T0).outcomes.map((o) => o.id)).not.toContain('ended_for_safety');
    const refused = step(hostile, { type: 'close', outcome: 'ended_for_safety' }, T0);
    expect(refused.ok).toBe(false);
    const threatened = apply(hostile, { type: 'threat', kind: 'physical' });
    expect(viewSession(threatened, T0).outcomes.map((o) => o.id)).toContain('ended_for_safety');
    expect(apply(threatened, { type: 'close', outcome: 'ended_for_safety' }).outcome).toBe('ended_for_safety');
  });

  it('"the customer is flagged" is said only when a flag can have been written', () => {
    const ending = (customer: StartInput['customer']) => {
      const { session } = startSession({ ...base, kind: 'vulgarity', channel: 'phone', customer }, T0);
      const s = apply(
        session,
        ...['keeps_swearing', 'again', 'carried_on', 'carried_on'].map((choiceId) => ({
          type: 'choose' as const,
          choiceId,
        })),
      );
      expect(s.stepId).toBe('end_conversation');
      return { s, guidance: viewSession(s, T0).guidance.join('\n') };
    };
    const anonymous = ending(null);
    expect(anonymous.s.flagged).toEqual([]);
    expect(anonymous.guidance).not.toContain('The customer is flagged');
    expect(anonymous.guidance).toContain('nobody is flagged');
    const known = ending({ key: 'k', hint: '…1234' });
    expect(known.s.flagged).toEqual(['vulgarity']);
    expect(known.guidance).toContain('The customer is flagged');
  });
});

describe('emergency guidance', () => {
  const guidance = (input: Partial<StartInput>) =>
    viewSession(startSession({ ...base, ...input }, T0).session, T0).guidance.join('\n');

  it('in person: move away and call the team number, with the team sentence', () => {
    const g = guidance({ emergency: { number: '999', note: 'Building security: extension 4444.' } });
    expect(g).toContain('move away from the customer to a safe place, then call 999');
    expect(g).toContain('Building security: extension 4444.');
  });

  it('on the phone: end the call safely; without a team number, a sensible default', () => {
    const g = guidance({ channel: 'phone' });
    expect(g).toContain('end the call safely, then call your local emergency number');
    expect(g).not.toContain('move away');
  });

  it('in Malay, and after a threat reported mid-contact from another playbook', () => {
    const { session } = startSession(
      { ...base, kind: 'insult', channel: 'phone', locale: 'ms', emergency: { number: '999' } },
      T0,
    );
    const s = apply(session, { type: 'threat', kind: 'physical' });
    expect(viewSession(s, T0, 'ms').guidance.join('\n')).toContain(
      'tamatkan panggilan telefon dengan selamat, kemudian hubungi 999',
    );
  });

  it('a session started under the previous physical-threat playbook still runs (kept loaded)', () => {
    const { session } = startSession(base, T0);
    const old: Session = { ...session, playbookVersion: '2026-11-23.1' };
    const closed = apply(old, { type: 'choose', choiceId: 'ending' }, { type: 'choose', choiceId: 'ended' });
    expect(closed.outcome).toBe('ended_after_warning');
  });
});
