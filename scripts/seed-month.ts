/**
 * A seeded team history for the digest sample (scripts/digest-sample.ts) and the scorecard tests:
 * eight weeks of contacts, pages, acknowledgements and check-ins for team `frontline`, driven through
 * the real services with a simulated clock. Deterministic: the same rows every run.
 */
import type { ContactChannel, IncidentKind } from '../src/engine/index.ts';
import type { DrizzleStore } from '../src/store/drizzle-store.ts';
import { EditablePolicies, wire } from '../tests/helpers/app.ts';
import { ManualClock } from '../tests/helpers/store.ts';

export const TEAM = 'frontline';
export const SUPERVISOR = 'slack:U0SAM';
export const AGENTS = [
  'slack:U0AMIRA',
  'slack:U0BEN',
  'slack:U0CHLOE',
  'slack:U0DAVID',
  'slack:U0EMMA',
  'slack:U0FARID',
];
/** Monday 2026-11-23 09:00 UTC (2026-W48) is the week reported; the history starts seven weeks before. */
export const REPORT_WEEK = '2026-W48';
const START = Date.UTC(2026, 9, 5, 9); // Monday of 2026-W41
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function seedMonth(store: DrizzleStore) {
  const clock = new ManualClock(START);
  const policies = new EditablePolicies({
    teamId: TEAM,
    levels: [{ supervisors: [SUPERVISOR], ackTimeoutMinutes: 5, repeat: 1 }],
    channels: [],
    security: ['slack:C0SECURITY'],
    legal: ['slack:C0LEGAL'],
  });
  const directory = {
    teamOf: () => TEAM,
    isSupervisor: (p: string) => p === SUPERVISOR,
    supervisorsOf: () => [SUPERVISOR],
    teams: () => [TEAM],
  };
  const app = wire(store, { clock, policies, teamOf: () => TEAM, careDirectory: directory });
  const rnd = random(21);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const kinds: IncidentKind[] = [
    'vulgarity',
    'insult',
    'insult',
    'hostile',
    'hostile',
    'legal_threat',
    'supervisor_request',
  ];
  const channels: ContactChannel[] = ['phone', 'phone', 'chat', 'chat', 'email', 'letter', 'in_person'];
  for (let week = 0; week < 8; week++) {
    for (let day = 0; day < 5; day++) {
      clock.t = START + week * 7 * DAY + day * DAY;
      // Busier towards the end: the sample shows a trend.
      const contacts = 2 + Math.floor(rnd() * (2 + week / 2));
      for (let c = 0; c < contacts; c++) {
        const agentId = pick(AGENTS);
        const customer = rnd() < 0.5 ? `+47 4000 00${Math.floor(rnd() * 30)}` : undefined;
        const started = await app.sessions.start({
          agentId,
          surface: 'test',
          kind: pick(kinds),
          channel: pick(channels),
          locale: 'en',
          ...(customer ? { customerReference: customer } : {}),
        });
        if (!started.ok) continue; // the agent already has one open: skip
        const id = started.value.session.id;
        const apply = (event: Parameters<typeof app.sessions.apply>[0]['event']) =>
          app.sessions.apply({ sessionId: id, actor: agentId, event });
        const roll = rnd();
        if (roll < 0.35) await apply({ type: 'escalate', reason: 'customer_insists' });
        else if (roll < 0.5) await apply({ type: 'complexity', value: 5 });
        if (rnd() < 0.12) await apply({ type: 'threat', kind: rnd() < 0.5 ? 'legal' : 'physical' });
        if (rnd() < 0.3) await apply({ type: 'hostility', direction: 'worse' });
        if (customer && rnd() < 0.3) await apply({ type: 'flag', kind: 'hostility' });
        await app.runner.tick();
        clock.advance((1 + Math.floor(rnd() * 4)) * MINUTE);
        const open = await app.team.board(TEAM);
        const pending = open.ok ? open.value.contacts.filter((x) => x.sessionId === id && x.pagesOpen > 0) : [];
        if (pending.length > 0) {
          const escalations = await store.board.escalationsOf([id]);
          for (const e of escalations) await app.escalations.answer({ escalation: e.id, by: SUPERVISOR });
        }
        clock.advance((4 + Math.floor(rnd() * 18)) * MINUTE);
        const outcome = rnd() < 0.7 ? 'resolved' : 'escalated';
        await apply({ type: 'close', outcome });
        await app.runner.tick();
        clock.advance(20 * MINUTE);
      }
      for (const agentId of AGENTS) {
        const r = rnd();
        const mood = Math.max(1, Math.min(5, Math.round(3.6 - week * 0.12 + (rnd() - 0.5) * 2.4)));
        const visibility = r < 0.45 ? 'named' : r < 0.75 ? 'anonymous' : r < 0.85 ? 'private' : null;
        if (visibility) await app.care.checkin({ agentId, surface: 'test', mood, visibility });
      }
    }
  }
  // Two contacts still open at the report's end: the "who needs help now" board has something to show.
  clock.t = START + 7 * 7 * DAY + 4 * DAY + 6 * 3_600_000;
  return { app, clock };
}
