/**
 * Issue 20 on Discord, through the real discord.js Client and the fake Discord: the "don't say" half
 * beside "You could say", tagging the customer type and the customer's language from the step message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, click, complaint, customIds, dmMessage, findId } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const agentId = `discord:${agent.id}`;

interface EmbedBody {
  embeds?: { description?: string; fields?: { name?: string; value?: string }[] }[];
  data?: { embeds?: { description?: string; fields?: { name?: string; value?: string }[] }[] };
}
const embedOf = (r: RecordedRequest) => {
  const b = r.body as EmbedBody;
  return (b.data?.embeds ?? b.embeds ?? [])[0];
};

describe.each(backends)('Discord guidance on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend);
  });
  afterEach(async () => {
    await h.close();
  });

  it('tags the customer type and language from menus; says the "don\'t say" half', async () => {
    const payload = complaint(agent, { kind: 'hostile', channel: 'chat', said: 'This is taking forever' });
    await h.interact(payload);
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`));
    const current = await h.app.sessions.current(agentId);
    if (!current.ok || current.value === null) throw new Error('no session started');
    const sessionId = current.value.id;
    await h.deliver();
    const message = await dmMessage(h, sessionId);
    const first = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`,
    ) as RecordedRequest;
    // Chat gets its own phrasing, never the voice advice.
    expect(embedOf(first)?.description).toContain('Keep your messages short and unhurried');
    expect(embedOf(first)?.description).not.toContain('voice');

    const menu = await click(h, agent, message, findId(customIds(first), 'hl:a:', 'ctype'));
    expect(bodyOf(menu).data?.content).toBe('What kind of customer is this?');
    const tagged = await click(h, agent, message, findId(customIds(menu), 'hl:t:', 'impatient'));
    const say = embedOf(tagged)?.fields?.[0]?.value ?? '';
    expect(embedOf(tagged)?.description).toContain('Get to the point');
    expect(say).toContain('Sorry to keep you waiting. How can I help?  *(instead of “I don’t care.”)*');
    expect(say).toContain('*Customer: Impatient*');

    const langs = await click(h, agent, message, findId(customIds(tagged), 'hl:a:', 'clang'));
    const nb = await click(h, agent, message, findId(customIds(langs), 'hl:l:', 'nb'));
    const nbSay = embedOf(nb)?.fields?.[0]?.value ?? '';
    expect(nbSay).toContain('Beklager at du måtte vente.');
    expect(nbSay).toContain('Customer’s language: Norsk bokmål');
    // Guidance stays in the agent's language.
    expect(embedOf(nb)?.description).toContain('Get to the point');

    const stored = await h.store.getSession(sessionId);
    expect(stored?.customerType).toBe('impatient');
    expect(stored?.customerLocale).toBe('nb');
    expect(stored?.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['customer_type', 'customer_locale']));
  });
});
