#!/usr/bin/env node
// The `holdline` command. In a checkout (tsx installed) it runs the TypeScript CLI through tsx, so it is
// never stale; in a production install (`npm ci --omit=dev` after `npm run build`) it runs dist/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const built = join(root, 'dist', 'src', 'cli', 'index.js');
const [command, args] = existsSync(tsx)
  ? [tsx, [join(root, 'src', 'cli', 'index.ts')]]
  : existsSync(built)
    ? [process.execPath, [built]]
    : [null, []];
if (command === null) {
  process.stderr.write('holdline: no build found: run `npm run build` (or `npm install` for a development checkout)\n');
  process.exit(1);
}
const result = spawnSync(command, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
