/**
 * Issue 20 in Slack, real Bolt against the fake Web API: written channels get no voice advice, the
 * "don't say" half stands beside "You could say", and the customer type and language are tagged
 * from two menus on the step message (recorded in the timeline).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness, until } from './harness.ts';

describe.each(backends)('Slack guidance ($name)', (backend) => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  const blocksText = () => JSON.stringify(h.latestMessage().args.blocks);

  it('an SMS contact: written wording, then a customer type and language from the menus', async () => {
    h = await startHarness(store);
    await h.command('hostile sms');
    const session = await until(() => h.session(), 'the session');
    await h.tick();
    await until(() => blocksText().includes('Write calmly and plainly'), 'the written wording');
    expect(blocksText()).not.toContain('slow and low');
    expect(blocksText()).not.toContain('Please go on, I am listening');

    const step = async (action: string, option: string) => {
      const before = (await store.getSession(session.id))?.version;
      expect((await h.click(action, option)).status).toBe(200);
      await until(async () => (await store.getSession(session.id))?.version !== before, action);
      await h.tick();
    };
    await step('hl:customer_type', 'talkative');
    await until(() => blocksText().includes('use their name'), 'the talkative guidance');
    await step('hl:customer_lang', 'ms');
    const stored = await store.getSession(session.id);
    expect(stored?.customerType).toBe('talkative');
    expect(stored?.customerLocale).toBe('ms');
    expect(stored?.timeline.filter((e) => e.type === 'customer_type')).toHaveLength(1);
    await until(() => blocksText().includes('Tuan/Puan'), 'say lines in Malay');
    expect(blocksText()).toContain('Customer’s language: Bahasa Melayu');
  });

  it('shows the "don\'t say" half beside a say-pair line', async () => {
    h = await startHarness(store);
    await h.command('hostile phone');
    const session = await until(() => h.session(), 'the session');
    await h.tick();
    for (const choice of ['calmed', 'to_resolution']) {
      const before = (await store.getSession(session.id))?.version;
      await h.click(`hl:choose:${choice}`);
      await until(async () => (await store.getSession(session.id))?.version !== before, choice);
      await h.tick();
    }
    await until(() => blocksText().includes('instead of “I don’t know.”'), 'the pair on the lead step');
  });
});
