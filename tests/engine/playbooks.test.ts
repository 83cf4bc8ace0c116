import { describe, expect, it } from 'vitest';
import {
  type Effect,
  type Session,
  type SessionEvent,
  type StartInput,
  startSession,
  step,
  viewSession,
} from '../../src/engine/index.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;
const base: StartInput = {
  id: 'sess-1',
  agentId: 'console:amira',
  teamId: 'team-a',
  surface: 'test',
  kind: 'vulgarity',
  channel: 'phone',
  locale: 'en',
  limits: { minutes: 20, hostility: 4, complexity: 3 },
  customer: { key: 'hmac-abc', hint: '…4321' },
};

/** Applies events in order, one second apart, failing loudly on a refusal. */
function run(input: Partial<StartInput>, events: SessionEvent[]): { session: Session; effects: Effect[] } {
  const started = startSession({ ...base, ...input }, T0);
  let session = started.session;
  const effects = [...started.effects];
  for (const [i, event] of events.entries()) {
    const r = step(session, event, T0 + (i + 1) * 1000);
    if (!r.ok) throw new Error(`${JSON.stringify(event)} refused: ${r.error.code}`);
    session = r.session;
    effects.push(...r.effects);
  }
  return { session, effects };
}
const choose = (...ids: string[]): SessionEvent[] => ids.map((choiceId) => ({ type: 'choose', choiceId }));
const types = (effects: Effect[]) => effects.map((e) => e.type).filter((t) => t !== 'prompt' && t !== 'notice');

