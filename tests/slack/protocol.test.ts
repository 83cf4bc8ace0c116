/** Slack protocol edges: signatures, retries, double clicks, 429s, malformed payloads, limits modal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { blockActionBody, retryHeaders, signedHeaders, slashCommandBody } from '../fakes/slack/sign.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, SECRET, startHarness, until } from './harness.ts';

const input = (value: string) => ({ type: 'plain_text_input', value });
const limits = (minutes: string, hostility: string, complexity: string) => ({
  minutes: { minutes: input(minutes) },
  hostility: { hostility: input(hostility) },
  complexity: { complexity: input(complexity) },
});

describe.each(backends)('Slack protocol ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('edits limits in the modal: invalid values get errors, valid ones are saved and prefilled next time', async () => {
    h = await startHarness(store);
    expect((await h.limitsCommand()).status).toBe(200);
    const first = await h.api.waitForCall('views.open');
    const initial = (c: typeof first) =>
      (c.args.view as { blocks: { block_id: string; element: { initial_value: string } }[] }).blocks.map((b) => [
        b.block_id,
        b.element.initial_value,
      ]);
    expect(initial(first)).toEqual([
      ['minutes', '20'],
      ['hostility', '4'],
      ['complexity', '3'],
    ]);
    const bad = await h.submit({
      callbackId: 'hl_limits',
      privateMetadata: 'en',
      userId: AGENT,
      values: limits('12abc', '9', '2'),
    });
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.text)).toEqual({
      response_action: 'errors',
      errors: { minutes: 'Enter a whole number from 1 to 480.', hostility: 'Enter a whole number from 1 to 5.' },
    });
    const good = await h.submit({
      callbackId: 'hl_limits',
      privateMetadata: 'en',
      userId: AGENT,
      values: limits('30', '3', '2'),
    });
    expect(good).toMatchObject({ status: 200, text: '' });
    expect(await h.app.agents.limits(`slack:${AGENT}`)).toEqual({
      ok: true,
      value: { minutes: 30, hostility: 3, complexity: 2 },
    });
    await h.api.waitForCall('chat.postMessage', (c) => String(c.args.text).startsWith('Your limits are saved'));
    await h.limitsCommand();
    const second = await until(() => h.api.callsTo('views.open')[1], 'the second modal');
    expect(initial(second)).toEqual([
      ['minutes', '30'],
      ['hostility', '3'],
      ['complexity', '2'],
    ]);
  });

  it('refuses a bad signature and a stale timestamp with 401, and starts nothing', async () => {
    h = await startHarness(store);
    const body = slashCommandBody({ text: 'vulgarity phone' });
    expect(
      (await h.post(body, signedHeaders('not-the-secret', body) as unknown as Record<string, string>)).status,
    ).toBe(401);
    const old = signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60);
    expect((await h.post(body, old as unknown as Record<string, string>)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(await h.session()).toBeNull();
    expect(h.api.callsTo('users.info')).toHaveLength(0);
  });

  it('a retried /complaint (X-Slack-Retry-Num, same trigger_id) creates nothing new', async () => {
    h = await startHarness(store);
    const body = slashCommandBody({ text: 'vulgarity phone' });
    expect((await h.post(body)).status).toBe(200);
    const session = await until(() => h.session(), 'the session');
    expect((await h.post(body, retryHeaders(1, 'http_timeout'))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    await h.tick();
    expect((await h.session())?.id).toBe(session.id);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1); // the step, and no "already open" error
    expect(h.texts().join()).not.toContain('already have an open session');
  });

  it('a double click creates one effect; the second click is told the step moved on', async () => {
    h = await startHarness(store, { escalationChannel: 'C0ESCALATE' });
    await h.command('insult phone');
    await until(() => h.session(), 'the session');
    await h.tick();
    const a = h.clickPayload('hl:threat_legal', undefined, '1700000000.000100');
    const b = h.clickPayload('hl:threat_legal', undefined, '1700000000.000200');
    const { interactionBody } = await import('../fakes/slack/sign.ts');
    const [ra, rb] = await Promise.all([h.post(interactionBody(a)), h.post(interactionBody(b))]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await h.api.waitForCall('chat.postMessage', (c) => String(c.args.text).startsWith('This step has moved on'));
    await h.tick();
    const reports = h.api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0ESCALATE');
    expect(reports).toHaveLength(1);
    expect(String(reports[0]?.args.text)).toContain('threat report for the legal team');
    expect((await h.session())?.reported).toEqual(['legal']);
  });

  it('a 429 from the Web API is retried by the outbox after Retry-After', async () => {
    h = await startHarness(store);
    h.api.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    await h.command('vulgarity chat');
    await until(() => h.session(), 'the session');
    await h.tick();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1); // rejected at once, not waited on in-process
    const warn = h.app.log.lines.find((l) => l.msg === 'effect delivery failed; will retry');
    expect(warn?.obj).toMatchObject({ retryInMs: 7000, type: 'prompt' });
    h.app.clock.advance(6_000);
    await h.tick();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    h.app.clock.advance(1_000);
    await h.tick();
    const [limited, delivered] = h.api.callsTo('chat.postMessage');
    expect(limited?.fault).toEqual({ status: 429, retryAfter: 7 });
    expect(delivered?.response?.ok).toBe(true);
  });

  it('answers malformed payloads with 4xx and keeps serving', async () => {
    h = await startHarness(store);
    const unparseable = 'payload=%7Bnot-json';
    expect((await h.post(unparseable)).status).toBe(400);
    const noActions = new URLSearchParams({
      payload: JSON.stringify({ type: 'block_actions', user: { id: AGENT } }),
    }).toString();
    const r = await h.post(noActions);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    const junk = 'command=%2Fcomplaint';
    const j = await h.post(junk);
    expect(j.status).toBeLessThan(500);
    const help = await h.command('help');
    expect(help.status).toBe(200);
    expect(help.text).toContain('/limits');
  });

  it('an unknown action id gets a clear sentence', async () => {
    h = await startHarness(store);
    const body = blockActionBody({ actionId: 'some_other_button', value: 'x', userId: AGENT });
    expect((await h.post(body)).status).toBe(200);
    const told = await h.api.waitForCall('chat.postMessage');
    expect(String(told.args.text)).toContain('Holdline does not know that button');
    const forged = blockActionBody({ actionId: 'hl:choose:calmed', value: 'not-a-session', userId: AGENT });
    await h.post(forged);
    await h.api.waitForCall('chat.postMessage', (c) =>
      String(c.args.text).startsWith('Holdline could not read that button'),
    );
  });
});
