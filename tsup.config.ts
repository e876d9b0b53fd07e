import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One build recipe for every package: entries come from the package's own "buildEntries"
// (subpath exports such as ./e2b each get one), defaulting to src/index.ts.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { buildEntries?: string[] };

export default defineConfig({
  entry: pkg.buildEntries ?? ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
