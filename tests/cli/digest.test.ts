/** `holdline digest --png FILE`: the digest printed, and its chart written as a PNG that decodes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { CHART_WIDTH, isoWeek } from '../../src/engine/index.ts';
import { openStore } from '../../src/store/open.ts';
import { wire } from '../helpers/app.ts';
import { ManualClock } from '../helpers/store.ts';

describe('holdline digest --png', () => {
  let dir: string;
  const env = () => ({ NODE_ENV: 'test', DATA_DIR: dir, FLAG_PEPPER: 'test-pepper-0123456789' });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-digest-'));
    const store = await openStore({ kind: 'pglite', dataDir: dir });
    const app = wire(store, { clock: new ManualClock(Date.now()) });
    const s = await app.sessions.start({
      agentId: 'console:amira',
      surface: 'test',
      kind: 'insult',
      channel: 'phone',
      locale: 'en',
    });
    if (!s.ok) throw new Error(s.error.code);
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['digest', ...argv], { env: env(), out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the digest with its scorecard and writes the chart', async () => {
    const file = join(dir, 'chart.png');
    const r = await cli('--png', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Holdline weekly digest: team default, ${isoWeek(Date.now())}`);
    expect(r.out).toContain('Scorecard: this week');
    expect(r.out).toMatch(/Chart written to .*chart\.png \(960×\d+ px\)\./);
    const png = PNG.sync.read(readFileSync(file));
    expect(png.width).toBe(CHART_WIDTH);
    // A missing value is a usage error, not a crash.
    const bad = await cli('--png');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Usage: holdline digest [--team t] [--week 2026-W47] [--png FILE]');
  }, 120_000);
});
