/**
 * A running Holdline Discord adapter against the fake Discord: real discord.js Client, real store
 * (PGlite or PostgreSQL), real services; effects delivered when the test calls `deliver()`.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/index.ts';
import type { Directory, Membership, Policies } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { FAKE_TOKEN, type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../fakes/discord/index.ts';
import { wire } from '../helpers/app.ts';
import type { Backend } from '../helpers/store.ts';

export const ESCALATION_CHANNEL = '1100000000000000999';

export interface Harness {
  fake: FakeDiscord;
  store: DrizzleStore;
  app: ReturnType<typeof wire>;
  adapter: DiscordAdapter;
  /** Dispatches an interaction and resolves with its callback as the fake received it. */
  interact(payload: APIInteraction): Promise<RecordedRequest>;
  /** Runs due timers and delivers committed effects (the outbox) once. */
  deliver(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  backend: Backend,
  opts: {
    escalationChannelId?: string | undefined;
    policies?: Policies;
    /** Who is a supervisor for flags (nobody by default). */
    directory?: Directory;
    /** A commit wakes the runner, as in production (for tests that start it). */
    kickOnCommit?: boolean;
    /** Who may start sessions (a team file's members); everyone when absent. */
    membership?: Membership;
    /** STATEMENT_KEY (a test key by default); null: threat statements off. */
    statementKey?: Buffer | null;
    /** DISCORD_ALLOWED_GUILDS. */
    allowedGuilds?: readonly string[];
  } = {},
): Promise<Harness> {
  const store = await backend.open();
  const fake = await startFakeDiscord();
  let kick = () => {};
  const app = wire(store, {
    ...(opts.policies ? { policies: opts.policies } : {}),
    ...(opts.directory ? { directory: opts.directory } : {}),
    ...(opts.kickOnCommit ? { onCommitted: () => kick() } : {}),
    ...(opts.membership ? { membership: opts.membership } : {}),
    ...(opts.statementKey === undefined ? {} : { statementKey: opts.statementKey }),
  });
  kick = () => app.runner.kick();
  let adapter: DiscordAdapter;
  try {
    adapter = await startDiscord(app.services, {
      token: FAKE_TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.restUrl,
      escalationChannelId: 'escalationChannelId' in opts ? opts.escalationChannelId : ESCALATION_CHANNEL,
      ...(opts.allowedGuilds ? { allowedGuilds: opts.allowedGuilds } : {}),
      client: { waitGuildTimeout: 1_000, rest: { offset: 0, retries: 1, timeout: 5_000 } },
    });
  } catch (err) {
    await fake.close();
    await store.close();
    throw err;
  }
  return {
    fake,
    store,
    app,
    adapter,
    async interact(payload) {
      fake.dispatchInteraction(payload);
      return fake.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`));
    },
    deliver: () => app.runner.tick(),
    async close() {
      // Always destroy: @discordjs/ws keeps sessions process-wide and would try to RESUME otherwise.
      await adapter.stop();
      await fake.close();
      await store.close();
    },
  };
}
