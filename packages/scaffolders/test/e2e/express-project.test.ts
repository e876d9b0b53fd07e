import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileOpenApi } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureDependencyCache,
  runContractSuite,
  scaffoldExpress,
  type GeneratedProject,
} from '../../src/index.js';
import { fixtureDesigns } from '../fixtures/designs.js';
import { contractAuth, contractSecrets } from '../support/contract-auth.js';
import { expectPairCasesPassed } from '../support/pair-cases.js';
import { collectOutput, run } from '../support/child-process.js';
import { freePort } from '../support/serve-project.js';

// The machine's PostgreSQL (CI starts it); without it every project runs on embedded PGlite only.
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const postgresUp = await reachable(new URL(postgresUrl));
const timings: Record<string, number> = {};
let nodeModulesDir: string;

beforeAll(async () => {
  ({ nodeModulesDir } = await ensureDependencyCache('express'));
}, 180_000);

afterAll(() => {
  console.info('timings (ms)', timings);
});

// Each fixture project is scaffolded and built once, then: its own tests (library and a many-to-many
// design on PGlite, with HOME unwritable as in the sandbox; the rest on PostgreSQL when it is up), then
// the shared contract suite against the served API.
const pgliteDesigns = new Set(['library', 'courses-many-to-many']);

describe.each(Object.entries(fixtureDesigns))('generated Express project: %s', (name, fixture) => {
  let dir: string;
  let project: GeneratedProject;
  const onPglite = pgliteDesigns.has(name) || !postgresUp;
  // PGlite starts from the cache's initdb dump, as generated projects do in the sandbox.
  const database: Record<string, string> = onPglite
    ? { PGLITE_SNAPSHOT: 'node_modules/.smartapiforge/pglite-base.tar' }
    : { DATABASE_URL: postgresUrl };

  beforeAll(async () => {
    project = scaffoldExpress(fixture.design, compileOpenApi(fixture.design));
    dir = await mkdtemp(path.join(tmpdir(), `forge-${name}-`));
    for (const [file, content] of Object.entries(project.files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
    await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
    const started = performance.now();
    const build = await run(project.commands.build, dir);
    timings[`${name} build`] = performance.now() - started;
    expect(build.output).toBe('');
    expect(build.code).toBe(0);
  }, 120_000);

  it('type-checks and lints clean', async () => {
    const { typecheck, lint } = project.commands;
    const [checked, linted] = await Promise.all([run(typecheck!, dir), run(lint!, dir)]);
    expect(checked.output).toBe('');
    expect(checked.code).toBe(0);
    expect(linted.output).toBe('');
    expect(linted.code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(`passes its own tests on ${onPglite ? 'PGlite' : 'PostgreSQL'}`, async () => {
    const started = performance.now();
    const test = await run(project.commands.test, dir, {
      ...database,
      HOME: '/nonexistent',
      NO_COLOR: '1',
    });
    timings[`${name} test`] = performance.now() - started;
    // Node's test runner closes with its counts (spec reporter).
    expect(test.output).toMatch(/^\W*pass [1-9]\d*$/m);
    expect(test.output).toMatch(/^\W*fail 0$/m);
    expect(test.code).toBe(0);
  }, 120_000);

  it('serves an API that passes the contract suite, and shuts down gracefully', async () => {
    const port = await freePort();
    const server = spawn(project.commands.start.command, project.commands.start.args, {
      cwd: dir,
      env: {
        ...process.env,
        ...database,
        DATABASE_SCHEMA: `contract_${name.replaceAll('-', '_')}_${process.pid}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...contractSecrets,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Everything the server printed, so that a failing case says what the server saw.
    const output = collectOutput(server);
    let exitCode: number | null;
    try {
      await output.waitFor(/listening on/);
      const started = performance.now();
      const report = await runContractSuite({
        openapi: compileOpenApi(fixture.design),
        baseUrl: `http://127.0.0.1:${port}`,
        ...contractAuth(fixture.design),
      });
      timings[`${name} contract`] = performance.now() - started;
      const failed = report.cases.filter((item) => item.status === 'failed');
      expect(
        failed,
        `the server printed (exit code ${server.exitCode}):\n${output.text().slice(-4000)}`,
      ).toEqual([]);
      expect(report.passed).toBeGreaterThan(5);
      expectPairCasesPassed(fixture.design, report);
    } finally {
      const exited = server.exitCode === null ? once(server, 'exit') : Promise.resolve([server.exitCode]);
      server.kill('SIGTERM');
      [exitCode] = (await exited) as [number | null];
    }
    // Checked here rather than in `finally`, so that a failure above (a server that exits before it
    // listens reports its output) is the one reported, not the exit code it led to.
    expect(exitCode).toBe(0);
  }, 60_000);
});

function reachable(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(1_000);
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(false));
    socket.once('close', () => resolve(false));
    socket.once('connect', () => socket.end());
  });
}