describe('vulgarity on a live channel', () => {
  it('warns twice, gives the last-resort line, tells the customer, then ends and flags', () => {
    const { session, effects } = run({}, choose('keeps_swearing', 'again', 'carried_on', 'carried_on', 'ended'));
    expect(session.status).toBe('closed');
    expect(session.outcome).toBe('ended_after_warning');
    expect(session.warnings).toBe(3);
    expect(session.toldEnding).toBe(true);
    const order = session.timeline.map((e) => e.type);
    expect(order.indexOf('told_ending')).toBeLessThan(order.indexOf('closed'));
    expect(order.filter((t) => t === 'warning_given')).toHaveLength(3);
    expect(types(effects)).toEqual(['scheduleCheck', 'flagCustomer', 'contactClosed', 'offerDecompression']);
    expect(effects.find((e) => e.type === 'flagCustomer')).toMatchObject({ kind: 'vulgarity' });
  });

  it('does not offer "leave it unanswered" on the phone', () => {
    const s = startSession(base, T0).session;
    const r = step(s, { type: 'choose', choiceId: 'written_ignore' }, T0 + 1000);
    expect(r).toEqual({ ok: false, error: { code: 'choice_unavailable' } });
  });

  it('refuses to end the conversation before the customer was told', () => {
    const s = startSession(base, T0).session;
    const r = step(s, { type: 'close', outcome: 'ended_after_warning' }, T0 + 1000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('outcome_not_allowed');
  });

  it('goes back to helping when the customer stops', () => {
    const { session } = run({}, choose('keeps_swearing', 'stopped', 'to_resolution', 'agreed', 'resolved'));
    expect(session.outcome).toBe('resolved');
    expect(session.timeline.filter((e) => e.type === 'step_entered').map((e) => e.data?.step)).toEqual([
      'calm',
      'boundary_vulgar',
      'empathise',
      'lead',
      'provide',
    ]);
  });
});

describe('written channels', () => {
  it('lets an e-mail leave the insults unanswered', () => {
    const { session } = run({ kind: 'insult', channel: 'email' }, choose('written_ignore', 'replied'));
    expect(session.outcome).toBe('ignored_written');
  });
  it('refuses "ignored_written" as a close outcome on chat', () => {
    const s = startSession({ ...base, channel: 'chat' }, T0).session;
    const r = step(s, { type: 'close', outcome: 'ignored_written' }, T0 + 1000);
    expect(r.ok).toBe(false);
  });
});

describe('threats', () => {
  it('a physical threat pages at once as critical, reports to security and flags', () => {
    const { session, effects } = startSession({ ...base, kind: 'physical_threat', channel: 'in_person' }, T0);
    const page = effects.find((e) => e.type === 'pageSupervisor');
    expect(page).toMatchObject({ severity: 'critical', reason: { code: 'physical_threat' } });
    expect(effects.find((e) => e.type === 'reportThreat')).toMatchObject({ to: 'security', kind: 'physical_threat' });
    expect(effects.find((e) => e.type === 'flagCustomer')).toMatchObject({ kind: 'physical_threat' });
    expect(session.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['started', 'escalated', 'threat_reported', 'customer_flagged', 'step_entered']),
    );
    expect(session.timeline.every((e) => e.at === T0)).toBe(true);
  });

  it('a physical threat reported mid-session pages critical even in an insult session', () => {
    const { effects } = run({ kind: 'insult' }, [{ type: 'threat', kind: 'physical' }]);
    expect(types(effects)).toEqual(['scheduleCheck', 'pageSupervisor', 'reportThreat', 'flagCustomer']);
  });

  it('a threat at any step of any playbook switches the guidance to the threat path; the report names the threat', () => {
    for (const kind of ['vulgarity', 'insult', 'hostile', 'supervisor_request'] as const) {
      const { session, effects } = run({ kind }, [
        ...choose(kind === 'supervisor_request' ? 'let_me_help' : 'calmed'),
        { type: 'threat', kind: 'physical' },
      ]);
      expect(session.kind).toBe('physical_threat');
      expect(session.stepId).toBe('threat_physical');
      expect(effects.find((e) => e.type === 'reportThreat')).toMatchObject({ to: 'security', kind: 'physical_threat' });
      expect(session.timeline.filter((e) => e.type === 'threat')).toHaveLength(1);
    }
    const legal = run({ kind: 'hostile' }, [...choose('calmed'), { type: 'threat', kind: 'legal' }]);
    expect(legal.session.kind).toBe('legal_threat');
    expect(legal.session.stepId).toBe('threat_legal');
    expect(legal.effects.find((e) => e.type === 'reportThreat')).toMatchObject({ to: 'legal', kind: 'legal_threat' });
  });

  it('every threat is recorded with its time; a repeated physical threat pages again (marked repeated)', () => {
    const { session, effects } = run({ kind: 'hostile' }, [
      { type: 'threat', kind: 'physical' },
      ...choose('calmed'),
      { type: 'threat', kind: 'physical' },
      { type: 'threat', kind: 'legal' },
      { type: 'threat', kind: 'legal' },
    ]);
    const threats = session.timeline.filter((e) => e.type === 'threat');
    expect(threats.map((e) => [e.at - T0, e.data?.kind, e.data?.repeated])).toEqual([
      [1000, 'physical', false],
      [3000, 'physical', true],
      [4000, 'legal', false],
      [5000, 'legal', true],
    ]);
    const pages = effects.filter((e) => e.type === 'pageSupervisor');
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatchObject({ reason: { code: 'physical_threat' }, severity: 'critical', repeated: true });
    // The guidance is the threat path again after each threat: safety first.
    expect(session.stepId).toBe('threat_legal');
  });

  it('a repeated threat sends security or legal an update to the report already sent, with every repeat time', () => {
    const { session, effects } = run({ kind: 'hostile' }, [
      { type: 'threat', kind: 'legal' },
      { type: 'threat', kind: 'legal' },
      { type: 'threat', kind: 'physical' },
      { type: 'threat', kind: 'legal' },
      { type: 'threat', kind: 'physical' },
    ]);
    const reports = effects.filter((e) => e.type === 'reportThreat');
    expect(reports.map((r) => [r.to, r.repeatedAt?.map((t) => t - T0)])).toEqual([
      ['legal', undefined],
      ['legal', [2000]],
      ['security', undefined],
      ['legal', [2000, 4000]],
      ['security', [5000]],
    ]);
    expect(session.timeline.filter((e) => e.type === 'threat_report_updated').map((e) => e.data?.to)).toEqual([
      'legal',
      'legal',
      'security',
    ]);
    const told = effects.filter((e) => e.type === 'notice' && e.key === 'notice.threat_report_updated');
    expect(told).toHaveLength(3);
  });

  it('a legal threat in a session that started as one is an update to the report sent at start', () => {
    const { effects } = run({ kind: 'legal_threat' }, [{ type: 'threat', kind: 'legal' }]);
    const reports = effects.filter((e) => e.type === 'reportThreat');
    expect(reports.map((r) => [r.to, r.repeatedAt?.map((t) => t - T0)])).toEqual([
      ['legal', undefined],
      ['legal', [1000]],
    ]);
  });

  it('without a customer reference nothing is flagged', () => {
    const { effects } = startSession({ ...base, kind: 'legal_threat', customer: null }, T0);
    expect(effects.some((e) => e.type === 'flagCustomer')).toBe(false);
  });
});

