/**
 * RSS after READY in a fresh child process: a bare discord.js client, and the Holdline adapter with
 * its services over each store backend: an in-memory PGlite (PGlite alone is a few hundred MiB; see
 * PLATFORM-NOTES) and, when TEST_DATABASE_URL is set, PostgreSQL (a pool of connections, no engine
 * in the process).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDiscord } from '../../adapters/discord/index.ts';
import { FAKE_TOKEN, startFakeDiscord } from '../../tests/fakes/discord/index.ts';
import { wire } from '../../tests/helpers/app.ts';
import { backends } from '../../tests/helpers/store.ts';
import { measureClientRss } from './discord-rss.ts';

const self = fileURLToPath(import.meta.url);

async function child(restUrl: string, applicationId: string, backendName: string): Promise<number> {
  const backend = backends.find((b) => b.name === backendName);
  if (backend === undefined) throw new Error(`unknown backend ${backendName}`);
  const store = await backend.open();
  const app = wire(store);
  const adapter = await startDiscord(app.services, { token: FAKE_TOKEN, applicationId, apiUrl: restUrl });
  globalThis.gc?.();
  const { rss } = process.memoryUsage();
  await adapter.stop();
  await store.close();
  return rss;
}

export interface HoldlineRss {
  idle: number;
  bare: number;
  /** Holdline adapter + store, by backend name (pglite; postgres when TEST_DATABASE_URL is set). */
  holdline: Record<string, number>;
}

export async function measureHoldlineRss(): Promise<HoldlineRss> {
  const bare = await measureClientRss();
  const fake = await startFakeDiscord();
  const holdline: Record<string, number> = {};
  try {
    for (const backend of backends) {
      const out = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--expose-gc', '--import', 'tsx', self, '--child', fake.restUrl, fake.applicationId, backend.name],
          (error, stdout) => (error === null ? resolve(stdout.trim().split('\n').at(-1) ?? '0') : reject(error)),
        ),
      );
      holdline[backend.name] = Number(out);
    }
    return { idle: bare.rssIdleProcess, bare: bare.rssAfterReady, holdline };
  } finally {
    await fake.close();
  }
}

const at = process.argv.indexOf('--child');
if (at !== -1)
  process.stdout.write(
    `${await child(process.argv[at + 1] ?? '', process.argv[at + 2] ?? '', process.argv[at + 3] ?? 'pglite')}\n`,
  );
