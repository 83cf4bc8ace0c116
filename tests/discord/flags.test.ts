/**
 * /flag (add, lookup, remove) and /language on Discord, end to end (real discord.js, fake Discord, real
 * store), and a page written in the supervisor's language, not the agent's.
 */
import {
  type APIApplicationCommandInteractionDataStringOption,
  type APIChatInputApplicationCommandInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import { chatInputInteraction, type RecordedRequest, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const supervisor = userObject({ username: 'sam' });
const agentId = `discord:${agent.id}`;
const REFERENCE = 'Jane.Doe@Example.com';
const NOTE = 'said he would wait for me outside the Oslo office';
const PAGE_CHANNEL = '1100000000000000777';
const supervisors = { teamOf: () => null, isSupervisor: (id: string) => id === `discord:${supervisor.id}` };
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};

const str = (name: string, value: string): APIApplicationCommandInteractionDataStringOption => ({
  name,
  type: ApplicationCommandOptionType.String,
  value,
});

const flag = (user: APIUser, sub: string, values: Record<string, string>) =>
  chatInputInteraction({
    name: 'flag',
    user,
    options: [
      {
        name: sub,
        type: ApplicationCommandOptionType.Subcommand,
        options: Object.entries(values).map(([k, v]) => str(k, v)),
      },
    ],
  });

const language = (user: APIUser, code?: string) =>
  chatInputInteraction({ name: 'language', user, ...(code ? { options: [str('code', code)] } : {}) });

/** What the person was told: the reply itself, or the edit of a deferred reply. */
async function told(h: Harness, payload: APIChatInputApplicationCommandInteraction): Promise<string> {
  const cb = await h.interact(payload);
  const body = cb.body as { type: number; data?: { content?: string; flags?: number } };
  if (body.type === InteractionResponseType.DeferredChannelMessageWithSource) {
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`),
    );
    return String(bodyOf(edit).content);
  }
  return String(body.data?.content);
}

async function start(h: Harness, values: { kind: string; channel: string; customer?: string }) {
  const payload = complaint(agent, values);
  await h.interact(payload);
  await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`));
  const current = await h.app.sessions.current(agentId);
  if (!current.ok || current.value === null) throw new Error('no session started');
  return current.value;
}

