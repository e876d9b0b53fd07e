import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real generation (tests in the sandbox, deploy, contract suite) and `next build` when no build exists.
    testTimeout: 300_000,
    hookTimeout: 420_000,
  },
});
