import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planContract } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldContractFastapi } from '../../src/contract-first/scaffold-contract-fastapi.js';
import { ensureRuntimeImage, type GeneratedProject } from '../../src/index.js';
import { publicContracts } from '../fixtures/public-contracts.js';
import { run } from '../support/child-process.js';
import { runtimeSandboxArgs } from '../support/runtime-sandbox.mjs';
import { fastapiTools, serveProject, type ServedProject } from '../support/serve-project.js';
import {
  expectRealworldPostman,
  expectServedAsDeclared,
  specFirstSecrets,
} from '../support/spec-first-checks.js';
import { openPostgresSchema, postgresReachable, postgresUrl } from '../support/sql-databases.js';

// Spec-first on FastAPI, end to end: each public contract is planned and scaffolded, byte-compiles and
// passes its own pytest suite (which calls every declared operation in-process, on SQLite) in the
// Python runtime image, offline, then is served there on PostgreSQL (as deployed; SQLite where no
// PostgreSQL answers) and probed over HTTP by the same probe as the Express stack.
if (!fastapiTools) console.warn('skipping spec-first FastAPI tests: bwrap or debootstrap not installed');
const onPostgres = await postgresReachable();
if (!onPostgres)
  console.warn(`PostgreSQL is not reachable at ${postgresUrl}: spec-first FastAPI serves SQLite only`);
const summary: Record<string, string> = {};
let rootDir: string;

beforeAll(async () => {
  if (fastapiTools) ({ rootDir } = await ensureRuntimeImage('python-fastapi'));
}, 900_000);

afterAll(() => {
  console.info('spec-first FastAPI probe (passed / failed / not implemented / 2xx):', summary);
});

describe.skipIf(!fastapiTools).each(publicContracts())('spec-first FastAPI project: %s', (name, file) => {
  let dir: string;
  let project: GeneratedProject;
  let planned: ReturnType<typeof planContract>;

  beforeAll(async () => {
    planned = planContract(await readFile(file, 'utf8'));
    project = scaffoldContractFastapi({
      name: `${name}-api`,
      document: planned.document,
      plan: planned.plan,
    });
    dir = await mkdtemp(path.join(tmpdir(), `forge-spec-fastapi-${name}-`));
    for (const [relative, content] of Object.entries(project.files)) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), content);
    }
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('byte-compiles and passes its own pytest suite, which calls every declared operation', async () => {
    const build = await sandboxed(project.commands.build, dir);
    expect(build.output).toBe('');
    expect(build.code).toBe(0);
    const test = await sandboxed(project.commands.test, dir);
    expect(test.output).toMatch(/\d+ passed/);
    expect(test.output).not.toMatch(/failed|error/i);
    expect(test.code, test.output.slice(-3000)).toBe(0);
  }, 180_000);

  it('serves every declared operation as declared, and nothing else', async () => {
    await serve(project, `spec_first_${name.replaceAll('-', '_')}`, async (served) => {
      await expectServedAsDeclared(name, planned, served.baseUrl, summary);
      expect(await (await fetch(`${served.baseUrl}/openapi.json`)).json()).toEqual(planned.document);
    });
  }, 120_000);

  // The official RealWorld suite: every assertion of a request that touches only operations this
  // project implements must pass, with the same totals as on the Express stack.
  it.runIf(name === 'realworld')(
    'passes the official Postman collection where it calls implemented operations',
    async () => {
      await serve(project, 'spec_first_postman', async (served) => {
        await expectRealworldPostman(planned, file, `${served.baseUrl}${planned.plan.basePath}`, summary);
      });
    },
    180_000,
  );
});

/** Serves the project in the runtime image with every kind of credential, on PostgreSQL in `schema` (dropped afterwards) where it answers. */
async function serve(
  project: GeneratedProject,
  schema: string,
  work: (served: ServedProject) => Promise<void>,
) {
  const database = onPostgres ? await openPostgresSchema(schema) : undefined;
  const env: Record<string, string> = database ? { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema } : {};
  try {
    const served = await serveProject(project, { ...specFirstSecrets, ...env });
    try {
      await work(served);
    } finally {
      await served.stop();
    }
  } finally {
    await database?.close();
  }
}

/** Runs a project command in the runtime image under bubblewrap, with no network. */
function sandboxed(command: GeneratedProject['commands']['build'], projectDir: string) {
  return run({ command: 'bwrap', args: runtimeSandboxArgs(rootDir, projectDir, command) }, projectDir);
}
