import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionService } from '../../src/app/sessions.ts';
import { viewSession } from '../../src/engine/index.ts';
import type { Directory } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const DAY = 86_400_000;
const NOTE = 'Said he knows where the depot manager parks, zebra-note-7731';
const CLEAR = [/91234567/, /912 34 567/, /912-34-567/, /zebra-note-7731/, /depot manager/];

/** The supervisors of these tests. */
class TestDirectory implements Directory {
  teamOf = () => 'billing';
  isSupervisor = (personId: string) => personId === 'slack:BOSS';
}

const startReq = {
  agentId: 'slack:U1',
  surface: 'test',
  kind: 'vulgarity',
  channel: 'phone',
  locale: 'en',
  teamId: 'billing',
} as const;

/** Walks the vulgarity ladder (keeps swearing, carried on ×3) to "ended after warning": a playbook flag. */
async function endAfterWarning(sessions: SessionService, sessionId: string) {
  for (let i = 0; i < 4; i++) {
    const s = await sessions.get(sessionId);
    const session = s.ok ? s.value : null;
    if (!session) throw new Error('no session');
    const choice = viewSession(session, 0).choices[1];
    if (!choice) throw new Error(`no second choice on ${session.stepId}`);
    const r = await sessions.apply({
      sessionId,
      actor: startReq.agentId,
      event: { type: 'choose', choiceId: choice.id },
    });
    if (!r.ok) throw new Error(r.error.code);
  }
  return sessions.apply({ sessionId, actor: startReq.agentId, event: { type: 'choose', choiceId: 'ended' } });
}

