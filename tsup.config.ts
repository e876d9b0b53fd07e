import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One build recipe for every package: entries come from the package's own "buildEntries"
// (subpath exports such as ./e2b each get one), defaulting to src/index.ts. "buildInline" names
// dependencies bundled into the package's own files rather than loaded from node_modules: for a
// library of many small modules, Node's loader resolving, reading and compiling each one costs
// more at start-up than the code itself.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  buildEntries?: string[];
  buildInline?: string[];
};

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
  noExternal: pkg.buildInline ?? [],
});
