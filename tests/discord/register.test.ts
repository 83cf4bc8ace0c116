/** `holdline discord register` puts the shared command definitions on Discord through REST. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/commands/index.ts';
import { runCli } from '../../src/cli/index.ts';
import { FAKE_GUILD_ID, FAKE_TOKEN, type FakeDiscord, startFakeDiscord } from '../fakes/discord/index.ts';

describe('discord register', () => {
  let fake: FakeDiscord;
  const out: string[] = [];
  const err: string[] = [];
  beforeEach(async () => {
    fake = await startFakeDiscord({ guilds: [], token: FAKE_TOKEN });
    out.length = 0;
    err.length = 0;
  });
  afterEach(async () => {
    await fake.close();
  });
  const io = (env: Record<string, string>) => ({
    env: {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.restUrl,
      ...env,
    },
    out: (l: string) => out.push(l),
    err: (l: string) => err.push(l),
  });

  it('registers in one guild with --guild, and globally without', async () => {
    expect(await runCli(['discord', 'register', '--guild', FAKE_GUILD_ID], io({}))).toBe(0);
    const guildPut = await fake.waitFor((r) => r.method === 'PUT');
    expect(guildPut.path).toBe(`/applications/${fake.applicationId}/guilds/${FAKE_GUILD_ID}/commands`);
    expect(guildPut.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));
    const names = commandDefinitions.map((c) => `/${c.name}`).join(', ');
    expect(out.at(-1)).toBe(`Registered ${commandDefinitions.length} commands (${names}) in server ${FAKE_GUILD_ID}.`);
    // Check-ins: /checkin, and /holdline digest and checkins next to help.
    const put = guildPut.body as {
      name: string;
      options?: { name: string; type: number; choices?: { value: string }[] }[];
    }[];
    expect(put.map((c) => c.name)).toEqual([
      'complaint',
      'limits',
      'holdline',
      'checkin',
      'flag',
      'language',
      'practice',
    ]);
    expect(put.find((c) => c.name === 'holdline')?.options?.map((o) => o.name)).toEqual(
      expect.arrayContaining(['help', 'digest', 'checkins', 'now']),
    );
    const checkin = put.find((c) => c.name === 'checkin')?.options;
    expect(checkin?.map((o) => o.name)).toEqual(['now', 'history']);
    expect((checkin?.[0] as { options?: { name: string }[] } | undefined)?.options?.map((o) => o.name)).toEqual([
      'mood',
      'visibility',
      'note',
    ]);
    // /flag carries its three subcommands, /language its choices (each language by its own name, and auto).
    expect(put.find((c) => c.name === 'flag')?.options?.map((o) => o.name)).toEqual(['add', 'lookup', 'remove']);
    expect(put.find((c) => c.name === 'language')?.options?.[0]?.choices?.map((c) => c.value)).toEqual([
      'en',
      'ms',
      'id',
      'nb',
      'tl',
      'auto',
    ]);

    expect(await runCli(['discord', 'register'], io({}))).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'PUT').at(-1)?.path).toBe(
      `/applications/${fake.applicationId}/commands`,
    );
  });

  it('explains a bad --guild and missing credentials', async () => {
    expect(await runCli(['discord', 'register', '--guild', 'abc'], io({}))).toBe(2);
    expect(err.at(-1)).toMatch(/^--guild needs a server id/);
    expect(await runCli(['discord', 'register'], io({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' }))).toBe(2);
    expect(err.at(-1)).toMatch(/^Set DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });
});