describe.each(backends)('customer flags on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('a full flow records flags durably, shows them to the next agent, and leaks no reference or note', async () => {
    const app = wire(store, { directory: new TestDirectory() });
    const first = await app.sessions.start({ ...startReq, customerReference: '+47 912 34 567' });
    if (!first.ok) throw new Error(first.error.code);
    const id = first.value.session.id;
    expect(first.value.session.priorFlags).toBeUndefined();
    const flagged = await app.sessions.apply({
      sessionId: id,
      actor: startReq.agentId,
      event: { type: 'flag', kind: 'physical_threat', note: NOTE },
    });
    expect(flagged.ok && flagged.value.effects.map((e) => e.type)).toEqual(['flagCustomer', 'notice', 'prompt']);
    app.clock.advance(60_000);
    const ended = await endAfterWarning(app.sessions, id);
    expect(ended.ok && ended.value.session.outcome).toBe('ended_after_warning');
    await app.runner.tick();
    // Flags are written with the session, not delivered: nothing of type flagCustomer reached the outbox.
    expect(app.delivery.types()).not.toContain('flagCustomer');

    app.clock.advance(DAY);
    const next = await app.sessions.start({ ...startReq, agentId: 'slack:U2', customerReference: '(+47) 912-34-567' });
    if (!next.ok) throw new Error(next.error.code);
    expect(next.value.session.priorFlags).toMatchObject({ total: 2 });
    const view = viewSession(next.value.session, app.clock.now());
    expect(view.priorFlags).toContain('earlier flags on this customer (2 in all)');
    expect(view.priorFlags).toContain('vulgar language ×1 (last 2026-11-23, team billing)');
    expect(view.priorFlags).toContain('physical threat ×1');
    expect(view.priorFlags).not.toContain('zebra');

    const lookup = await app.flags.lookup('slack:BOSS', '0047 91234567');
    expect(lookup.ok && lookup.value.flags.map((f) => [f.kind, f.note])).toEqual([
      ['vulgarity', null],
      ['physical_threat', NOTE],
    ]);
    const record = await app.flags.exportRecord('slack:BOSS', '+4791234567');
    // Newest first (issue 18).
    expect(record.ok && record.value.sessions.map((s) => s.id)).toEqual([next.value.session.id, id]);
    expect(record.ok && record.value.sessions[1]?.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['started', 'customer_flagged', 'warning_given', 'told_ending', 'closed']),
    );

    const dump = JSON.stringify(await store.dump());
    expect(dump).toContain('zebra-note-7731'); // the note is stored, in the flags table only…
    const { flags, ...rest } = await store.dump();
    expect(flags).toHaveLength(2);
    const elsewhere = JSON.stringify(rest);
    const logs = JSON.stringify(app.log.lines);
    for (const clear of CLEAR) {
      expect(elsewhere).not.toMatch(clear); // …and nowhere else; the reference nowhere at all
      expect(logs).not.toMatch(clear);
    }
    expect(JSON.stringify(flags)).not.toMatch(/91234567|912 34 567/);
  });

  it('refuses a note over 280 characters, and a flag on a session without a customer', async () => {
    const app = wire(store);
    const s = await app.sessions.start(startReq);
    if (!s.ok) throw new Error(s.error.code);
    const long = await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: startReq.agentId,
      event: { type: 'flag', kind: 'insult', note: 'x'.repeat(281) },
    });
    expect(long).toMatchObject({ ok: false, error: { code: 'text_too_long', params: { max: 280 } } });
    const none = await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: startReq.agentId,
      event: { type: 'flag', kind: 'insult' },
    });
    expect(none).toMatchObject({ ok: false, error: { code: 'no_customer' } });
  });

  it('an agent is refused every supervisor action', async () => {
    const app = wire(store, { directory: new TestDirectory() });
    await app.sessions.start({ ...startReq, customerReference: 'jane@example.com' });
    for (const r of [
      await app.flags.lookup('slack:U1', 'jane@example.com'),
      await app.flags.remove('slack:U1', 'any', 'because'),
      await app.flags.exportRecord('slack:U1', 'jane@example.com'),
    ])
      expect(r).toMatchObject({ ok: false, error: { code: 'not_supervisor' } });
  });

  it('a supervisor removes a flag with a reason, kept in the audit table', async () => {
    const app = wire(store, { directory: new TestDirectory() });
    const s = await app.sessions.start({ ...startReq, customerReference: 'Jane@Example.com' });
    if (!s.ok) throw new Error(s.error.code);
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: startReq.agentId,
      event: { type: 'threat', kind: 'legal' },
    });
    const found = await app.flags.lookup('slack:BOSS', 'jane@example.com');
    const flagId = found.ok ? found.value.flags[0]?.id : undefined;
    if (!flagId) throw new Error('no flag');
    expect(await app.flags.remove('slack:BOSS', flagId, '  ')).toMatchObject({ error: { code: 'reason_required' } });
    expect(await app.flags.remove('slack:BOSS', flagId, 'Raised on the wrong customer')).toMatchObject({ ok: true });
    expect(await app.flags.remove('slack:BOSS', flagId, 'again')).toMatchObject({ error: { code: 'flag_not_found' } });
    const dump = await store.dump();
    expect(dump.flags).toEqual([]);
    expect(dump.flag_audit).toMatchObject([
      {
        flag_id: flagId,
        action: 'remove',
        kind: 'legal_threat',
        by: 'slack:BOSS',
        reason: 'Raised on the wrong customer',
      },
    ]);
  });

  it('flags expire after the retention period: hidden at once, purged by the runner', async () => {
    const app = wire(store, { directory: new TestDirectory() });
    const s = await app.sessions.start({ ...startReq, customerReference: 'AB-123456' });
    if (!s.ok) throw new Error(s.error.code);
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: startReq.agentId,
      event: { type: 'threat', kind: 'legal' },
    });
    await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: startReq.agentId,
      event: { type: 'close', outcome: 'resolved' },
    });
    await app.runner.tick();
    app.clock.advance(364 * DAY);
    await app.runner.tick();
    expect((await store.dump()).flags).toHaveLength(1);
    const before = await app.sessions.start({ ...startReq, customerReference: 'ab 123456' });
    expect(before.ok && before.value.session.priorFlags?.total).toBe(1);
    if (before.ok)
      await app.sessions.apply({
        sessionId: before.value.session.id,
        actor: startReq.agentId,
        event: { type: 'close', outcome: 'resolved' },
      });
    app.clock.advance(DAY + 1);
    // Expired but not yet purged: already invisible.
    const lookup = await app.flags.lookup('slack:BOSS', 'AB-123456');
    expect(lookup.ok && lookup.value.flags).toEqual([]);
    const after = await app.sessions.start({ ...startReq, customerReference: 'AB-123456' });
    expect(after.ok && after.value.session.priorFlags).toBeUndefined();
    await app.runner.tick();
    expect((await store.dump()).flags).toEqual([]);
    expect(app.log.lines.some((l) => l.msg === 'expired customer flags purged')).toBe(true);
  });
});
