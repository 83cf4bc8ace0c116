/**
 * RSS of a discord.js client after READY, measured in a child process so the fake's own memory is
 * not counted. The parent runs the fake; the child imports discord.js, logs in and reports.
 *   npx tsx bench/lib/discord-rss.ts
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import { FAKE_TOKEN, startFakeDiscord } from '../../tests/fakes/discord/index.ts';

export interface RssSample {
  /** Bytes of an idle child started the same way (node + tsx), for reference. */
  rssIdleProcess: number;
  /** Bytes after importing discord.js, before constructing a client. */
  rssBeforeLogin: number;
  rssAfterReady: number;
  heapUsedAfterReady: number;
}

const MiB = 2 ** 20;
const self = fileURLToPath(import.meta.url);

/** Runs in the child: a bare client with capped caches, as the Holdline adapter will use. */
async function sampleInThisProcess(restUrl: string): Promise<Omit<RssSample, 'rssIdleProcess'>> {
  globalThis.gc?.();
  const rssBeforeLogin = process.memoryUsage().rss;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0, PresenceManager: 0 }),
    rest: { api: restUrl },
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(FAKE_TOKEN);
  await ready;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  await client.destroy();
  return { rssBeforeLogin, rssAfterReady: rss, heapUsedAfterReady: heapUsed };
}

/** Starts a fake, measures a fresh child process against it, returns the child's numbers. */
export async function measureClientRss(): Promise<RssSample> {
  const fake = await startFakeDiscord();
  const child = (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], (error, out) =>
        error === null ? resolve(out.trim().split('\n').at(-1) ?? '{}') : reject(error),
      ),
    );
  try {
    const idle = Number(await child('-e', 'globalThis.gc?.(); console.log(process.memoryUsage().rss)'));
    const sample = JSON.parse(await child(self, '--child', fake.restUrl)) as Omit<RssSample, 'rssIdleProcess'>;
    return { rssIdleProcess: idle, ...sample };
  } finally {
    await fake.close();
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
  const sample = await sampleInThisProcess(process.argv[childAt + 1] ?? '');
  process.stdout.write(`${JSON.stringify(sample)}\n`);
} else if (process.argv[1] === self) {
  const s = await measureClientRss();
  console.log(
    `discord.js client RSS: idle node+tsx ${(s.rssIdleProcess / MiB).toFixed(1)} MiB, ${(s.rssBeforeLogin / MiB).toFixed(1)} MiB after import, ${(s.rssAfterReady / MiB).toFixed(1)} MiB after READY (heap used ${(s.heapUsedAfterReady / MiB).toFixed(1)} MiB)`,
  );
}
