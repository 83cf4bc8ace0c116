/**
 * `/practice` in Slack, end to end: real Bolt over signed requests, the fake Web API, a real store. A
 * scripted agent plays one scenario to its debrief by clicking the move buttons in the DM; nothing is
 * paged (no call but the DM's), and only the practice_runs row is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeMoves, replayRun, scenarioById } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { slashCommandBody } from '../fakes/slack/sign.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness, until } from '../slack/harness.ts';
import { nonEmpty, rowCounts } from './rows.ts';
import { goodMove } from './scripts.ts';

const policies = new EditablePolicies({
  teamId: null,
  levels: [{ supervisors: ['slack:U0SUPER1'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['slack:C0ESCAL'],
  security: ['slack:C0SECURITY'],
  legal: [],
});

describe.each(backends)('Slack /practice ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('plays a physical-threat scenario in the DM to its debrief; would-be pages are shown, never sent', async () => {
    h = await startHarness(store, { policies });
    const res = await h.post(slashCommandBody({ command: '/practice', text: 'physical_threat en' }));
    expect(JSON.parse(res.text)).toMatchObject({
      response_type: 'ephemeral',
      text: 'Your practice contact is waiting in your messages with Holdline.',
    });
    await until(() => h.api.callsTo('chat.postMessage').length > 0, 'the practice message');
    for (let i = 0; i < 20; i++) {
      const message = h.latestMessage();
      const blocks = JSON.stringify(message.args.blocks);
      if (blocks.includes('Debrief:')) break;
      const value = String(
        (message.args.blocks as { type: string; elements?: { value?: string }[] }[]).find((b) => b.type === 'actions')
          ?.elements?.[0]?.value,
      );
      const [id = '', locale, seed = '0', code = ''] = value.split('.');
      const scenario = scenarioById(id);
      if (scenario === null || locale !== 'en') throw new Error(`bad token ${value}`);
      const run = replayRun(scenario, 'en', Number(seed), decodeMoves(code) ?? []);
      const updates = h.api.callsTo('chat.update').length;
      await h.click(`hlx:${goodMove(scenario, run)}`);
      await until(() => h.api.callsTo('chat.update').length > updates, 'the updated practice message');
    }
    const final = JSON.stringify(h.latestMessage().args.blocks);
    expect(final).toContain(
      'Would page slack:U0SUPER1 by DM and post in slack:C0ESCAL (critical: A physical threat always pages at once)',
    );
    expect(final).toContain('Would report the threat to security: slack:C0SECURITY');
    expect(final).toMatch(/Debrief: (8[5-9]|9\d|100)\/100/);
    expect(final).toContain('hlx:again');
    await h.tick();
    // Only the DM: no page to the supervisor or the escalation channel, no report to security.
    const channels = new Set(
      [...h.api.callsTo('chat.postMessage'), ...h.api.callsTo('chat.update')].map((c) => String(c.args.channel)),
    );
    expect(channels.size).toBe(1);
    expect([...channels][0]).not.toMatch(/^C0/);
    expect(h.app.delivery.delivered).toEqual([]);
    expect(nonEmpty(await rowCounts(store)).filter((t) => !t.startsWith('__'))).toEqual(['practice_runs']);
    // The agent's own history; the team count is for supervisors only.
    const history = await h.post(slashCommandBody({ command: '/practice', text: 'history' }));
    expect(JSON.parse(history.text).text).toMatch(
      /Your practice runs \(1\), newest first:\n.* · Physical threat · physical_\w+: \d+\/100/,
    );
    const team = await h.post(slashCommandBody({ command: '/practice', text: 'team' }));
    expect(JSON.parse(team.text).text).toBe("Only a supervisor sees the team's practice count.");
  });
});
