/**
 * Issue 18: a supervisor reached only through a Discord role on a level acknowledges that level's page
 * (the role is asked of Discord) but has no flag powers through the role: /flag lookup and remove need the
 * person named by id. Real discord.js against the fake gateway and REST; the directory from a team file.
 */
import { type APIUser, ApplicationCommandOptionType, InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PolicySnapshot, text } from '../../src/engine/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import { buttonInteraction, chatInputInteraction, messageObject, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { bodyOf, complaint, customIds } from './steps.ts';

const agent = userObject({ username: 'aisha' });
const lead = userObject({ username: 'lead' });
const boss = userObject({ username: 'boss' });
const ROLE = '1300000000000000042';
const PAGE_CHANNEL = '1100000000000000777';
const supervisors = [`discord:role:${ROLE}`, `discord:${boss.id}`];
const FILE = parseTeamFile(`
teams:
  team-a:
    members: ['discord:${agent.id}']
    escalation: { levels: [{ supervisors: ${JSON.stringify(supervisors)}, ackTimeoutMinutes: 5 }] }
`);
const POLICY: PolicySnapshot = {
  teamId: 'team-a',
  levels: [{ supervisors, ackTimeoutMinutes: 5, repeat: 1 }],
  channels: [`discord:${PAGE_CHANNEL}`],
  security: [],
  legal: [],
};

const lookup = (user: APIUser) =>
  chatInputInteraction({
    name: 'flag',
    user,
    options: [
      {
        name: 'lookup',
        type: ApplicationCommandOptionType.Subcommand,
        options: [{ name: 'customer', type: ApplicationCommandOptionType.String, value: 'jane@example.com' }],
      },
    ],
  });

describe.each(backends)('Discord role supervisors and flags on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, {
      policies: new EditablePolicies(POLICY),
      directory: new TeamDirectory(FILE),
    });
  });
  afterEach(async () => {
    await h.close();
  });

  /** What the person was told: the reply, or the edit of a deferred reply. */
  async function told(payload: ReturnType<typeof lookup>): Promise<string> {
    const cb = await h.interact(payload);
    const body = cb.body as { type: number; data?: { content?: string } };
    if (body.type !== InteractionResponseType.DeferredChannelMessageWithSource) return String(body.data?.content);
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/messages/@original`),
    );
    return String(bodyOf(edit).content);
  }

  it('a holder of the role acknowledges the page but may not look up flags; the supervisor named by id may', async () => {
    h.fake.setRoles(lead.id, [ROLE]);
    await h.app.agents.setLimits(`discord:${agent.id}`, { minutes: 1, hostility: 5, complexity: 5 });
    await h.interact(complaint(agent, { kind: 'insult', channel: 'phone' }));
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/messages/@original'));
    await h.deliver();
    h.app.clock.advance(61_000);
    await h.deliver();
    const page = await h.fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${PAGE_CHANNEL}/messages` && customIds(r).length > 0,
    );
    const ack = await h.interact(
      buttonInteraction({
        user: lead,
        channelId: PAGE_CHANNEL,
        customId: customIds(page)[0] as string,
        message: messageObject({ channelId: PAGE_CHANNEL, author: h.fake.botUser }),
      }),
    );
    expect((ack.body as { type: number }).type).toBe(InteractionResponseType.UpdateMessage);

    const refused = text('en', 'error.not_supervisor');
    expect(await told(lookup(lead))).toBe(refused);
    const bosses = await told(lookup(boss));
    expect(bosses).not.toBe(refused);
    expect(bosses).toContain('example.com');
  });
});
