/**
 * `holdline config check` with platform tokens set asks the (fake) Slack Web API and Discord REST whether
 * every recipient of the team file can be written to, lists those that cannot and exits with 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIUser, ChannelType, OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.ts';
import { FAKE_APPLICATION_ID, FAKE_BOT_USER_ID, FAKE_GUILD_ID, FAKE_TOKEN } from '../fakes/discord/ids.ts';
import { textChannelObject, userObject } from '../fakes/discord/objects.ts';
import { everyoneRole } from '../fakes/discord/rest.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack/fake-web-api.ts';

const TEAM = `
teams:
  support:
    members: [slack:U0AGENT, slack:U0GONE, discord:1200000000000000001]
    escalation:
      levels:
        - supervisors: [slack:U0BOSS, slack:U0DEACT, discord:1200000000000000002, discord:1200000000000000009]
          ackTimeoutMinutes: 5
      channels:
        slack: [C0PAGES, C0NOTIN, C0MISSING]
        discord: ['1300000000000000001', '1300000000000000002', '1300000000000000003']
    threats:
      security: { slack: [C0PAGES] }
`;

describe('holdline config check: can every recipient be reached?', { timeout: 60_000 }, () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-reach-'));
    file = join(dir, 'team.yaml');
    writeFileSync(file, TEAM);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(env: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['config', 'check', '--file', file], {
      env: { NODE_ENV: 'test', DATA_DIR: dir, ...env },
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('without tokens: validates only and exits 0', async () => {
    const r = await cli({});
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('can be reached');
  });

  describe('Slack', () => {
    let api: FakeSlackApi;
    afterEach(() => api.close());

    it('names the deleted user, the user no DM opens for, the channel the bot is not in and the unknown one; exit 1', async () => {
      api = await startFakeSlackApi({
        users: { U0DEACT: { deleted: true } },
        channels: {
          C0PAGES: { name: 'pages', members: ['U0HOLDBOT', 'U0BOSS'] },
          C0NOTIN: { name: 'escalations', members: ['U0BOSS'] },
        },
      });
      api.failWhen('users.info', (a) => a.user === 'U0GONE', { error: 'user_not_found' });
      api.failWhen('conversations.open', (a) => a.users === 'U0BOSS', { error: 'cannot_dm_bot' });
      const r = await cli({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: api.apiUrl });
      expect(r.err).toBe('');
      expect(r.code).toBe(1);
      expect(r.out).toContain('slack: 2 of 7 recipient(s) can be reached.');
      expect(r.out).toContain('cannot reach slack:U0GONE (team support, member): Slack answered user_not_found');
      expect(r.out).toContain('cannot reach slack:U0DEACT (team support, level 1): the account is deactivated');
      expect(r.out).toContain('cannot reach slack:U0BOSS (team support, level 1): Slack answered cannot_dm_bot');
      expect(r.out).toContain(
        'cannot reach channel slack:C0NOTIN (team support, escalation channels): the bot is not a member of the channel',
      );
      expect(r.out).toContain(
        'cannot reach channel slack:C0MISSING (team support, escalation channels): the bot cannot see',
      );
      expect(r.out).not.toContain('slack:U0AGENT (');
      expect(r.out).not.toContain('slack:C0PAGES (');
      // Read-only: nothing posted.
      expect(api.callsTo('chat.postMessage')).toHaveLength(0);
    });

    it('exits 0 when everyone can be reached', async () => {
      api = await startFakeSlackApi({
        channels: Object.fromEntries(
          ['C0PAGES', 'C0NOTIN', 'C0MISSING'].map((c) => [c, { name: c.toLowerCase(), members: ['U0HOLDBOT'] }]),
        ),
      });
      const r = await cli({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: api.apiUrl });
      expect(r.out).toContain('slack: 7 of 7 recipient(s) can be reached.');
      expect(r.code).toBe(0);
    });
  });

  describe('Discord', () => {
    let fake: FakeDiscord;
    afterEach(() => fake.close());

    it('names the unknown user, the channel the bot cannot view or send in, and the unknown channel; exit 1', async () => {
      fake = await startFakeDiscord({ token: FAKE_TOKEN, guilds: [] });
      const user = (id: string): APIUser => userObject({ id });
      fake.addUser(user('1200000000000000001'));
      fake.addUser(user('1200000000000000002'));
      fake.setGuildRoles(FAKE_GUILD_ID, [everyoneRole(FAKE_GUILD_ID)]);
      fake.addChannel(textChannelObject('1300000000000000001', FAKE_GUILD_ID, 'pages'));
      fake.addChannel({
        ...textChannelObject('1300000000000000002', FAKE_GUILD_ID, 'escalations'),
        permission_overwrites: [
          {
            id: FAKE_BOT_USER_ID,
            type: OverwriteType.Member,
            allow: '0',
            deny: String(PermissionFlagsBits.SendMessages),
          },
        ],
        type: ChannelType.GuildText,
      });
      const r = await cli({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
        DISCORD_API_URL: fake.restUrl,
      });
      expect(r.err).toBe('');
      expect(r.code).toBe(1);
      expect(r.out).toContain('discord: 3 of 6 recipient(s) can be reached.');
      expect(r.out).toContain('cannot reach discord:1200000000000000009 (team support, level 1): no such user');
      expect(r.out).toContain(
        'cannot reach channel discord:1300000000000000002 (team support, escalation channels): the bot cannot send messages in the channel',
      );
      expect(r.out).toContain(
        'cannot reach channel discord:1300000000000000003 (team support, escalation channels): no such channel',
      );
      expect(fake.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/messages'))).toHaveLength(0);
    });
  });
});
