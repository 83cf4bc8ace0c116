/**
 * `/practice` in Discord, end to end: the real discord.js Client against the fake Discord, a real store.
 * A scripted agent plays one scenario in Malay to its debrief through the buttons (ephemeral reply, then
 * message updates); no page, report or DM goes out, and only the practice_runs row is written.
 */
import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePracticeButton } from '../../adapters/discord/render/practice.ts';
import { decodeMoves, MOVES, replayRun, scenarioById } from '../../src/engine/index.ts';
import { type Harness, startHarness } from '../discord/harness.ts';
import { bodyOf, customIds } from '../discord/steps.ts';
import { buttonInteraction, chatInputInteraction, userObject } from '../fakes/discord/index.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { nonEmpty, rowCounts } from './rows.ts';
import { goodMove } from './scripts.ts';

const agent = userObject({ username: 'siti' });
const policies = new EditablePolicies({
  teamId: null,
  levels: [{ supervisors: ['discord:4242'], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['discord:998877'],
  security: [],
  legal: [],
});

describe.each(backends)('Discord /practice ($name)', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend, { policies });
  });
  afterEach(async () => {
    await h.close();
  });

  it('plays a scenario needing a supervisor to its debrief, in Malay, never paging anyone', async () => {
    const cb = await h.interact(
      chatInputInteraction({
        name: 'practice',
        user: agent,
        options: [
          { name: 'kind', type: ApplicationCommandOptionType.String, value: 'supervisor_request' },
          { name: 'language', type: ApplicationCommandOptionType.String, value: 'ms' },
        ],
      }),
    );
    expect(bodyOf(cb)).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    expect(bodyOf(cb).data?.content).toContain('Latihan:');
    let ids = customIds(cb);
    let last = cb;
    for (let i = 0; i < 20 && !ids.some((id) => id.startsWith('hx:again:')); i++) {
      const b = parsePracticeButton(ids[0] ?? '');
      if (b === null || 'again' in b) throw new Error(`no move buttons: ${ids.join(', ')}`);
      const [id = '', , seed = '0', code = ''] = b.token.split('.');
      const scenario = scenarioById(id);
      if (scenario === null) throw new Error(b.token);
      const move = goodMove(scenario, replayRun(scenario, 'ms', Number(seed), decodeMoves(code) ?? []));
      const target = ids.find((x) => x.startsWith(`hx:${MOVES[move]}:`));
      last = await h.interact(buttonInteraction({ user: agent, customId: target ?? '' }));
      expect(bodyOf(last)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
      ids = customIds(last);
    }
    const content = bodyOf(last).data?.content ?? '';
    expect(content).toMatch(/Taklimat: (8[5-9]|9\d|100)\/100/);
    expect(content).toContain('Akan memanggil discord:4242 melalui DM dan menghantar ke discord:998877');
    await h.deliver();
    // Interaction callbacks only: no message posted to a channel or a DM, no page.
    expect(h.fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'))).toEqual([]);
    expect(h.app.delivery.delivered).toEqual([]);
    expect(nonEmpty(await rowCounts(h.store)).filter((t) => !t.startsWith('__'))).toEqual(['practice_runs']);
    const history = await h.interact(
      chatInputInteraction({
        name: 'practice',
        user: agent,
        options: [{ name: 'show', type: ApplicationCommandOptionType.String, value: 'history' }],
      }),
    );
    expect(bodyOf(history).data?.content).toMatch(/^Your practice runs \(1\), newest first:\n.*senior_\w+: \d+\/100$/);
  });
});
