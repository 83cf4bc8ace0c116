/**
 * The supervisor's view in Slack, through the real Bolt and the fake Web API: `/holdline now` while two
 * contacts are open (one page waiting, one acknowledged), refused for an agent; `/checkin history`; the
 * App Home board republished at most once per interval under a burst of changes; and the weekly digest's
 * chart uploaded with the files upload API into the supervisor's DM, once.
 */
import { webApi } from '@slack/bolt';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackCareDelivery } from '../../adapters/slack/care/delivery.ts';
import { LocaleCache } from '../../adapters/slack/locale.ts';
import { buildTrend, CHART_WIDTH, type Digest } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { startFakeSlackApi } from '../fakes/slack/fake-web-api.ts';
import type { EditablePolicies } from '../helpers/app.ts';
import type { ManualClock } from '../helpers/store.ts';
import { backends, MemoryLog } from '../helpers/store.ts';
import { type CareHarness, startCareHarness } from './care-harness.ts';
import { AGENT } from './harness.ts';

const SUP = 'U0SUPER1';
const AGENT2 = 'U0AGENT2';
const REFRESH_MS = 5_000;
const json = (res: { text: string }) => (res.text ? (JSON.parse(res.text) as Record<string, unknown>) : {});

describe('Slack: who needs help now, the agent’s trend, the App Home board', () => {
  let store: DrizzleStore;
  let h: CareHarness;
  let clock: ManualClock;
  const sessionOf = async (user: string) => {
    const r = await h.app.sessions.current(`slack:${user}`);
    if (!r.ok || r.value === null) throw new Error(`no session for ${user}`);
    return r.value;
  };
  beforeAll(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
    h = await startCareHarness(store, { supervisors: [`slack:${SUP}`], sessionTeams: true, homeRefreshMs: REFRESH_MS });
    clock = h.app.clock;
    (h.app.policies as EditablePolicies).policy = {
      teamId: 't1',
      levels: [{ supervisors: [`slack:${SUP}`], ackTimeoutMinutes: 30, repeat: 0 }],
      channels: [],
      security: [],
      legal: [],
    };
    await h.app.agents.setLimits(`slack:${AGENT2}`, { minutes: 12, hostility: 3, complexity: 2 });
    for (const [user, kind, channel] of [
      [AGENT, 'insult', 'phone'],
      [AGENT2, 'legal_threat', 'email'],
    ] as const) {
      const s = await h.app.sessions.start({ agentId: `slack:${user}`, surface: 'slack', kind, channel, locale: 'en' });
      if (!s.ok) throw new Error(s.error.code);
      await h.app.sessions.apply({
        sessionId: s.value.session.id,
        actor: `slack:${user}`,
        event: { type: 'escalate', reason: 'agent_request' },
      });
    }
    const [e] = await store.board.escalationsOf([(await sessionOf(AGENT2)).id]);
    if (e === undefined) throw new Error('no escalation');
    await h.app.escalations.answer({ escalation: e.id, by: `slack:${SUP}` });
    clock.advance(7 * 60_000);
    await h.tick();
  }, 60_000);
  afterAll(async () => {
    await h.stop();
    await store.close();
  });

  it('/holdline now shows a supervisor both open contacts and everyone’s limits; an agent is refused', async () => {
    const res = await h.command('/holdline', 'now', SUP);
    expect(json(res).response_type).toBe('ephemeral');
    const text = String(json(res).text);
    expect(text).toContain('Who needs help now: team t1, 2 open contacts');
    // The page nobody answered comes first.
    expect(text.indexOf(`<@${AGENT}>`)).toBeLessThan(text.indexOf(`<@${AGENT2}>`));
    expect(text).toContain(
      `• <@${AGENT}>: Insults · Phone · 7 min · hostility 3/5 (limit 4) · Pages waiting for an answer: 1`,
    );
    expect(text).toContain(`• <@${AGENT2}>: Legal threat · E-mail · 7 min`);
    expect(text).toContain(`no page waiting · <@${SUP}> is on the way`);
    expect(text).toContain(`• <@${AGENT2}>: 12 min · hostility 3/5 · complexity 2/5`);
    expect(text).toContain(`• <@${AGENT}>: 20 min · hostility 4/5 · complexity 3/5 (team default, not set by them)`);
    const refused = await h.command('/holdline', 'now', AGENT);
    expect(json(refused).text).toBe('Only a team’s supervisors can see who needs help in it.');
  });

  it('/checkin history shows the agent their own 8 weeks, only to them', async () => {
    await h.app.care.checkin({ agentId: `slack:${AGENT}`, surface: 'slack', mood: 4, visibility: 'private' });
    const res = await h.command('/checkin', 'history', AGENT);
    expect(json(res).response_type).toBe('ephemeral');
    const text = String(json(res).text);
    expect(text).toContain('*Your last 8 weeks (only you can see this)*');
    expect(text).toContain('W48  ████░  mood 4 (check-ins: 1) · 0 hard of 1 contacts');
    expect(text).not.toContain('low for a week');
  });

  it('republishes the supervisor’s App Home at most once per interval under a burst, and ends current', async () => {
    const publishes = () => h.api.callsTo('views.publish').filter((c) => c.args.user_id === SUP);
    clock.advance(REFRESH_MS + 1);
    await h.tick();
    const id = (await sessionOf(AGENT)).id;
    const times: number[] = [];
    let seen = publishes().length;
    for (let i = 0; i < 12; i++) {
      const direction = i % 2 === 0 ? 'worse' : 'better';
      const s = await sessionOf(AGENT);
      await h.app.sessions.apply({
        sessionId: id,
        actor: `slack:${AGENT}`,
        event: { type: 'hostility', direction },
        expectedVersion: s.version,
      });
      await h.tick();
      if (publishes().length > seen) {
        times.push(clock.now());
        seen = publishes().length;
      }
      clock.advance(1_000);
    }
    // 12 changes over 12 s: published at most once per 5 s (at 0, 5 and 10 s), never twice in one interval.
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < times.length; i++)
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(REFRESH_MS);
    // The last change is published once the interval has passed; nothing more while nothing changes.
    clock.advance(REFRESH_MS);
    await h.tick();
    const last = JSON.stringify(publishes().at(-1)?.args.view);
    expect(last).toContain(`hostility ${(await sessionOf(AGENT)).hostility}/5`);
    expect(last).toContain('Who needs help now');
    const settled = publishes().length;
    clock.advance(REFRESH_MS * 3);
    await h.tick();
    expect(publishes().length).toBe(settled);
    // The agent's own home shows their trend, never the board.
    const agentHome = h.api.callsTo('views.publish').filter((c) => c.args.user_id === AGENT);
    expect(agentHome).toHaveLength(0);
  });
});