describe.each(backends)('Discord /flag and /language on $name', (backend) => {
  let h: Harness;
  // Opening the store (migrations) is slow under load: in the hook, with its longer timeout.
  beforeEach(async () => {
    h = await startHarness(backend, { directory: supervisors, policies: new EditablePolicies(POLICY) });
  });
  afterEach(async () => {
    await h.close();
  });

  it('an agent flags the open session’s customer; the next /complaint for them shows it; supervisors look up and remove', async () => {
    expect(await told(h, flag(agent, 'add', { kind: 'insult' }))).toContain('You have no open session');
    const first = await start(h, { kind: 'insult', channel: 'chat', customer: REFERENCE });

    expect(await told(h, flag(agent, 'add', { kind: 'insult', note: NOTE }))).toBe(
      'The customer is flagged for insults. The next agent who handles them will be told. Your note is kept for supervisors only.',
    );
    expect(await told(h, flag(agent, 'add', { kind: 'legal_threat' }))).toContain('flagged for legal threat');
    expect(await told(h, flag(agent, 'add', { kind: 'insult' }))).toContain('already flagged for insults');
    expect(await told(h, flag(agent, 'add', { kind: 'spitting' }))).toContain('Unknown flag kind');
    expect(await told(h, flag(agent, 'add', { kind: 'hostility', note: 'x'.repeat(281) }))).toContain(
      '281 characters; the most is 280',
    );
    // Agents are refused the supervisors' subcommands with the catalogue's sentence.
    expect(await told(h, flag(agent, 'lookup', { customer: REFERENCE }))).toContain('Only a supervisor can look up');
    expect(await told(h, flag(agent, 'remove', { id: 'f1', reason: 'wrong' }))).toContain(
      'Only a supervisor can look up',
    );

    const closed = await h.app.sessions.apply({
      sessionId: first.id,
      actor: agentId,
      event: { type: 'close', outcome: 'resolved' },
    });
    expect(closed.ok).toBe(true);
    await h.deliver();
    const stepPosts = () =>
      h.fake.requests.filter((r: RecordedRequest) => r.method === 'POST' && r.path.endsWith('/messages'));
    const before = stepPosts().length;
    await start(h, { kind: 'vulgarity', channel: 'phone', customer: 'jane.doe@example.com' });
    await h.deliver();
    const step = stepPosts()
      .slice(before)
      .find((r) => (bodyOf(r).embeds?.[0]?.description ?? '').includes('Heads up'));
    const description = String(step && bodyOf(step).embeds?.[0]?.description);
    expect(description).toContain('earlier flags on this customer (2 in all)');
    expect(description).toContain('insults ×1');
    expect(description).not.toContain('Oslo');

    const lookup = await told(h, flag(supervisor, 'lookup', { customer: REFERENCE }));
    expect(lookup).toContain('Unexpired flags for j\\*\\*\\*@example.com: 2 (insults ×1, legal threat ×1).');
    // Times as Discord timestamp tokens: each reader's client shows them in their own zone and format.
    expect(lookup).toMatch(/ · <t:\d{10}:f> · /);
    expect(lookup).toContain(`Note: ${NOTE}`);
    const flags = await h.app.flags.lookup(`discord:${supervisor.id}`, REFERENCE);
    const insult = flags.ok ? flags.value.flags.find((f) => f.kind === 'insult') : undefined;
    if (insult === undefined) throw new Error('no insult flag');
    expect(lookup).toContain(insult.id);
    expect(await told(h, flag(supervisor, 'remove', { id: insult.id, reason: 'Raised on the wrong customer' }))).toBe(
      `Flag ${insult.id} removed. The removal and its reason are kept in the audit log.`,
    );
    const dump = await h.store.dump();
    expect(dump.flag_audit).toMatchObject([
      { flag_id: insult.id, action: 'remove', by: `discord:${supervisor.id}`, reason: 'Raised on the wrong customer' },
    ]);

    const logs = JSON.stringify(h.app.log.lines).toLowerCase();
    expect(logs).not.toContain('jane.doe');
    expect(logs).not.toContain('oslo office');
  });

  it('/language shows, sets and clears the person’s own choice; the next session speaks it', async () => {
    expect(await told(h, language(agent))).toContain('Your language: English (automatic). Choices: en (English)');
    expect(await told(h, language(agent, 'nb'))).toBe(
      'Språket er satt til Norsk bokmål. Valget er lagret til neste gang.',
    );
    const session = await start(h, { kind: 'insult', channel: 'chat' });
    expect(session.locale).toBe('nb');
    await h.deliver();
    const step = h.fake.requests.find(
      (r) => r.method === 'POST' && r.path.endsWith('/messages') && customIds(r).length > 0,
    );
    expect(bodyOf(step as RecordedRequest).embeds?.[0]?.author?.name).toMatch(/Fornærmelser/);
    expect(await told(h, language(agent))).toContain('Språket ditt: Norsk bokmål (ditt eget valg)');
    expect(await told(h, language(agent, 'auto'))).toBe(
      'Your own language choice is removed; Holdline now uses English.',
    );
    expect(await h.app.agents.locale(agentId)).toEqual({ ok: true, value: null });
  });

  it('pages a supervisor who chose Norwegian in Norwegian, the channel in the team default', async () => {
    expect(await told(h, language(supervisor, 'nb'))).toContain('Norsk bokmål');
    await h.app.agents.setLimits(agentId, { minutes: 1, hostility: 5, complexity: 5 });
    const session = await start(h, { kind: 'insult', channel: 'phone', customer: REFERENCE });
    expect(session.locale).toBe('en');
    await h.deliver();
    h.app.clock.advance(61_000);
    await h.deliver();
    await h.deliver();
    const pages = h.fake.requests.filter(
      (r) =>
        r.method === 'POST' && r.path.startsWith('/channels/') && customIds(r).some((id) => id.startsWith('hl:page:')),
    );
    expect(pages).toHaveLength(2);
    const inChannel = pages.find((r) => r.path.split('/')[2] === PAGE_CHANNEL);
    const dm = pages.find((r) => r.path.split('/')[2] !== PAGE_CHANNEL);
    expect(bodyOf(dm as RecordedRequest).embeds?.[0]?.title).toBe(
      `Holdline-varsel: <@${agent.id}> trenger en teamleder`,
    );
    expect(bodyOf(inChannel as RecordedRequest).embeds?.[0]?.title).toBe(
      `Holdline page: <@${agent.id}> needs a supervisor`,
    );
  });
});
