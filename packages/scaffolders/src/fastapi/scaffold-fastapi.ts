import type { ApiDesign } from '@smartapiforge/spec-engine';
import { formatWithRuff } from '../format/ruff-format.js';
import type { GeneratedProject, ProjectCommands } from '../generated-project.js';
import { assertSafeNames } from '../naming.js';
import { renderMigration, supabaseMigration } from '../sql/render-migration.js';
import { loadTemplates, perResource, renderTemplates, sortFiles } from '../template-set.js';
import { buildFastapiProject, type FastapiResource } from './project-model.js';
import { swaggerUiAssets } from './swagger-ui-assets.js';

/** How to build, test and start a generated FastAPI project, run from its root without a shell. */
export const fastapiCommands: ProjectCommands = {
  // A byte-compile catches syntax errors in every module without running anything.
  build: { command: 'python3', args: ['-m', 'compileall', '-q', 'app'] },
  test: { command: 'python3', args: ['-m', 'pytest', '-q', '--junitxml=test-results/junit.xml'] },
  testReport: 'test-results/junit.xml',
  // app/__main__.py reads $PORT (and $HOST), which a command without a shell cannot expand.
  start: { command: 'python3', args: ['-m', 'app'] },
};

/**
 * Generates a FastAPI + pydantic v2 + SQLAlchemy 2 project serving `openapi` (the contract compiled
 * from `design`), on SQLite or, through the same SQL migration as the Express stack, PostgreSQL. Pure and deterministic: the same inputs always give byte-identical files. Runs in
 * the `python-fastapi` runtime image (see ensureRuntimeImage), which holds every dependency.
 */
export function scaffoldFastapi(design: ApiDesign, openapi: object): GeneratedProject {
  assertSafeNames(design);
  const project = buildFastapiProject(design, openapi);
  const swaggerUi = swaggerUiAssets();
  const model = { ...project, maxPageSize: design.options.maxPageSize, swaggerUiVersion: swaggerUi.version };
  const files: Record<string, string> = {
    ...swaggerUi.files,
    'app/openapi.json': `${JSON.stringify(openapi, null, 2)}\n`,
    // The Express stack's files, byte for byte: on PostgreSQL both stacks run the same schema.
    'migrations/001_schema.sql': renderMigration(design),
    ...supabaseMigration(design),
    ...renderTemplates(loadTemplates('./fastapi/templates'), model, project.resources, outputPath),
  };
  return {
    stack: 'fastapi',
    name: design.name,
    files: sortFiles(formatWithRuff(files)),
    commands: fastapiCommands,
    dependencyRecipe: 'python-fastapi',
  };
}

// Schema modules are named after the resource; routers and test modules after the collection.
function outputPath(template: string, resource: FastapiResource): string {
  return template.replace(perResource, template.startsWith('app/schemas/') ? resource.attr : resource.plural);
}