describe('personal limits', () => {
  it('hostility above the limit pages once, naming the limit', () => {
    const { effects, session } = run({}, [
      { type: 'hostility', direction: 'worse' },
      { type: 'hostility', direction: 'worse' },
      { type: 'hostility', direction: 'better' },
      { type: 'hostility', direction: 'worse' },
    ]);
    const pages = effects.filter((e) => e.type === 'pageSupervisor');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ reason: { code: 'limit', limit: 'hostility', value: 5, max: 4 } });
    expect(session.hostility).toBe(5);
  });

  it('hostility never leaves 1..5', () => {
    const { session } = run({ hostility: 1 }, [{ type: 'hostility', direction: 'better' }]);
    expect(session.hostility).toBe(1);
  });

  it('complexity above the limit pages; an out-of-range value is refused', () => {
    const { effects } = run({}, [{ type: 'complexity', value: 4 }]);
    expect(effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({
      reason: { code: 'limit', limit: 'complexity', value: 4, max: 3 },
    });
    const s = startSession(base, T0).session;
    expect(step(s, { type: 'complexity', value: 9 }, T0).ok).toBe(false);
  });

  it('starting above a limit pages at once', () => {
    const { effects } = startSession({ ...base, hostility: 5 }, T0);
    expect(effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({ reason: { limit: 'hostility' } });
  });

  it('schedules the time check at the limit and pages when it fires', () => {
    const started = startSession(base, T0);
    expect(started.effects.find((e) => e.type === 'scheduleCheck')).toMatchObject({ at: T0 + 20 * MIN });
    const early = step(started.session, { type: 'time_check' }, T0 + 5 * MIN);
    expect(early.ok && early.effects.find((e) => e.type === 'scheduleCheck')).toMatchObject({ at: T0 + 20 * MIN });
    expect(early.ok && early.effects.some((e) => e.type === 'pageSupervisor')).toBe(false);
    const due = step(started.session, { type: 'time_check' }, T0 + 21 * MIN);
    expect(due.ok && due.effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({
      reason: { code: 'limit', limit: 'minutes', value: 21, max: 20 },
    });
  });

  it('a time check after close does nothing', () => {
    const { session } = run({}, [{ type: 'close', outcome: 'resolved' }]);
    expect(step(session, { type: 'time_check' }, T0 + 60 * MIN)).toEqual({ ok: true, session, effects: [] });
  });
});

describe('escalation on request', () => {
  it('the customer insisting on someone senior pages with that reason; asking again does not page twice', () => {
    const { effects } = run({ kind: 'supervisor_request' }, [
      ...choose('still_senior'),
      { type: 'escalate', reason: 'customer_insists' },
    ]);
    expect(effects.filter((e) => e.type === 'pageSupervisor')).toHaveLength(1);
    expect(effects.some((e) => e.type === 'notice' && e.key === 'notice.already_paged')).toBe(true);
  });
  it('"someone else is more experienced" pages and can end handed over', () => {
    const { session, effects } = run({ kind: 'hostile' }, choose('calmed', 'to_resolution', 'beyond_me', 'colleague'));
    expect(effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({ reason: { code: 'more_experienced' } });
    expect(session.outcome).toBe('handed_over');
  });
});

describe('purity and records', () => {
  it('never mutates its input and gives deterministic, unique effect ids', () => {
    const started = startSession(base, T0);
    const frozen = structuredClone(started.session);
    const a = step(started.session, { type: 'choose', choiceId: 'keeps_swearing' }, T0 + 1000);
    const b = step(started.session, { type: 'choose', choiceId: 'keeps_swearing' }, T0 + 1000);
    expect(started.session).toEqual(frozen);
    expect(a).toEqual(b);
    const ids = [...started.effects, ...(a.ok ? a.effects : [])].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('refuses events on a closed session and unknown choices', () => {
    const { session } = run({}, [{ type: 'close', outcome: 'resolved' }]);
    expect(step(session, { type: 'choose', choiceId: 'calmed' }, T0)).toEqual({
      ok: false,
      error: { code: 'session_closed' },
    });
    const open = startSession(base, T0).session;
    expect(step(open, { type: 'choose', choiceId: 'nope' }, T0)).toEqual({
      ok: false,
      error: { code: 'unknown_choice' },
    });
  });
  it('offers decompression on every close', () => {
    const { effects } = run({}, [{ type: 'close', outcome: 'handed_over' }]);
    expect(effects.some((e) => e.type === 'offerDecompression')).toBe(true);
  });
});

describe('what the customer said (detector)', () => {
  const detection = {
    kinds: [{ kind: 'physical_threat' as const, confidence: 0.9 }],
    evidence: [{ start: 8, end: 30, kind: 'physical_threat' as const }],
  };

  it('records kinds and offsets only, and asks the agent to confirm', () => {
    const { session } = startSession({ ...base, kind: 'physical_threat', detection }, T0);
    expect(session.detection).toEqual({ suggested: 'physical_threat', ...detection, confirmed: false });
    expect(session.timeline.find((e) => e.type === 'detected')?.data).toEqual({
      kinds: 'physical_threat:0.90',
      evidence: '8-30:physical_threat',
      chosenByAgent: false,
      threat: 'auto',
    });
    const confirmed = step(session, { type: 'confirm_kind' }, T0 + 1000);
    expect(confirmed.ok && confirmed.session.detection?.confirmed).toBe(true);
  });

  it('a correction switches the playbook, runs its start effects and is recorded', () => {
    const { session } = startSession({ ...base, kind: 'physical_threat', detection }, T0);
    const r = step(session, { type: 'reclassify', kind: 'legal_threat' }, T0 + 1000);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.session.kind).toBe('legal_threat');
    expect(r.session.stepId).toBe('threat_legal');
    expect(r.effects.find((e) => e.type === 'reportThreat')).toMatchObject({ to: 'legal' });
    expect(r.session.timeline.find((e) => e.type === 'reclassified')?.data).toEqual({
      from: 'physical_threat',
      to: 'legal_threat',
      suggested: 'physical_threat',
    });
  });

  it('a lower-tier physical threat is proposed: nobody is paged until the agent confirms it in one tap', () => {
    const proposed = {
      ...detection,
      kinds: [{ kind: 'physical_threat' as const, confidence: 0.6 }],
      autoEscalate: false,
    };
    const { session, effects } = startSession({ ...base, kind: 'hostile', detection: proposed }, T0);
    expect(types([...effects])).not.toContain('pageSupervisor');
    expect(types([...effects])).not.toContain('reportThreat');
    expect(session.detection?.suggested).toBe('physical_threat');
    expect(session.timeline.find((e) => e.type === 'detected')?.data).toMatchObject({ threat: 'proposed' });
    const view = viewSession(session, T0);
    expect(view.proposedThreat).toBe(true);
    expect(view.suggestion).toBe(
      'Possibly a physical threat in what the customer said. Nobody has been alerted yet: if it is a threat, confirm it or use “They threatened violence” to alert your supervisor and security.',
    );
    // One tap: confirming the suggestion switches to the threat playbook, which pages and reports.
    const r = step(session, { type: 'confirm_kind' }, T0 + 1000);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.session.kind).toBe('physical_threat');
    expect(r.effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({ severity: 'critical' });
    expect(r.effects.find((e) => e.type === 'reportThreat')).toMatchObject({ to: 'security' });
    expect(r.session.timeline.find((e) => e.type === 'reclassified')?.data).toEqual({
      from: 'hostile',
      to: 'physical_threat',
      suggested: 'physical_threat',
    });
    expect(viewSession(r.session, T0 + 1000).suggestion).toBeNull();
  });

  it('a proposed threat acted on with the always-available action is confirmed: the threat playbook takes over, nothing repeats', () => {
    const proposed = {
      ...detection,
      kinds: [{ kind: 'physical_threat' as const, confidence: 0.6 }],
      autoEscalate: false,
    };
    const { session } = startSession({ ...base, kind: 'hostile', detection: proposed }, T0);
    const r = step(session, { type: 'threat', kind: 'physical' }, T0 + 1000);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({ severity: 'critical' });
    expect(viewSession(r.session, T0 + 1000).proposedThreat).toBe(false);
    expect(viewSession(r.session, T0 + 1000).suggestion).toBeNull();
    expect(r.session.kind).toBe('physical_threat');
    expect(r.session.timeline.find((e) => e.type === 'reclassified')?.data).toEqual({
      from: 'hostile',
      to: 'physical_threat',
      suggested: 'physical_threat',
    });
    // One page, one security report, one flag: the playbook's own start effects do not repeat them.
    expect(r.effects.filter((e) => e.type === 'pageSupervisor')).toHaveLength(1);
    expect(r.effects.filter((e) => e.type === 'reportThreat')).toHaveLength(1);
    expect(r.effects.filter((e) => e.type === 'flagCustomer').length).toBeLessThanOrEqual(1);
  });

  it('the threat action without a proposal switches to the threat playbook too (issue 14: threats at any step)', () => {
    const { session } = startSession({ ...base, kind: 'vulgarity' }, T0);
    const r = step(session, { type: 'threat', kind: 'physical' }, T0 + 1000);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.effects.find((e) => e.type === 'pageSupervisor')).toMatchObject({ severity: 'critical' });
    expect(r.session.kind).toBe('physical_threat');
    expect(r.effects.filter((e) => e.type === 'pageSupervisor')).toHaveLength(1);
  });

  it('the suggestion recorded is the playbook the app runs (safety priority), not the most confident kind', () => {
    const mixed = {
      kinds: [
        { kind: 'vulgarity' as const, confidence: 0.85 },
        { kind: 'physical_threat' as const, confidence: 0.65 },
      ],
      evidence: [],
      autoEscalate: true,
    };
    const { session } = startSession({ ...base, kind: 'physical_threat', detection: mixed }, T0);
    expect(session.detection?.suggested).toBe('physical_threat');
    expect(viewSession(session, T0).suggestion).toBe(
      'Suggested from what the customer said: Physical threat. Confirm it, or pick the right kind.',
    );
  });

  it('a physical threat at start pages once, not again for the hostility it implies', () => {
    const { effects } = startSession({ ...base, kind: 'physical_threat' }, T0);
    expect(effects.filter((e) => e.type === 'pageSupervisor')).toHaveLength(1);
  });
});
