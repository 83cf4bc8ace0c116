/**
 * The production build as a container runs it (opt-in: `npm run test:build`, about a minute or two):
 * `npm run build`, then a copy with production dependencies only (`npm ci --omit=dev`: no tsx, no
 * pino-pretty), started with `node dist/src/main.js` and no loader: the terminal flow works with
 * LOG_FORMAT=pretty (JSON instead, said once), /healthz answers, SIGTERM exits 0, and the `holdline` CLI
 * runs from dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LiveHoldline, probe } from '../helpers/live-process.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'holdline-prod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.skipIf(!process.env.HOLDLINE_BUILD_TEST)(
  'builds, installs without dev dependencies, runs with no loader',
  { timeout: 600_000 },
  async () => {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    const app = join(dir, 'app');
    for (const f of ['dist', 'bin', 'package.json', 'package-lock.json'])
      cpSync(join(root, f), join(app, f), { recursive: true });
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: app,
      stdio: 'inherit',
    });
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'pino-pretty'))).toBe(false);

    const data = join(dir, 'data');
    const run = spawnSync(process.execPath, ['dist/src/main.js'], {
      cwd: app,
      input: '\n1\n\n\n5\nx\n1\n\n\nq\n',
      env: { PATH: process.env.PATH ?? '', DATA_DIR: data, LOG_FORMAT: 'pretty', HOLDLINE_AGENT: 'amira' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Session closed: Resolved.');
    expect(run.stderr).toContain('pino-pretty is not installed');

    const h = new LiveHoldline({ DATA_DIR: data, OPS_PORT: '0', OPS_HOST: '127.0.0.1' }, [
      process.execPath,
      join(app, 'dist', 'src', 'main.js'),
    ]);
    expect((await probe(`${await h.opsUrl()}/healthz`)).status).toBe(200);
    const sent = h.signal('SIGTERM');
    const exit = await h.exited;
    expect(exit.code).toBe(0);
    console.log(`production build: SIGTERM to exit ${exit.at - sent} ms`);

    const cli = spawnSync(process.execPath, [join(app, 'bin', 'holdline.js'), 'help'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout + cli.stderr).toContain('Usage: holdline');
  },
);
