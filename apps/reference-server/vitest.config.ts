import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds (or reuses) the migrated PGlite template every test database is loaded from.
    globalSetup: ['test/global-setup.ts'],
    // Test files share their worker process instead of one process each: PGlite's wasm is then
    // compiled once per worker, not once per file. Every file still opens its own database and server,
    // so no state is shared between files.
    isolate: false,
    // The end-to-end test generates, tests and deploys one real API (~10 s); PostgreSQL setup adds more.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
