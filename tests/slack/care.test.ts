/**
 * Decompression and check-ins in Slack, end to end: real Bolt, signed requests, the fake Web API, the
 * real store, CareService and runners on a ManualClock (docs/checkins.md, docs/slack.md).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../src/engine/index.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import { anonymousCheckins, checkins } from '../../src/store/schema.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { backends } from '../helpers/store.ts';
import { type CareHarness, elementsOf, startCareHarness } from './care-harness.ts';
import { AGENT, until } from './harness.ts';

const SUP = 'U0SUPER1';
const MINUTE = 60_000;
const rows = (store: DrizzleStore, table: typeof anonymousCheckins | typeof checkins) =>
  (store as unknown as { db: Db }).db.select().from(table) as Promise<Record<string, unknown>[]>;
const actionIds = (c: RecordedCall) => elementsOf(c).map((e) => e.action_id);
const json = (res: { text: string }) => (res.text ? (JSON.parse(res.text) as Record<string, unknown>) : {});

/** state.values of a check-in modal as Slack sends it. */
const checkinValues = (mood: string | null, where: string | null, note?: string) => ({
  mood: {
    mood: {
      type: 'static_select',
      selected_option: mood === null ? null : { text: { type: 'plain_text' as const, text: mood }, value: mood },
    },
  },
  note: { note: { type: 'plain_text_input', value: note ?? null } },
  where: {
    where: {
      type: 'radio_buttons',
      selected_option: where === null ? null : { text: { type: 'plain_text' as const, text: where }, value: where },
    },
  },
});

