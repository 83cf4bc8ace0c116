/**
 * Issue 20 on Discord, end to end (real discord.js, fake Discord, real store): the threat statement
 * button and modal, told why when STATEMENT_KEY is missing, and the page's Report button (a Markdown file,
 * ephemeral, only for those who may read it).
 */
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import {
  buttonInteraction,
  messageObject,
  modalSubmitInteraction,
  type RecordedRequest,
  userObject,
} from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const supervisor = userObject({ username: 'sam' });
const stranger = userObject({ username: 'lee' });
const agentId = `discord:${agent.id}`;
const PAGE_CHANNEL = '1100000000000000777';
const POLICY: PolicySnapshot = {
  teamId: null,
  levels: [{ supervisors: [`discord:${supervisor.id}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};
const backend = backends[0] as (typeof backends)[number];
let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** The step as last sent to the agent's DM (posted or edited). */
const lastStep = () =>
  h.fake.requests
    .filter((r) => r.path.startsWith('/channels/') && customIds(r).some((id) => id.startsWith('hl:a:')))
    .at(-1) as RecordedRequest;

async function legalThreat(opts: { statementKey?: null } = {}) {
  h = await startHarness(backend, {
    policies: new EditablePolicies(POLICY),
    directory: { teamOf: () => null, isSupervisor: (p) => p === `discord:${supervisor.id}` },
    ...opts,
  });
  await h.app.agents.setLimits(agentId, { minutes: 1, hostility: 5, complexity: 5 });
  await h.interact(complaint(agent, { kind: 'legal_threat', channel: 'phone' }));
  await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
  await h.deliver();
  const session = (await h.app.sessions.current(agentId)).ok ? await h.app.sessions.current(agentId) : null;
  const id = session?.ok && session.value ? session.value.id : '';
  return { sessionId: id, step: lastStep() };
}

it('a legal threat’s step offers the statement; the modal’s words are sealed and confirmed to the agent only', {
  timeout: 60_000,
}, async () => {
  const { sessionId, step } = await legalThreat();
  expect(customIds(step)).toContain(`hl:statement:${sessionId}`);
  const dm = step.path.split('/')[2] as string;
  const message = messageObject({ channelId: dm, author: h.fake.botUser });
  const open = await h.interact(
    buttonInteraction({ user: agent, guildId: null, channelId: dm, customId: `hl:statement:${sessionId}`, message }),
  );
  expect(bodyOf(open)).toMatchObject({
    type: InteractionResponseType.Modal,
    data: { custom_id: `hl:statement-modal:${sessionId}` },
  });
  // Someone else cannot open it.
  const other = await h.interact(
    buttonInteraction({ user: stranger, guildId: null, channelId: dm, customId: `hl:statement:${sessionId}`, message }),
  );
  expect(JSON.stringify(bodyOf(other))).toContain('This session belongs to another agent.');
  const saved = await h.interact(
    modalSubmitInteraction({
      user: agent,
      guildId: null,
      channelId: dm,
      customId: `hl:statement-modal:${sessionId}`,
      fields: { said: 'See you in court, @everyone', when: 'after the refund was refused', witnesses: '' },
      message,
    }),
  );
  expect(JSON.stringify(bodyOf(saved))).toContain('Saved and encrypted');
  const session = await h.store.getSession(sessionId);
  if (session === null) throw new Error('no session');
  expect(await h.app.statements.openFor(session)).toEqual([
    expect.objectContaining({
      said: 'See you in court, @everyone',
      when: 'after the refund was refused',
      witnesses: null,
    }),
  ]);
  expect(JSON.stringify(h.app.log.lines)).not.toContain('court');
});

it('without STATEMENT_KEY the step says why, and there is no button', { timeout: 60_000 }, async () => {
  const { step } = await legalThreat({ statementKey: null });
  expect(customIds(step).some((id) => id.startsWith('hl:statement:'))).toBe(false);
  expect(JSON.stringify(bodyOf(step))).toContain('(STATEMENT_KEY) that has not been set');
});

it('the page’s Report button sends the supervisor the Markdown report as a file; a stranger is refused', {
  timeout: 60_000,
}, async () => {
  const { sessionId } = await legalThreat();
  h.app.clock.advance(61_000);
  await h.deliver();
  await h.deliver();
  const page = h.fake.requests.find(
    (r) => r.method === 'POST' && r.path === `/channels/${PAGE_CHANNEL}/messages` && customIds(r).length > 0,
  );
  if (page === undefined) throw new Error('no page');
  const reportId = customIds(page).find((id) => id.startsWith('hl:report:'));
  expect(reportId).toBe(`hl:report:${sessionId}`);
  const message = messageObject({ channelId: PAGE_CHANNEL, author: h.fake.botUser });
  const cb = await h.interact(
    buttonInteraction({ user: supervisor, channelId: PAGE_CHANNEL, customId: reportId as string, message }),
  );
  const body = bodyOf(cb) as { data?: { flags?: number }; __uploads?: { filename: string; data: Buffer }[] };
  expect(body.data?.flags).toBe(64);
  const file = body.__uploads?.[0];
  expect(file?.filename).toBe(`incident-${sessionId}.md`);
  const md = file?.data.toString('utf8') ?? '';
  expect(md).toContain('# Incident report');
  expect(md).toContain(`| Agent | discord:${agent.id} |`);
  expect(md).toContain('Limit reached (Time with this customer): 1, limit 1 (normal); still paging');
  expect(md).toContain('Times are in UTC');
  const refused = await h.interact(
    buttonInteraction({ user: stranger, channelId: PAGE_CHANNEL, customId: reportId as string, message }),
  );
  expect(JSON.stringify(bodyOf(refused))).toContain('Only the team’s supervisors');
  expect((await h.store.auditSince(0, null, 10)).map((a) => [a.action, a.actor])).toEqual([
    ['incident.report', `discord:${supervisor.id}`],
  ]);
});
