/**
 * Issue 18: DISCORD_ALLOWED_GUILDS. Commands and buttons from another guild get one sentence and do nothing;
 * in a DM (no guild), buttons on Holdline's own messages work, and commands only for members of an allowed
 * guild (asked of Discord). Real discord.js against the fake gateway and REST.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../src/engine/index.ts';
import { buttonInteraction, FAKE_GUILD_ID, type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, click, complaint, customIds, dmMessage, findId } from './steps.ts';

const OTHER_GUILD = '1100000000000000777';
const member = userObject({ username: 'aisha' });
const stranger = userObject({ username: 'lee' });

const said = (r: RecordedRequest): string => bodyOf(r).data?.content ?? bodyOf(r).content ?? '';

describe.each(backends)('Discord guild allowlist on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { allowedGuilds: [FAKE_GUILD_ID] });
    h.fake.setGuildMembers(FAKE_GUILD_ID, [member.id]);
  });
  afterEach(async () => {
    await h.close();
  });

  /** Sends /complaint and waits for its deferred answer's edit (the session is committed by then). */
  const start = async (payload: ReturnType<typeof complaint>) => {
    await h.interact(payload);
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`));
  };

  const sessionOf = async (user: typeof member) => {
    const r = await h.app.sessions.current(`discord:${user.id}`);
    return r.ok ? r.value : null;
  };

  it('a command or a button from another guild is refused with a sentence and starts nothing', async () => {
    const cmd = await h.interact(complaint(member, { kind: 'insult', channel: 'phone' }, {}, OTHER_GUILD));
    expect(said(cmd)).toBe(text('en', 'discord.guild_not_allowed'));
    expect(await sessionOf(member)).toBeNull();

    const btn = await h.interact(buttonInteraction({ user: member, guildId: OTHER_GUILD, customId: 'hl:limits-edit' }));
    expect(said(btn)).toBe(text('en', 'discord.guild_not_allowed'));
  });

  it('in an allowed guild a session starts, and its buttons work in the DM', async () => {
    await start(complaint(member, { kind: 'insult', channel: 'phone' }));
    const session = await sessionOf(member);
    expect(session).not.toBeNull();
    await h.deliver();
    const message = await dmMessage(h, session?.id ?? '');
    const first = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`,
    ) as RecordedRequest;
    const update = await click(h, member, message, findId(customIds(first), 'hl:c:', 'keeps_insulting'));
    expect(said(update)).not.toBe(text('en', 'discord.guild_not_allowed'));
    expect(customIds(update).length).toBeGreaterThan(0);
  });

  it('a command in a DM works for a member of an allowed guild, and is refused for anyone else', async () => {
    const refused = await h.interact(complaint(stranger, { kind: 'insult', channel: 'phone' }, {}, null));
    expect(said(refused)).toBe(text('en', 'discord.dm_not_member'));
    expect(await sessionOf(stranger)).toBeNull();

    await start(complaint(member, { kind: 'insult', channel: 'phone' }, {}, null));
    expect(await sessionOf(member)).not.toBeNull();
  });
});
