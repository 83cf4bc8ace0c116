/**
 * The Discord harness with care wired in (as src/main.ts does): real CareService and CareRunner over
 * the real store, a ManualClock, supervisors and channels chosen per test. `deliver()` ticks the
 * runner once: due breaks fire, then session and care effects are delivered.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/index.ts';
import type { CareService } from '../../src/app/care.ts';
import type { AppServices } from '../../src/app/services.ts';
import type { Locale } from '../../src/engine/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { FAKE_TOKEN, type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../fakes/discord/index.ts';
import { wire } from '../helpers/app.ts';
import type { Backend } from '../helpers/store.ts';
import { ESCALATION_CHANNEL } from './harness.ts';

export const PEER_CHANNEL = '1100000000000000777';
export const CHECKIN_CHANNEL = '1100000000000000888';

export interface CareHarnessOptions {
  /** HOLDLINE_SUPERVISORS, e.g. `discord:123`. */
  supervisors?: string;
  peerChannel?: string | null;
  checkinChannel?: string | null;
  /** Team default language (channel posts). */
  locale?: Locale;
  pause?: (ms: number) => Promise<void>;
}

export interface CareHarness {
  fake: FakeDiscord;
  store: DrizzleStore;
  app: ReturnType<typeof wire>;
  care: CareService;
  services: AppServices;
  adapter: DiscordAdapter;
  interact(payload: APIInteraction): Promise<RecordedRequest>;
  deliver(): Promise<void>;
  close(): Promise<void>;
}

export async function startCareHarness(backend: Backend, opts: CareHarnessOptions = {}): Promise<CareHarness> {
  const store = await backend.open();
  const fake = await startFakeDiscord();
  const channel = (v: string | null | undefined, fallback: string) => (v === undefined ? fallback : v);
  const peer = channel(opts.peerChannel, PEER_CHANNEL);
  const checkin = channel(opts.checkinChannel, CHECKIN_CHANNEL);
  const app = wire(store, {
    careDirectory: new TeamDirectory(null, { supervisors: (opts.supervisors ?? '').split(',') }),
    channels: { peer: () => peer, checkin: () => checkin },
    hardScanMs: 0,
  });
  const { care, runner, services } = app;
  let adapter: DiscordAdapter;
  try {
    adapter = await startDiscord(services, {
      token: FAKE_TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.restUrl,
      escalationChannelId: ESCALATION_CHANNEL,
      locale: opts.locale ?? 'en',
      pause: opts.pause ?? (() => Promise.resolve()),
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
    care,
    services,
    adapter,
    async interact(payload) {
      fake.dispatchInteraction(payload);
      return fake.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`));
    },
    deliver: () => runner.tick(),
    async close() {
      await adapter.stop();
      await fake.close();
      await store.close();
    },
  };
}
