import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // End-to-end tests build, test and serve real projects in the sandbox.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
