import { readFileSync } from 'node:fs';
import type { ContractPlan } from '@smartapiforge/spec-engine';
import { expressCommands, packageJson } from '../express/scaffold-express.js';
import type { GeneratedProject } from '../generated-project.js';
import { assetPath } from '../package-assets.js';
import { loadTemplates, renderTemplates, sortFiles, type Template } from '../template-set.js';
import { contractFirstModel, type ContractFirstInput } from './contract-first-model.js';
import { renderContractMigration } from './render-contract-migration.js';

// Files of the prompt-first Express project that do not depend on a design: the database driver and
// migrator, security headers, docs, build and tooling configs. Shared, so both project kinds stay alike.
const sharedFiles = new Set([
  '.dockerignore',
  '.gitignore',
  '.prettierignore',
  '.prettierrc.json',
  'Dockerfile',
  'eslint.config.js',
  'scripts/build.mjs',
  'src/db/database.ts',
  'src/db/migrate.ts',
  'src/http/docs.ts',
  'src/http/security-headers.ts',
  'test/run-tests.mjs',
  'test/typescript-loader.mjs',
  'tsconfig.json',
]);

let probeSource: string | undefined;

/**
 * Generates an Express 5 + TypeScript project that serves `document` exactly as written (spec-first):
 * its base path, paths, parameters, bodies, status codes and security, from the plan `planContract`
 * made of it. Custom operations get handler files of their own (`src/handlers/<name>.ts`, answering 501
 * until written). Pure and deterministic: the same inputs always give byte-identical files.
 */
export function scaffoldContractExpress(input: ContractFirstInput): GeneratedProject {
  const model = contractFirstModel(input);
  const shared = loadTemplates('./express/templates').filter((template) => sharedFiles.has(template.output));
  const own = loadTemplates('./contract-first/templates/express');
  probeSource ??= readFileSync(assetPath('./contract-first/probe/operation-probe.ts'), 'utf8');
  const files: Record<string, string> = {
    'package.json': packageJson({ name: model.name, version: model.version, title: model.title }),
    'openapi.json': `${JSON.stringify(input.document, null, 2)}\n`,
    'migrations/001_contract_storage.sql': renderContractMigration(input.plan),
    'test/operation-probe.ts': probeSource,
    ...renderTemplates(shared, model, [], () => ''),
    ...renderTemplates(own as Template[], model, model.customOperations, (template, operation) =>
      template.replace('__resource__', operation.handler),
    ),
  };
  return {
    stack: 'express',
    name: model.name,
    files: sortFiles(files),
    commands: expressCommands,
    dependencyRecipe: 'express',
  };
}

export type { ContractFirstInput, ContractPlan };
