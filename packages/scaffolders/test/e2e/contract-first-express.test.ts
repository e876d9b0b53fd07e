import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planContract } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldContractExpress } from '../../src/contract-first/scaffold-contract-express.js';
import { ensureDependencyCache, type GeneratedProject } from '../../src/index.js';
import { publicContracts } from '../fixtures/public-contracts.js';
import { run, waitForOutput } from '../support/child-process.js';
import { freePort } from '../support/serve-project.js';
import {
  expectRealworldPostman,
  expectServedAsDeclared,
  specFirstSecrets,
} from '../support/spec-first-checks.js';

// Spec-first, end to end: each public contract is planned, scaffolded and built, passes its own tests
// (which call every declared operation in-process), then is served and probed over HTTP.
const summary: Record<string, string> = {};
let nodeModulesDir: string;

beforeAll(async () => {
  ({ nodeModulesDir } = await ensureDependencyCache('express'));
}, 300_000);

afterAll(() => {
  console.info('spec-first Express probe (passed / failed / not implemented / 2xx):', summary);
});

describe.each(publicContracts())('spec-first Express project: %s', (name, file) => {
  let dir: string;
  let project: GeneratedProject;
  let planned: ReturnType<typeof planContract>;

  beforeAll(async () => {
    planned = planContract(await readFile(file, 'utf8'));
    project = scaffoldContractExpress({
      name: `${name}-api`,
      document: planned.document,
      plan: planned.plan,
    });
    dir = await mkdtemp(path.join(tmpdir(), `forge-spec-${name}-`));
    for (const [relative, content] of Object.entries(project.files)) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), content);
    }
    await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
    const build = await run(project.commands.build, dir);
    expect(build.output).toBe('');
    expect(build.code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('type-checks and lints clean', async () => {
    const [checked, linted] = await Promise.all([
      run(project.commands.typecheck!, dir),
      run(project.commands.lint!, dir),
    ]);
    expect(checked.output).toBe('');
    expect(linted.output).toBe('');
    expect([checked.code, linted.code]).toEqual([0, 0]);
  }, 180_000);

  it('passes its own tests, which call every declared operation', async () => {
    const test = await run(project.commands.test, dir, {
      PGLITE_SNAPSHOT: 'node_modules/.smartapiforge/pglite-base.tar',
      HOME: '/nonexistent',
      NO_COLOR: '1',
    });
    expect(test.output).toMatch(/^\W*pass [1-9]\d*$/m);
    expect(test.code, test.output.slice(-3000)).toBe(0);
  }, 180_000);

  it('serves every declared operation as declared, and nothing else', async () => {
    await serve(project, dir, async (port) => {
      await expectServedAsDeclared(name, planned, `http://127.0.0.1:${port}`, summary);
    });
  }, 120_000);

  // The official RealWorld suite: every assertion of a request that touches only operations this
  // project implements must pass.
  it.runIf(name === 'realworld')(
    'passes the official Postman collection where it calls implemented operations',
    async () => {
      await serve(project, dir, async (port) => {
        await expectRealworldPostman(
          planned,
          file,
          `http://127.0.0.1:${port}${planned.plan.basePath}`,
          summary,
        );
      });
    },
    180_000,
  );
});

/** Starts the built project on a free port with every kind of credential configured, runs `work`, then stops it gracefully. */
async function serve(
  project: GeneratedProject,
  dir: string,
  work: (port: number) => Promise<void>,
): Promise<void> {
  const port = await freePort();
  const server = spawn(project.commands.start.command, project.commands.start.args, {
    cwd: dir,
    env: {
      ...process.env,
      PGLITE_SNAPSHOT: 'node_modules/.smartapiforge/pglite-base.tar',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...specFirstSecrets,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await waitForOutput(server, /listening on/);
    await work(port);
  } finally {
    const exited = server.exitCode === null ? once(server, 'exit') : Promise.resolve([server.exitCode]);
    server.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  }
}
