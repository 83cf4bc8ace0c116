import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests must never reach the network: fakes listen on 127.0.0.1 only.
    env: { NODE_ENV: 'test' },
  },
});
