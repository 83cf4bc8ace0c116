/**
 * The supervisor's view on Discord, the real discord.js against the fake Discord: `/holdline now` while
 * two contacts are open (refused for an agent), `/checkin history`, and the weekly digest's chart
 * attached to the supervisor's DM as a PNG that decodes.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordCareDelivery } from '../../adapters/discord/care-delivery.ts';
import { DiscordMessenger } from '../../adapters/discord/dm.ts';
import { CHART_WIDTH } from '../../src/engine/index.ts';
import type { UploadedFile } from '../fakes/discord/body.ts';
import { chatInputInteraction, userObject } from '../fakes/discord/index.ts';
import type { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type CareHarness, startCareHarness } from './care-harness.ts';

const agent = userObject({ username: 'aisha' });
const agent2 = userObject({ username: 'bjorn' });
const boss = userObject({ username: 'bo' });
const id = (u: { id: string }) => `discord:${u.id}`;

describe('Discord: who needs help now, the agent’s trend, the digest chart', () => {
  let h: CareHarness;
  beforeAll(async () => {
    h = await startCareHarness(backends[0] as (typeof backends)[number], { supervisors: id(boss) });
    (h.app.policies as EditablePolicies).policy = {
      teamId: null,
      levels: [{ supervisors: [id(boss)], ackTimeoutMinutes: 30, repeat: 0 }],
      channels: [],
      security: [],
      legal: [],
    };
    for (const [user, kind] of [
      [agent, 'vulgarity'],
      [agent2, 'hostile'],
    ] as const) {
      const s = await h.app.sessions.start({
        agentId: id(user),
        surface: 'discord',
        kind,
        channel: 'chat',
        locale: 'en',
      });
      if (!s.ok) throw new Error(s.error.code);
      if (user === agent2)
        await h.app.sessions.apply({
          sessionId: s.value.session.id,
          actor: id(user),
          event: { type: 'escalate', reason: 'more_experienced' },
        });
    }
    h.app.clock.advance(3 * 60_000);
  }, 60_000);
  afterAll(() => h.close());

  /** Runs a deferred command and returns all it answered (the edit, then any follow-ups). */
  async function answer(name: string, sub: string, user: typeof agent): Promise<string> {
    const payload = chatInputInteraction({
      name,
      user,
      options: [{ name: sub, type: ApplicationCommandOptionType.Subcommand }],
    });
    await h.interact(payload);
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`),
    );
    return String((edit.body as { content?: string }).content);
  }

  it('/holdline now lists both open contacts for the supervisor, the unanswered page first; refuses an agent', async () => {
    const text = await answer('holdline', 'now', boss);
    expect(text).toContain('Who needs help now: team default, 2 open contacts');
    expect(text.indexOf(`<@${agent2.id}>`)).toBeLessThan(text.indexOf(`<@${agent.id}>`));
    expect(text).toContain(`• <@${agent2.id}>: Angry or abusive · Chat · 3 min`);
    expect(text).toContain('Pages waiting for an answer: 1');
    expect(text).toContain(`• <@${agent.id}>: Vulgar language · Chat · 3 min`);
    expect(text).toContain('Personal limits of the team');
    expect(await answer('holdline', 'now', agent)).toBe('Only a team’s supervisors can see who needs help in it.');
  });

  it('/checkin history shows the agent their own 8 weeks', async () => {
    const text = await answer('checkin', 'history', agent);
    expect(text).toContain('**Your last 8 weeks (only you can see this)**');
    expect(text).toContain('W48  ·····  no check-ins · 0 hard of 1 contacts');
  });

  it('attaches the digest chart as a PNG to the supervisor’s DM', async () => {
    const digest = await h.care.digest('default');
    if (!digest.ok) throw new Error(digest.error.code);
    const delivery = new DiscordCareDelivery({
      messenger: new DiscordMessenger(h.adapter.client),
      agents: h.app.agents,
      log: h.app.log,
      teamLocale: 'en',
    });
    await delivery.deliverCare({
      id: 'digest:default:2026-W48:discord',
      surface: 'discord',
      attempts: 1,
      effect: { type: 'digestPost', to: [id(boss)], digest: digest.value },
    });
    const dm = (await h.adapter.client.users.createDM(boss.id)).id;
    const withFile = h.fake.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${dm}/messages` &&
        (r.body as { __files?: string[] }).__files?.length,
    );
    expect(withFile).toHaveLength(1);
    const body = withFile[0]?.body as {
      __uploads: UploadedFile[];
      attachments: { description: string }[];
      nonce: string;
    };
    expect(body.__uploads[0]?.filename).toBe('digest-default-2026-W48.png');
    expect(body.attachments[0]?.description).toContain('Chart for team default');
    expect(body.nonce).toMatch(/^[\w-]{25}$/);
    const png = PNG.sync.read(body.__uploads[0]?.data as Buffer);
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBeGreaterThan(600);
  });
});
