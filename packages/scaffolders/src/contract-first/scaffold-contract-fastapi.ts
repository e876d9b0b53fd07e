import { fastapiCommands } from '../fastapi/scaffold-fastapi.js';
import { formatWithRuff } from '../format/ruff-format.js';
import { devPins, jwtPins, lintIgnores, pins } from '../fastapi/project-model.js';
import { swaggerUiAssets } from '../fastapi/swagger-ui-assets.js';
import type { GeneratedProject } from '../generated-project.js';
import { loadTemplates, renderTemplates, sortFiles } from '../template-set.js';
import { contractFirstModel, type ContractFirstInput } from './contract-first-model.js';
import { renderContractMigration } from './render-contract-migration.js';

// Files of the prompt-first FastAPI project that do not depend on a design: the entry point, the docs
// page, container and tooling configs. Shared, so both project kinds stay alike.
const sharedFiles = new Set([
  '.dockerignore',
  '.github/dependabot.yml',
  '.github/workflows/ci.yml',
  '.gitignore',
  'Dockerfile',
  'app/__main__.py',
  'app/docs.py',
  'app/serving.py',
  'app/static/swagger-ui/swagger-initializer.js',
  'pyproject.toml',
  'requirements.txt',
]);

/**
 * What a spec-first FastAPI project runs on, pinned to the versions Debian trixie ships (the runtime
 * image): the prompt-first stack's, PyJWT for tokens, bcrypt for local account passwords and
 * jsonschema for checking requests against the contract's own schemas.
 */
const contractPins = { ...pins, ...jwtPins, bcrypt: '4.2.0', jsonschema: '4.19.2' } as const;

// ruff's string-built-SQL rule cannot tell quoted identifiers from the plan from request data.
const storageSql = {
  rules: ['S608'],
  why: 'SQL is built around table names from the contract, never request data; every value is bound.',
};
const contractLintIgnores = {
  ...lintIgnores,
  'app/contract/accounts.py': storageSql,
  'app/contract/store.py': storageSql,
};

/**
 * Generates a FastAPI project that serves `document` exactly as written (spec-first): its base path,
 * paths, parameters, bodies, status codes and security, from the plan `planContract` made of it, on
 * SQLite or PostgreSQL (the Express stack's migration). Custom operations get handler modules of their
 * own (`app/handlers/<name>.py`, answering 501 until written). Pure and deterministic: the same inputs
 * always give byte-identical files.
 */
export function scaffoldContractFastapi(input: ContractFirstInput): GeneratedProject {
  const model = {
    ...contractFirstModel(input),
    pins: contractPins,
    devPins,
    lintIgnores: contractLintIgnores,
  };
  const shared = loadTemplates('./fastapi/templates').filter((template) => sharedFiles.has(template.output));
  const own = loadTemplates('./contract-first/templates/fastapi');
  const files: Record<string, string> = {
    ...swaggerUiAssets().files,
    'app/openapi.json': `${JSON.stringify(input.document, null, 2)}\n`,
    'migrations/001_contract_storage.sql': renderContractMigration(input.plan),
    ...renderTemplates(shared, model, [], () => ''),
    ...renderTemplates(own, model, model.customOperations, (template, operation) =>
      template.replace('__resource__', operation.module),
    ),
  };
  return {
    stack: 'fastapi',
    name: model.name,
    files: sortFiles(formatWithRuff(files)),
    commands: fastapiCommands,
    dependencyRecipe: 'python-fastapi',
  };
}