describe('Slack: the digest chart in the supervisor’s DM', () => {
  it('uploads the PNG with the files upload API, once, and it decodes', async () => {
    const api = await startFakeSlackApi();
    try {
      const client = new webApi.WebClient('xoxb-fake', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } });
      const log = new MemoryLog();
      const delivery = new SlackCareDelivery({
        client,
        log,
        locales: new LocaleCache(client, log),
        localeFor: async () => 'en',
        teamLocale: () => 'en',
      });
      const trend = buildTrend(
        ['2026-W47', '2026-W48'].map((week) => ({
          week,
          kinds: ['insult'],
          pageAcks: [],
          namedCheckins: [],
          anonymousCheckins: [],
          anonymousContributors: 0,
        })),
      );
      const digest: Digest = {
        teamId: 't1',
        week: '2026-W48',
        contacts: 1,
        hardContacts: 0,
        incidents: { insult: 1 },
        outcomes: { resolved: 1 },
        limitsCrossed: { minutes: 0, hostility: 0, complexity: 0 },
        threatsReported: {},
        namedMood: { byDay: [], week: null },
        anonymousMood: null,
        pages: null,
        trend,
      };
      const item = {
        id: 'digest:t1:2026-W48:slack',
        surface: 'slack',
        effect: { type: 'digestPost' as const, to: [`slack:${SUP}`], digest },
        attempts: 1,
      };
      await delivery.deliverCare(item);
      const dm = (api.callsTo('conversations.open')[0]?.response?.channel as { id: string } | undefined)?.id;
      const [ask] = api.callsTo('files.getUploadURLExternal');
      expect(ask?.args).toMatchObject({ filename: 'digest-t1-2026-W48.png' });
      expect(String(ask?.args.alt_text)).toContain('Chart for team t1');
      const [done] = api.callsTo('files.completeUploadExternal');
      expect(done?.args.channel_id).toBe(dm);
      const file = [...api.workspace.files.values()][0];
      expect(file?.channel).toBe(dm);
      const png = PNG.sync.read(file?.data as Buffer);
      expect(png.width).toBe(CHART_WIDTH);
      expect(png.height).toBeGreaterThan(600);
      // A retry (the outbox after a lost answer) finds the message and the file in the DM: nothing twice.
      await delivery.deliverCare({ ...item, attempts: 2 });
      expect(api.callsTo('files.getUploadURLExternal')).toHaveLength(1);
      expect(api.callsTo('chat.postMessage').filter((c) => c.args.channel === dm)).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