describe.each(backends)('Slack decompression and check-ins ($name)', (backend) => {
  let store: DrizzleStore;
  let h: CareHarness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  /** The check-in modal opened by /checkin, submitted with these values. */
  async function checkin(mood: string | null, where: string | null, note?: string, user = AGENT) {
    await h.command('/checkin', '', user);
    const open = await h.api.waitForCall('views.open', (c) => JSON.stringify(c.args.view).includes('hl_checkin'));
    const view = open.args.view as { private_metadata: string };
    return h.submit({
      callbackId: 'hl_checkin',
      privateMetadata: view.private_metadata,
      userId: user,
      values: checkinValues(mood, where, note),
    });
  }

  it('offers decompression when a session closes (in the agent’s language); skip is one tap, then the check-in', async () => {
    h = await startCareHarness(store, { users: { [AGENT]: { locale: 'ms-MY' } } });
    const offer = await h.closeSession('resolved');
    expect(actionIds(offer)).toEqual(['hlc:breathe', 'hlc:talk', 'hlc:break', 'hlc:skip']);
    expect(String(offer.args.channel)).toMatch(/^D/);
    const shown = JSON.stringify(offer.args.blocks);
    expect(shown).toContain('Bernafas bersama saya');
    expect(shown).toContain('Langkau');

    expect((await h.click('hlc:skip')).status).toBe(200);
    const skipped = await h.api.waitForCall('chat.update', (c) => actionIds(c).includes('hlc:checkin'));
    expect(skipped.args).toMatchObject({ channel: offer.args.channel, ts: offer.response?.ts });
    expect(String(skipped.args.text)).toContain('Dilangkau');
    expect(actionIds(skipped)).toEqual(['hlc:checkin']);

    await h.click('hlc:checkin');
    const modal = await h.api.waitForCall('views.open');
    const view = modal.args.view as { callback_id: string; title: { text: string }; private_metadata: string };
    expect(view.callback_id).toBe('hl_checkin');
    expect(view.title.text).toBe('Semakan perasaan');
    // Submitted from the offer: the confirmation replaces the offer message.
    const res = await h.submit({
      callbackId: 'hl_checkin',
      privateMetadata: view.private_metadata,
      values: checkinValues('4', 'private'),
    });
    expect(res.text).toBe('');
    const done = await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('Terima kasih'));
    expect(done.args).toMatchObject({ channel: offer.args.channel, ts: offer.response?.ts });
    // Care buttons are Holdline's own: the unknown-button answer never fired.
    const unknown = text('ms', 'slack.unknown_action');
    expect(h.api.callsTo('chat.postMessage').some((c) => c.args.text === unknown)).toBe(false);
    const history = await h.care.history(`slack:${AGENT}`);
    expect(history.ok && history.value.map((c) => [c.mood, c.visibility])).toEqual([[4, 'private']]);
  });

  it('walks through the breathing script in place, then offers the options again', async () => {
    h = await startCareHarness(store);
    const offer = await h.closeSession('resolved');
    const ts = offer.response?.ts;
    await h.click('hlc:breathe');
    const last = await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('Well done'));
    const steps = h.api.callsTo('chat.update').filter((c) => c.args.ts === ts);
    expect(steps.map((c) => String(c.args.text))).toEqual([
      'Let us take 3 slow breaths together. Sit back, shoulders down.',
      ...[1, 2, 3].flatMap((n) => [
        `Breath ${n} of 3: breathe in through your nose… (4 s)`,
        'Hold it gently… (4 s)',
        'And breathe out slowly through your mouth… (6 s)',
      ]),
      expect.stringContaining('Well done'),
    ]);
    expect(JSON.stringify(steps[1]?.args.blocks)).toContain('Step 2 of 11');
    expect(actionIds(last)).toEqual(['hlc:breathe', 'hlc:talk', 'hlc:break', 'hlc:skip']);
  });

  it('Skip during the breathing exercise stops it and offers the check-in', async () => {
    h = await startCareHarness(store, { breathingPace: 0.5 }); // the intro waits 1 s
    const offer = await h.closeSession('resolved');
    const ts = offer.response?.ts;
    await h.click('hlc:breathe');
    const intro = await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('Let us take'));
    expect(actionIds(intro)).toEqual(['hlc:skip']);
    await h.click('hlc:skip');
    await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('Skipped'));
    await new Promise((r) => setTimeout(r, 1500)); // past the intro's wait: the loop would have moved on
    const last = h.api
      .callsTo('chat.update')
      .filter((c) => c.args.ts === ts)
      .at(-1);
    expect(String(last?.args.text)).toMatch(/^Skipped/);
    expect(h.api.callsTo('chat.update').some((c) => String(c.args.text).startsWith('Breath 1 of 3'))).toBe(false);
  });

  it('talk pings the buddy channel with a mention of the agent', async () => {
    h = await startCareHarness(store, { peerChannel: 'C0BUDDY' });
    await h.closeSession('resolved');
    await h.click('hlc:talk');
    await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('Your team has been told'));
    await h.tick();
    const ping = await h.api.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0BUDDY');
    expect(String(ping.args.text)).toBe(`<@${AGENT}> has just had a hard contact and would like to talk to someone.`);
  });

  it('talk with no buddy channel: the offer says so, once, and nothing is posted or DMed', async () => {
    h = await startCareHarness(store);
    const offer = await h.closeSession('resolved');
    const before = h.api.calls.length;
    await h.click('hlc:talk');
    const answer = await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('No buddy channel'));
    expect(answer.args).toMatchObject({ channel: offer.args.channel, ts: offer.response?.ts });
    expect(await store.care.nextCareDueAt()).toBeNull();
    for (let i = 0; i < 3; i++) await h.tick();
    // The in-place answer is the only call: no channel post, no DM opened, no second "no channel" message.
    expect(h.api.calls.slice(before).map((c) => c.method)).toEqual(['chat.update']);
  });

  it('talk pings the buddy channel once for a double click and for a retried request', async () => {
    h = await startCareHarness(store, { peerChannel: 'C0BUDDY' });
    await h.closeSession('resolved');
    const first = h.clickBody('hlc:talk');
    // Slack retrying the same request, and a second click on the same offer (another action_ts).
    const answers = await Promise.all([h.post(first), h.post(first), h.click('hlc:talk')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const told = () =>
      h.api.callsTo('chat.update').filter((c) => String(c.args.text).startsWith('Your team has been told'));
    await until(() => told().length === 3, 'the three answers');
    for (let i = 0; i < 3; i++) await h.tick();
    expect(h.postsTo('C0BUDDY')).toHaveLength(1);
  });

  it('a break submitted twice from the same offer starts one break: one notice, one reminder', async () => {
    h = await startCareHarness(store, { supervisors: [`slack:${SUP}`] });
    const offer = await h.closeSession('resolved', { threat: true }); // a hard contact: supervisors hear
    await h.click('hlc:break');
    const open = await h.api.waitForCall('views.open');
    const view = open.args.view as { private_metadata: string };
    const values = { minutes: { minutes: { type: 'plain_text_input', value: '5' } } };
    const sub = { callbackId: 'hl_break', privateMetadata: view.private_metadata, values };
    const answers = await Promise.all([h.submit(sub), h.submit(sub)]);
    // A third submission from the same offer asks for 9 minutes: it gets the first break's answer.
    const nine = { ...sub, values: { minutes: { minutes: { type: 'plain_text_input', value: '9' } } } };
    answers.push(await h.submit(nine));
    expect(answers.map((a) => [a.status, a.text])).toEqual([
      [200, ''],
      [200, ''],
      [200, ''],
    ]);
    const confirmed = () =>
      h.api
        .callsTo('chat.update')
        .map((c) => String(c.args.text))
        .filter((t) => t.includes('Enjoy your break'));
    const confirmations = await until(() => confirmed().length >= 3 && confirmed(), 'three confirmations');
    expect(confirmations).toHaveLength(3);
    for (const t of confirmations) expect(t).toContain('remind you in 5 min');
    await h.tick();
    const supDm = await until(() => h.dmOf(SUP), 'the supervisor DM');
    h.app.clock.advance(5 * MINUTE);
    for (let i = 0; i < 3; i++) await h.tick();
    expect(h.postsTo(supDm).filter((c) => String(c.args.text).includes('is taking a 5-minute break'))).toHaveLength(1);
    const agentDm = String(offer.args.channel);
    expect(
      h.postsTo(agentDm).filter((c) => String(c.args.text).startsWith('Your 5-minute break is over')),
    ).toHaveLength(1);
  });

  it('break: a modal asks the minutes; the supervisor hears (in their language), the reminder fires on the clock', async () => {
    h = await startCareHarness(store, { supervisors: [`slack:${SUP}`, 'discord:123'] });
    await h.app.agents.setLocale(`slack:${SUP}`, 'ms');
    const offer = await h.closeSession('resolved', { threat: true }); // a hard contact
    await h.click('hlc:break');
    const open = await h.api.waitForCall('views.open');
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe('hl_break');
    expect(JSON.stringify(view.blocks)).toContain('How many minutes? (1–60)');
    const minutes = (v: string) => ({ minutes: { minutes: { type: 'plain_text_input', value: v } } });

    const tooLong = await h.submit({
      callbackId: 'hl_break',
      privateMetadata: view.private_metadata,
      values: minutes('90'),
    });
    expect(json(tooLong)).toEqual({ response_action: 'errors', errors: { minutes: 'A break is 1 to 60 minutes.' } });
    const ok = await h.submit({ callbackId: 'hl_break', privateMetadata: view.private_metadata, values: minutes('5') });
    expect(ok.text).toBe('');
    const started = await h.api.waitForCall('chat.update', (c) => String(c.args.text).startsWith('Enjoy your break'));
    expect(started.args).toMatchObject({ channel: offer.args.channel, ts: offer.response?.ts });
    expect(actionIds(started)).toEqual(['hlc:checkin']); // after the offer, the check-in

    await h.tick();
    const supDm = await until(() => h.dmOf(SUP), 'the supervisor DM');
    const notice = await h.api.waitForCall('chat.postMessage', (c) => c.args.channel === supDm);
    expect(String(notice.args.text)).toBe(`<@${AGENT}> sedang berehat selama 5 minit selepas urusan yang sukar.`);

    const agentDm = String(offer.args.channel);
    const reminders = () =>
      h.postsTo(agentDm).filter((c) => String(c.args.text).startsWith('Your 5-minute break is over'));
    h.app.clock.advance(4 * MINUTE);
    await h.tick();
    expect(reminders()).toHaveLength(0);
    h.app.clock.advance(MINUTE);
    await h.tick();
    await h.tick();
    expect(reminders()).toHaveLength(1);
    // The non-Slack supervisor id was skipped, not DMed.
    expect(h.api.callsTo('conversations.open').map((c) => c.args.users)).not.toContain('123');
  });

  it('an anonymous check-in is posted as the bot with nothing naming the agent, and stored without them', async () => {
    h = await startCareHarness(store, { checkinChannel: 'C0CHECKIN', supervisors: [`slack:${SUP}`] });
    const res = await checkin('2', 'anonymous', 'rough morning');
    expect(res.text).toBe('');
    await h.api.waitForCall('chat.postMessage', (c) => String(c.args.text).startsWith('Thanks. Posted anonymously'));
    await h.tick();
    const post = await h.api.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0CHECKIN');
    expect(post.args.text).toBe('Anonymous check-in: mood 2/5 “rough morning”');
    const sent = JSON.stringify(post.args);
    expect(sent).not.toContain(AGENT);
    expect(sent).not.toContain('<@');
    expect(post.args.metadata).toBeUndefined();
    expect(post.args.username).toBeUndefined();
    expect(post.args.icon_url).toBeUndefined();
    // Stored: team, week and mood only.
    const stored = await rows(store, anonymousCheckins);
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['id', 'mood', 'teamId', 'week']);
    expect(JSON.stringify(stored)).not.toContain(AGENT);
    expect(await rows(store, checkins)).toHaveLength(0);
    // The team-level nudge names nobody.
    const supDm = await until(() => h.dmOf(SUP), 'the supervisor DM');
    const nudge = await h.api.waitForCall('chat.postMessage', (c) => c.args.channel === supDm);
    expect(String(nudge.args.text)).toContain('Someone in team t1 checked in anonymously with mood 2/5');
    expect(JSON.stringify(nudge.args)).not.toContain(AGENT);
    // The note never reaches the logs.
    expect(JSON.stringify(h.app.log.lines)).not.toContain('rough morning');
  });

  it('a named check-in mentions the agent; a low mood nudges the supervisor once', async () => {
    h = await startCareHarness(store, { checkinChannel: 'C0CHECKIN', supervisors: [`slack:${SUP}`] });
    await checkin('1', 'named', 'long <!channel> day');
    await h.tick();
    const post = await h.api.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0CHECKIN');
    // The note cannot ping anyone: it is escaped; only the agent is a mention.
    expect(post.args.text).toBe(`Check-in from <@${AGENT}>: mood 1/5 “long &lt;!channel&gt; day”`);
    for (let i = 0; i < 3; i++) await h.tick();
    const supDm = await until(() => h.dmOf(SUP), 'the supervisor DM');
    const nudges = h.postsTo(supDm).filter((c) => String(c.args.text).includes('checked in with mood 1/5'));
    expect(nudges).toHaveLength(1);
    expect(String(nudges[0]?.args.text)).toBe(`<@${AGENT}> checked in with mood 1/5. A quiet word might help.`);
  });

  it('a check-in with no channel configured is kept and the agent is told it was not posted', async () => {
    h = await startCareHarness(store);
    await checkin('4', 'named');
    await h.api.waitForCall('chat.postMessage', (c) =>
      String(c.args.text).startsWith('Thanks. Saved with your name, but your team has no check-in channel set up'),
    );
    await h.tick();
    // Nothing was queued to post: no channel message, and no second "not posted" DM later.
    expect(h.api.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(await rows(store, checkins)).toHaveLength(1);
  });

  it('a rate-limited check-in post is retried after Retry-After, not before', async () => {
    h = await startCareHarness(store, { checkinChannel: 'C0CHECKIN' });
    await checkin('4', 'named');
    await h.api.waitForCall('chat.postMessage', (c) => String(c.args.text).startsWith('Thanks. Posted'));
    // 429 on the channel post: retried after Retry-After (30 s on the clock), not before.
    h.api.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const posts = () => h.postsTo('C0CHECKIN').filter((c) => c.response?.ok);
    await h.tick();
    expect(posts()).toHaveLength(0);
    h.app.clock.advance(29_000);
    await h.tick();
    expect(posts()).toHaveLength(0);
    h.app.clock.advance(1_000);
    await h.tick();
    expect(posts()).toHaveLength(1);
  });

  it('answers an invalid mood or an over-long note in the modal, and stores nothing', async () => {
    h = await startCareHarness(store, { checkinChannel: 'C0CHECKIN' });
    expect(json(await checkin('9', 'named'))).toEqual({
      response_action: 'errors',
      errors: { mood: 'Mood is a number from 1 to 5.' },
    });
    expect(json(await checkin('3', 'named', 'x'.repeat(281)))).toEqual({
      response_action: 'errors',
      errors: { note: 'The note is at most 280 characters.' },
    });
    expect(json(await checkin('3', null))).toEqual({
      response_action: 'errors',
      errors: { where: 'Choose named, anonymous or private.' },
    });
    expect(await rows(store, checkins)).toHaveLength(0);
    expect(await rows(store, anonymousCheckins)).toHaveLength(0);
  });

  it('/holdline digest: refused for an agent, shown to a supervisor (in their language)', async () => {
    h = await startCareHarness(store, { checkinChannel: 'C0CHECKIN', supervisors: [`slack:${SUP}`] });
    await checkin('4', 'named');
    /** The answer only the asker sees: ephemeral in the ack, or (when it took over 2 s) by DM. */
    const holdline = async (words: string, user = AGENT): Promise<string> => {
      const before = h.api.calls.length;
      const res = await h.command('/holdline', words, user);
      expect(res.status).toBe(200);
      if (res.text !== '') {
        expect(json(res).response_type).toBe('ephemeral');
        return String(json(res).text);
      }
      const dm = await until(() => h.dmOf(user), 'the DM');
      const late = await h.api.waitForCall(
        'chat.postMessage',
        (c) => c.args.channel === dm && h.api.calls.indexOf(c) >= before,
      );
      return String(late.args.text);
    };
    expect(await holdline('digest')).toBe('Only a team’s supervisors can see its weekly digest.');

    await h.app.agents.setLocale(`slack:${SUP}`, 'ms');
    const shown = await holdline('digest', SUP);
    expect(shown).toContain('Ringkasan mingguan Holdline: pasukan t1, 2026-W48');
    expect(shown).toContain('purata 4/5');
    expect(await holdline('digest 2026-w48', SUP)).toContain('2026-W48');

    expect(await holdline('digest lastweek', SUP)).toBe('Nyatakan minggu sebagai YYYY-Www, contohnya 2026-W47.');
    expect(await holdline('')).toContain('*/holdline digest [week]*');
    expect(await holdline('frobnicate')).toMatch(/^I do not know "frobnicate"/);
  });

  it('App Home shows the agent’s check-ins, and the team mood to a supervisor only', async () => {
    h = await startCareHarness(store, { checkinChannel: 'C0CHECKIN', supervisors: [`slack:${SUP}`] });
    await checkin('3', 'named', 'fine');
    await checkin('5', 'named', undefined, SUP);
    const open = async (user: string) => {
      const event = JSON.stringify({
        token: 'x',
        team_id: 'T0HOLDLINE',
        api_app_id: 'A0HOLDLINE',
        type: 'event_callback',
        event_id: `Ev-${user}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: `${Date.now() / 1000}` },
      });
      // The home may also have been republished after a change (the board watch): take the one after this event.
      const before = h.api.calls.length;
      expect((await h.post(event)).status).toBe(200);
      const published = await h.api.waitForCall(
        'views.publish',
        (c) => c.args.user_id === user && h.api.calls.indexOf(c) >= before,
      );
      return JSON.stringify(published.args.view);
    };
    const agentHome = await open(AGENT);
    expect(agentHome).toContain('Your recent check-ins');
    expect(agentHome).toContain('mood 3/5 · posted with your name · “fine”');
    expect(agentHome).not.toContain('Team mood');
    const supHome = await open(SUP);
    expect(supHome).toContain('mood 5/5 · posted with your name');
    expect(supHome).toContain('Team mood this week (2026-W48)');
    expect(supHome).toContain('whole week: average 4/5 (check-ins: 2)');
  });
});
