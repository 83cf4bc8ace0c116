/**
 * A person's own language choice wins on Slack everywhere, also when this instance has not looked the
 * person up yet (after a restart, or the choice made in the terminal or on another instance): the
 * `/complaint help` answer and the error handler's sentence used the cached language or English.
 * Real Bolt, signed requests, the fake Web API, a real store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorKey } from '../../src/app/errors.ts';
import { CONTACT_CHANNELS, INCIDENT_KINDS, text } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { interactionBody } from '../fakes/slack/sign.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const agentId = `slack:${AGENT}`;

describe.each(backends)('Slack answers in the person’s chosen language ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
    // Slack itself says English: only the person's own choice can make it Malay.
    h = await startHarness(store, { users: { [AGENT]: { locale: 'en-US' } } });
    expect((await h.app.agents.setLocale(agentId, 'ms')).ok).toBe(true);
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('/complaint help is in the chosen language before this instance has looked the person up', async () => {
    const help = JSON.parse((await h.command('help')).text) as { text: string };
    expect(help.text).toBe(
      text('ms', 'slack.usage', { kinds: INCIDENT_KINDS.join(', '), channels: CONTACT_CHANNELS.join(', ') }),
    );
  });

  it('a refused click is explained in the chosen language', async () => {
    const started = await h.app.sessions.start({
      agentId,
      surface: 'slack',
      kind: 'insult',
      channel: 'phone',
      locale: 'ms',
      requestKey: 'language-choice',
    });
    expect(started.ok).toBe(true);
    await h.tick();
    await h.api.waitForCall('chat.postMessage', (c) => Array.isArray(c.args.blocks));
    const first = h.clickPayload('hl:choose:keeps_insulting');
    expect((await h.post(interactionBody(first))).status).toBe(200);
    await until(async () => ((await h.session())?.version ?? 0) > 1 || null, 'the choice applied');
    // The same button again (another action_ts): the step has moved on.
    const again = { ...first, actions: [{ ...first.actions[0], action_ts: `${Date.now() / 1000 + 1}` }] };
    expect((await h.post(interactionBody(again as typeof first))).status).toBe(200);
    const stale = text('ms', errorKey('stale'));
    const told = await until(() => h.texts().find((t) => t === stale) ?? null, 'the stale sentence');
    expect(told).toBe(stale);
  });
});
