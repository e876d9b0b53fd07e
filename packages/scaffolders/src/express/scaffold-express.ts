import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';
import type { ApiDesign } from '@smartapiforge/spec-engine';
import type { Command, GeneratedProject } from '../generated-project.js';
import { assertSafeNames } from '../naming.js';
import { assetPath } from '../package-assets.js';
import { recipeDir } from '../dependency-cache.js';
import { renderMigration } from '../sql/render-migration.js';
import { buildProjectModel, type ProjectModel, type ResourceModel } from './project-model.js';

/** Marks a template rendered once per resource; the placeholder becomes the resource's file name. */
const perResource = '__resource__';

interface Template {
  /** Output path, relative to the project root, possibly containing the per-resource placeholder. */
  readonly output: string;
  readonly render: ejs.TemplateFunction;
}

let templates: Template[] | undefined;

// Compiled once per process: scaffolding is then pure string work (a few milliseconds).
function loadTemplates(): Template[] {
  const root = assetPath('./express/templates');
  templates ??= readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ejs'))
    .map((file) => ({
      output: file.slice(0, -'.ejs'.length).split(path.sep).join('/'),
      render: ejs.compile(readFileSync(path.join(root, file), 'utf8'), {
        _with: false,
        localsName: 'it',
        strict: true,
      }),
    }));
  return templates;
}

// PGlite is WebAssembly: V8's trap-handler bounds checks reserve ~10 GiB of address space per memory,
// which an address-space limit (sandboxes, small containers) refuses; explicit checks need ~2.5 GiB.
const wasmFlag = '--disable-wasm-trap-handler';

const commands: GeneratedProject['commands'] = {
  // Invoked through node so that neither npm nor a shell is needed inside the sandbox.
  build: { command: 'node', args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'] },
  // One entry file: the embedded database then starts once per run, not once per test file.
  test: { command: 'node', args: [wasmFlag, '--test', 'dist/test/all.js'] },
  start: { command: 'node', args: [wasmFlag, 'dist/src/server.js'] },
};

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
  };
  if (design.auth.type !== 'none') {
    // `supabase db push` wants <timestamp>_<name>.sql; a fixed stamp keeps the output reproducible.
    files['supabase/migrations/20250101000000_schema.sql'] = renderMigration(design, { supabase: true });
  }
  for (const template of loadTemplates()) {
    if (!template.output.includes(perResource)) {
      const content = template.render(model);
      // Templates for optional features (auth code for an API without auth) render to nothing.
      if (content.trim() !== '') files[template.output] = content;
      continue;
    }
    for (const resource of model.resources) {
      const locals: ProjectModel & { resource: ResourceModel } = { ...model, resource };
      files[outputPath(template.output, resource)] = template.render(locals);
    }
  }
  return {
    stack: 'express',
    name: design.name,
    files: sortKeys(files),
    commands,
    dependencyRecipe: 'express',
  };
}

// Route and test files are named after the collection's URL segment; repositories after the resource.
function outputPath(template: string, resource: ResourceModel): string {
  const base = template.includes('repositories/') ? resource.fileBase : resource.segment;
  return template.replace(perResource, base);
}

let recipe: { dependencies: Record<string, string>; devDependencies: Record<string, string> } | undefined;

function packageJson(model: ProjectModel): string {
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
    scripts: { build: 'tsc -p tsconfig.json', test: script(commands.test), start: script(commands.start) },
    dependencies: recipe.dependencies,
    devDependencies: recipe.devDependencies,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function sortKeys(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
