import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end test generates, tests and deploys one real API (~10 s); PostgreSQL setup adds more.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
