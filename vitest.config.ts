import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is one worker (cores - 1): the suite then runs file by file,
    // mostly waiting on child processes, fake servers and PGlite. Two workers keep both cores busy.
    maxWorkers: 2,
    // Tests must never reach the network: fakes listen on 127.0.0.1 only.
    env: { NODE_ENV: 'test' },
  },
});
