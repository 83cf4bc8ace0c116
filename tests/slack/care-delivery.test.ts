/**
 * SlackCareDelivery against the fake Web API (a real WebClient): who gets what, errors as
 * DeliveryErrors, and a retried multi-recipient effect that skips the recipients who already have it.
 */
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackCareDelivery } from '../../adapters/slack/care/delivery.ts';
import { LocaleCache } from '../../adapters/slack/locale.ts';
import type { CareEffect, Digest, Locale } from '../../src/engine/index.ts';
import { DeliveryError } from '../../src/ports.ts';
import type { CareItem } from '../../src/ports-care.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack/fake-web-api.ts';
import { MemoryLog } from '../helpers/store.ts';

const SUP = 'U0SUPER1';
const OTHER = 'U0SUPER2';
const AGENT = 'U0AGENT1';

describe('SlackCareDelivery', () => {
  let api: FakeSlackApi;
  let delivery: SlackCareDelivery;
  const own = new Map<string, Locale>();
  beforeEach(async () => {
    api = await startFakeSlackApi({ users: { [OTHER]: { locale: 'nb-NO' } } });
    const client = new webApi.WebClient('xoxb-fake', {
      slackApiUrl: api.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    const log = new MemoryLog();
    delivery = new SlackCareDelivery({
      client,
      log,
      locales: new LocaleCache(client, log),
      // As AgentService.localeFor: own choice, else the platform's, else the team default (en here).
      localeFor: async (person, platform) => own.get(person) ?? (platform as Locale | null) ?? 'en',
      teamLocale: () => 'en',
    });
  });
  afterEach(() => api.close());

  const item = (effect: CareEffect, attempts = 0, id = 'care-1'): CareItem => ({
    id,
    surface: 'slack',
    effect,
    attempts,
  });
  const dmTexts = (user: string) => {
    const dm = api.callsTo('conversations.open').find((c) => c.args.users === user)?.response?.channel as
      | { id: string }
      | undefined;
    return api
      .callsTo('chat.postMessage')
      .filter((c) => dm && c.args.channel === dm.id && c.response?.ok)
      .map((c) => String(c.args.text));
  };

  it('DMs each Slack supervisor in their own language and skips other ids', async () => {
    const nudge: CareEffect = {
      type: 'supervisorNudge',
      to: [`slack:${SUP}`, `slack:${OTHER}`, 'discord:42', 'slack:subteam:S1', 'slack:C0CHAN'],
      reason: 'hard_contacts',
      teamId: 't1',
      agentId: `slack:${AGENT}`,
      value: 3,
    };
    await delivery.deliverCare(item(nudge));
    expect(dmTexts(SUP)).toEqual([`<@${AGENT}> has had 3 hard contacts this shift. Consider a break or a rotation.`]);
    expect(dmTexts(OTHER)).toHaveLength(1);
    expect(dmTexts(OTHER)[0]).toMatch(/^<@U0AGENT1> har hatt 3 /); // nb-NO in Slack: Norwegian
    expect(api.callsTo('conversations.open').map((c) => c.args.users)).toEqual([SUP, OTHER]);
  });

  it('a retry skips the supervisors who already have the message', async () => {
    const notice = (to: string[]): CareEffect => ({
      type: 'breakNotice',
      to,
      agentId: `slack:${AGENT}`,
      minutes: 10,
    });
    await delivery.deliverCare(item(notice([`slack:${SUP}`]), 0, 'break-notice:b1')); // the first DM went out, then a failure
    await delivery.deliverCare(item(notice([`slack:${SUP}`, `slack:${OTHER}`]), 1, 'break-notice:b1'));
    expect(dmTexts(SUP)).toHaveLength(1);
    expect(dmTexts(OTHER)).toHaveLength(1);
    // A new effect (another id) is not mistaken for the old one.
    await delivery.deliverCare(item(notice([`slack:${SUP}`]), 1, 'break-notice:b2'));
    expect(dmTexts(SUP)).toHaveLength(2);
  });

  it('sends the weekly digest to each supervisor', async () => {
    own.set(`slack:${SUP}`, 'ms');
    const digest: Digest = {
      teamId: 't1',
      week: '2026-W48',
      contacts: 4,
      hardContacts: 1,
      incidents: { insult: 4 },
      outcomes: { resolved: 4 },
      limitsCrossed: { minutes: 0, hostility: 1, complexity: 0 },
      threatsReported: {},
      namedMood: { byDay: [], week: null },
      anonymousMood: null,
      pages: null,
    };
    await delivery.deliverCare(item({ type: 'digestPost', to: [`slack:${SUP}`], digest }));
    expect(dmTexts(SUP)[0]).toContain('Ringkasan mingguan Holdline: pasukan t1, 2026-W48');
  });

  it('maps Slack errors: 429 keeps Retry-After, a missing channel is not retried', async () => {
    const post: CareEffect = { type: 'checkinPost', channel: 'C0GONE', agentId: `slack:${AGENT}`, mood: 3, note: null };
    api.failNext('chat.postMessage', { status: 429, retryAfter: 12 });
    const limited = await delivery.deliverCare(item(post)).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(DeliveryError);
    expect((limited as DeliveryError).retryAfterMs).toBe(12_000);
    api.failNext('chat.postMessage', { error: 'channel_not_found' });
    const gone = await delivery.deliverCare(item(post)).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(DeliveryError);
    expect((gone as DeliveryError).retryable).toBe(false);
  });
});
