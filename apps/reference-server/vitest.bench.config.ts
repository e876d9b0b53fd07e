import { defineConfig } from 'vitest/config';

// The multi-instance bench (test/multi-instance/recovery.bench.ts) runs on vitest like the suite it
// shares its cluster helpers with, but only when asked: `pnpm bench:multi-instance`.
export default defineConfig({
  test: {
    include: ['test/multi-instance/recovery.bench.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 60_000,
  },
});
