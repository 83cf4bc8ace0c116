/**
 * Issue 18 (finding 2): a supervisor's flag powers stop at their own team(s). A deliberate `admins:` list in the
 * team file, and HOLDLINE_SUPERVISORS (set by the operator), read across teams.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';

const FILE = parseTeamFile(`
admins: [slack:UADMIN]
teams:
  billing:
    members: [slack:UB]
    escalation: { levels: [{ supervisors: [slack:UBOSSB], ackTimeoutMinutes: 3 }] }
  shipping:
    members: [slack:US]
    escalation: { levels: [{ supervisors: [slack:UBOSSS], ackTimeoutMinutes: 3 }] }
`);
const CUSTOMER = 'jane@example.com';

describe.each(backends)('team-scoped flag powers on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  async function flaggedByBothTeams() {
    const team = new TeamDirectory(FILE, { supervisors: ['slack:UOPS'] });
    const app = wire(store, { directory: team, teamOf: (a) => team.teamOf(a) });
    for (const [agentId, teamId, note] of [
      ['slack:UB', 'billing', 'billing-note'],
      ['slack:US', 'shipping', 'shipping-note'],
    ] as const) {
      const s = await app.sessions.start({
        agentId,
        teamId,
        surface: 'test',
        kind: 'vulgarity',
        channel: 'phone',
        locale: 'en',
        customerReference: CUSTOMER,
      });
      if (!s.ok) throw new Error(s.error.code);
      const f = await app.sessions.apply({
        sessionId: s.value.session.id,
        actor: agentId,
        event: { type: 'flag', kind: 'insult', note },
      });
      if (!f.ok) throw new Error(f.error.code);
    }
    return app;
  }

  const notes = (r: Awaited<ReturnType<ReturnType<typeof wire>['flags']['lookup']>>) =>
    r.ok ? r.value.flags.map((f) => f.note).sort() : r.error.code;

  it("a supervisor reads, exports and removes only their own team's flags", async () => {
    const app = await flaggedByBothTeams();
    expect(notes(await app.flags.lookup('slack:UBOSSB', CUSTOMER))).toEqual(['billing-note']);
    expect(notes(await app.flags.lookup('slack:UBOSSS', CUSTOMER))).toEqual(['shipping-note']);

    const record = await app.flags.exportRecord('slack:UBOSSB', CUSTOMER);
    expect(record.ok && record.value.sessions.map((s) => s.teamId)).toEqual(['billing']);
    expect(record.ok && record.value.flags.map((f) => f.teamId)).toEqual(['billing']);

    const all = await app.flags.lookup('slack:UADMIN', CUSTOMER);
    const shippingFlag = all.ok ? all.value.flags.find((f) => f.teamId === 'shipping')?.id : undefined;
    if (shippingFlag === undefined) throw new Error('no shipping flag');
    // Another team's flag is not found for a team-scoped supervisor, and stays.
    expect(await app.flags.remove('slack:UBOSSB', shippingFlag, 'not ours')).toMatchObject({
      error: { code: 'flag_not_found' },
    });
    expect(notes(await app.flags.lookup('slack:UBOSSS', CUSTOMER))).toEqual(['shipping-note']);
    expect(await app.flags.remove('slack:UBOSSS', shippingFlag, 'raised in error')).toMatchObject({ ok: true });
  });

  it('admins and HOLDLINE_SUPERVISORS read across teams; members are refused', async () => {
    const app = await flaggedByBothTeams();
    expect(notes(await app.flags.lookup('slack:UADMIN', CUSTOMER))).toEqual(['billing-note', 'shipping-note']);
    expect(notes(await app.flags.lookup('slack:UOPS', CUSTOMER))).toEqual(['billing-note', 'shipping-note']);
    const record = await app.flags.exportRecord('slack:UADMIN', CUSTOMER);
    expect(record.ok && record.value.sessions.length).toBe(2);
    expect(notes(await app.flags.lookup('slack:UB', CUSTOMER))).toBe('not_supervisor');
  });
});

describe('team-scoped boards and digests', () => {
  it("a supervisor's boards are their own team's; an admin sees every team's", () => {
    const care = new TeamDirectory(FILE);
    expect(care.teamsSupervisedBy('slack:UBOSSB')).toEqual(['billing']);
    expect(care.teamsSupervisedBy('slack:UADMIN')).toEqual(['billing', 'shipping', 'default']);
    expect(care.teamsSupervisedBy('slack:UB')).toEqual([]);
  });
});
