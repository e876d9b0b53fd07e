import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiDesign } from '@smartapiforge/spec-engine';
import type { Command, GeneratedProject, ProjectCommands } from '../generated-project.js';
import { assertSafeNames } from '../naming.js';
import { recipeDir } from '../dependency-cache.js';
import { renderPrismaSchema } from '../prisma/render-prisma-schema.js';
import { renderChangeNotifications, renderMigration, supabaseMigration } from '../sql/render-migration.js';
import { formatWithPrettier } from '../format/prettier-format.js';
import { loadTemplates, perResource, renderTemplates, sortFiles } from '../template-set.js';
import { buildProjectModel, type ProjectModel, type ResourceModel } from './project-model.js';

// PGlite is WebAssembly: V8's trap-handler bounds checks reserve ~10 GiB of address space per memory,
// which an address-space limit (sandboxes, small containers) refuses; explicit checks need ~2.5 GiB.
const wasmFlag = '--disable-wasm-trap-handler';

export const expressCommands = {
  build: { command: 'node', args: ['scripts/build.mjs'] },
  // Invoked through node so that neither npm nor a shell is needed inside the sandbox. Node's own test
  // runner in one process (test/run-tests.mjs): the console summary, plus a JUnit report (one entry
  // per test) for CI and for SmartAPIForge. Liftoff only: a test run is over in seconds, before
  // optimised code for PGlite's large WebAssembly module would pay back its compile; tiering it up
  // took more CPU than all the tests together.
  test: {
    command: 'node',
    args: [
      wasmFlag,
      '--liftoff-only',
      '--enable-source-maps',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      '--test-reporter-destination=test-results/junit.xml',
      'test/run-tests.mjs',
    ],
  },
  testReport: 'test-results/junit.xml',
  // Liftoff only, as for the tests. PGlite's start runs thousands of WebAssembly functions a few times
  // each, and the first requests thousands more: tiered up, their optimised recompiles cost more CPU
  // than the work itself (measured, pet-store: 1.65 CPU-s to healthy and 2.19 after 120 requests with
  // a 20x tiering budget, 1.19 and 1.43 Liftoff only, 1.19 and 1.72 at the largest budget), and on a
  // busy host that CPU is taken from the deployment's first minute: boot, health checks, contract
  // suite. The price is sustained PGlite throughput, about 14% fewer list reads per second (8,182 ->
  // 7,043 at c=20); PostgreSQL deployments run no WebAssembly, and images start with their own CMD.
  start: {
    command: 'node',
    args: [wasmFlag, '--liftoff-only', '--enable-source-maps', 'dist/server.js'],
  },
  typecheck: { command: 'node', args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'] },
  lint: { command: 'node', args: ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.'] },
} satisfies ProjectCommands;

/**
 * Generates an Express 5 + TypeScript project serving `openapi` (the contract compiled from `design`).
 * Pure and deterministic: the same inputs always give byte-identical files.
 */
export function scaffoldExpress(design: ApiDesign, openapi: object): GeneratedProject {
  assertSafeNames(design);
  const model = buildProjectModel(design);
  const files: Record<string, string> = {
    'package.json': packageJson(model),
    'openapi.json': `${JSON.stringify(openapi, null, 2)}\n`,
    'migrations/001_schema.sql': renderMigration(design),
    'migrations/002_change_notifications.sql': renderChangeNotifications(design),
    ...supabaseMigration(design),
    ...(design.options.advanced ? { 'prisma/schema.prisma': renderPrismaSchema(design) } : {}),
    ...renderTemplates(loadTemplates('./express/templates'), model, model.resources, outputPath),
  };
  return {
    stack: 'express',
    name: design.name,
    // Formatted as the project's own `npm run format:check` wants, so diffs and merges show real changes only.
    files: sortFiles(formatWithPrettier(files)),
    commands: expressCommands,
    dependencyRecipe: 'express',
  };
}

// Route and test files are named after the collection's URL segment; repositories after the resource.
function outputPath(template: string, resource: ResourceModel): string {
  const base = template.includes('repositories/') ? resource.fileBase : resource.segment;
  return template.replace(perResource, base);
}

let recipe: { dependencies: Record<string, string>; devDependencies: Record<string, string> } | undefined;

/** package.json of a generated Express project: its name, and the dependency recipe's pinned versions. */
export function packageJson(model: Pick<ProjectModel, 'name' | 'version' | 'title'>): string {
  // The committed dependency recipe is the single source of versions: generated projects link
  // node_modules from the cache built from that same lockfile.
  recipe ??= JSON.parse(readFileSync(path.join(recipeDir('express'), 'package.json'), 'utf8')) as NonNullable<
    typeof recipe
  >;
  const script = (command: Command) => [command.command, ...command.args].join(' ');
  const manifest = {
    name: model.name,
    version: model.version,
    description: model.title,
    private: true,
    type: 'module',
    engines: { node: '>=20.19' },
    scripts: {
      build: script(expressCommands.build),
      start: script(expressCommands.start),
      dev: 'npm run build && npm start',
      test: script(expressCommands.test),
      typecheck: 'tsc -p tsconfig.json',
      lint: 'eslint --max-warnings=0 .',
      format: 'prettier --write .',
      'format:check': 'prettier --check .',
    },
    dependencies: recipe.dependencies,
    devDependencies: recipe.devDependencies,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
