/**
 * RSS after READY in a fresh child process: a bare discord.js client, and the Holdline adapter with
 * its services over an in-memory PGlite store (PGlite alone is a few hundred MiB; see PLATFORM-NOTES).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDiscord } from '../../adapters/discord/index.ts';
import { FAKE_TOKEN, startFakeDiscord } from '../../tests/fakes/discord/index.ts';
import { wire } from '../../tests/helpers/app.ts';
import { backends } from '../../tests/helpers/store.ts';
import { measureClientRss } from './discord-rss.ts';

const self = fileURLToPath(import.meta.url);

async function child(restUrl: string, applicationId: string): Promise<number> {
  const store = await (backends[0] as (typeof backends)[number]).open();
  const app = wire(store);
  const adapter = await startDiscord(app.services, { token: FAKE_TOKEN, applicationId, apiUrl: restUrl });
  globalThis.gc?.();
  const { rss } = process.memoryUsage();
  await adapter.stop();
  await store.close();
  return rss;
}

export async function measureHoldlineRss(): Promise<{ idle: number; bare: number; holdline: number }> {
  const bare = await measureClientRss();
  const fake = await startFakeDiscord();
  try {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', self, '--child', fake.restUrl, fake.applicationId],
        (error, stdout) => (error === null ? resolve(stdout.trim().split('\n').at(-1) ?? '0') : reject(error)),
      ),
    );
    return { idle: bare.rssIdleProcess, bare: bare.rssAfterReady, holdline: Number(out) };
  } finally {
    await fake.close();
  }
}

const at = process.argv.indexOf('--child');
if (at !== -1) process.stdout.write(`${await child(process.argv[at + 1] ?? '', process.argv[at + 2] ?? '')}\n`);
