// `npm run build`: compiles src/ and adapters/ to dist/ (tsc rewrites the .ts import extensions to .js)
// and copies the migrations next to them, so that `node dist/src/main.js` runs with no loader.
// Plain JavaScript on purpose: it must run before anything is compiled.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
// src/store/open.ts finds them at ../../drizzle from its own file.
cpSync('drizzle', 'dist/drizzle', { recursive: true });
console.log('built dist/ (run: node dist/src/main.js)');
