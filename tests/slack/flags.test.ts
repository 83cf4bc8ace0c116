/**
 * /flag and /language in Slack, end to end (real Bolt, signed requests, fake Web API, real store), and a
 * page written in the supervisor's language, not the agent's.
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { slashCommandBody } from '../fakes/slack/sign.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const SUP = 'U0SUPER1';
const REFERENCE = 'Jane.Doe@Example.com';
const NOTE = 'said he would wait for me outside the Oslo office';
const supervisors = { teamOf: () => null, isSupervisor: (id: string) => id === `slack:${SUP}` };

/** The ephemeral answer a slash command got in its ack. */
async function answer(h: Harness, command: string, text: string, user = AGENT): Promise<string> {
  const res = await h.post(slashCommandBody({ command, text, user_id: user }));
  expect(res.status).toBe(200);
  const body = JSON.parse(res.text) as { response_type?: string; text?: string };
  expect(body.response_type).toBe('ephemeral');
  return String(body.text);
}

const blocksText = (c: RecordedCall): string => JSON.stringify(c.args.blocks ?? []);

describe.each(backends)('Slack /flag and /language ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('an agent flags the open session’s customer; the next /complaint for them shows it; supervisors look up and remove', async () => {
    h = await startHarness(store, { directory: supervisors });
    expect(await answer(h, '/flag', '')).toContain('*/flag &lt;kind&gt; [note]*');
    expect(await answer(h, '/flag', 'insult')).toContain('You have no open session');

    await h.command(`insult chat ${REFERENCE}`);
    const first = await until(() => h.session(), 'the session');
    expect(await answer(h, '/flag', `insults ${NOTE}`)).toBe(
      'The customer is flagged for insults. The next agent who handles them will be told. Your note is kept for supervisors only.',
    );
    expect(await answer(h, '/flag', 'legal threat')).toContain('flagged for legal threat');
    expect(await answer(h, '/flag', 'insult again')).toContain('already flagged for insults');
    expect(await answer(h, '/flag', 'spitting')).toContain('Unknown flag kind. Use one of: vulgarity, insult');
    expect(await answer(h, '/flag', `hostility ${'x'.repeat(281)}`)).toContain('281 characters; the most is 280');
    // Agents are refused the supervisors' commands with the catalogue's sentence.
    expect(await answer(h, '/flag', `lookup ${REFERENCE}`)).toContain('Only a supervisor can look up');
    expect(await answer(h, '/flag', 'remove f1 wrong customer')).toContain('Only a supervisor can look up');

    const closed = await h.app.sessions.apply({
      sessionId: first.id,
      actor: `slack:${AGENT}`,
      event: { type: 'close', outcome: 'resolved' },
    });
    expect(closed.ok).toBe(true);
    await h.tick();
    // The next contact with the same customer (spelt differently) is prepared, without the note.
    await h.command('vulgarity phone jane.doe@example.com');
    const second = await until(async () => {
      const s = await h.session();
      return s && s.id !== first.id ? s : null;
    }, 'the second session');
    await h.tick();
    const step = await h.api.waitForCall(
      'chat.postMessage',
      (c) => blocksText(c).includes('Heads up') && c.args.thread_ts === undefined,
    );
    expect(blocksText(step)).toContain('earlier flags on this customer (2 in all)');
    expect(blocksText(step)).toContain('insults ×1');
    expect(blocksText(step)).not.toContain('Oslo');
    expect(second.customer?.hint).toBe('j***@example.com');

    // The supervisor sees every flag with its note and id, and removes one with a reason.
    const lookup = await answer(h, '/flag', `lookup ${REFERENCE}`, SUP);
    expect(lookup).toContain('Unexpired flags for j***@example.com: 2 (insults ×1, legal threat ×1).');
    expect(lookup).toContain(`Note: ${NOTE}`);
    const flags = await h.app.flags.lookup(`slack:${SUP}`, REFERENCE);
    if (!flags.ok) throw new Error('lookup failed');
    const insult = flags.value.flags.find((f) => f.kind === 'insult');
    if (insult === undefined) throw new Error('no insult flag');
    expect(lookup).toContain(`id ${insult.id}`);
    // The time as Slack's date token: each reader sees it in their own zone and format.
    expect(lookup).toContain(`<!date^${Math.floor(insult.createdAt / 1000)}^{date_short_pretty} {time}|`);
    expect(await answer(h, '/flag', `remove ${insult.id}`, SUP)).toContain('Give the flag id and a reason');
    expect(await answer(h, '/flag', `remove ${insult.id} Raised on the wrong customer`, SUP)).toBe(
      `Flag ${insult.id} removed. The removal and its reason are kept in the audit log.`,
    );
    const dump = await store.dump();
    expect(dump.flag_audit).toMatchObject([
      { flag_id: insult.id, action: 'remove', by: `slack:${SUP}`, reason: 'Raised on the wrong customer' },
    ]);
    expect(await answer(h, '/flag', `lookup ${REFERENCE}`, SUP)).toContain('Unexpired flags for');

    // Neither the clear reference nor the note reached the logs.
    const logs = JSON.stringify(h.app.log.lines).toLowerCase();
    expect(logs).not.toContain('jane.doe');
    expect(logs).not.toContain('oslo office');
  });

  it('/language shows, sets and clears the person’s own choice; the next session speaks it', async () => {
    h = await startHarness(store);
    // Asked once first, so the Slack locale (en-US) is cached: the choice must replace it at once.
    expect(await answer(h, '/language', '')).toBe(
      'Your language: English (automatic). Choices: en (English), ms (Bahasa Melayu), id (Bahasa Indonesia), nb (Norsk bokmål), tl (Tagalog). Type /language &lt;code&gt; to change it, /language auto to go back to automatic.',
    );
    expect(await answer(h, '/language', 'klingon')).toContain('There is no language "klingon" here');
    expect(await answer(h, '/language', 'nb')).toBe(
      'Språket er satt til Norsk bokmål. Valget er lagret til neste gang.',
    );
    expect(await h.app.agents.locale(`slack:${AGENT}`)).toEqual({ ok: true, value: 'nb' });
    expect(await answer(h, '/language', '')).toContain('Språket ditt: Norsk bokmål (ditt eget valg)');

    await h.command('insult chat');
    const session = await until(() => h.session(), 'the session');
    expect(session.locale).toBe('nb');
    await h.tick();
    const step = await h.api.waitForCall('chat.postMessage', (c) => Array.isArray(c.args.blocks));
    expect(String(step.args.text)).toMatch(/Fornærmelser/);

    expect(await answer(h, '/language', 'auto')).toBe(
      'Your own language choice is removed; Holdline now uses English.',
    );
    expect(await h.app.agents.locale(`slack:${AGENT}`)).toEqual({ ok: true, value: null });
  });

  it('pages a supervisor whose language is Norwegian in Norwegian, the channel in the team default', async () => {
    const policy: PolicySnapshot = {
      teamId: 'team-a',
      levels: [{ supervisors: [`slack:${SUP}`], ackTimeoutMinutes: 5, repeat: 1 }],
      channels: ['slack:C0PAGES'],
      security: [],
      legal: [],
    };
    h = await startHarness(store, { policies: new EditablePolicies(policy), users: { [SUP]: { locale: 'nb-NO' } } });
    await h.app.agents.setLimits(`slack:${AGENT}`, { minutes: 5, hostility: 5, complexity: 5 });
    await h.command('insult chat');
    const session = await until(() => h.session(), 'the session');
    expect(session.locale).toBe('en');
    await h.tick();
    h.app.clock.advance(6 * 60_000);
    const pages = await until(async () => {
      await h.tick();
      const posted = h.api
        .callsTo('chat.postMessage')
        .filter((c) =>
          ((c.args.blocks ?? []) as KnownBlock[]).some(
            (b) => b.type === 'actions' && JSON.stringify(b).includes('hlp:ack'),
          ),
        );
      return posted.length >= 2 ? posted : null;
    }, 'the page posts');
    const inChannel = pages.find((p) => p.args.channel === 'C0PAGES');
    const dm = pages.find((p) => p.args.channel !== 'C0PAGES');
    expect(String(dm?.args.text)).toContain(`Holdline-varsel: ${AGENT} trenger en teamleder`);
    expect(blocksText(dm as RecordedCall)).toContain('Bekreft');
    expect(String(inChannel?.args.text)).toContain(`Holdline page: ${AGENT} needs a supervisor`);
  });
});
