import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Test files share their worker's module graph instead of importing zod, ajv and swagger-parser
    // afresh each: about a third of the run time on a 2-core machine. The code under test keeps no
    // state between calls beyond caches of compiled validators and word lists, so sharing is safe.
    isolate: false,
  },
});
