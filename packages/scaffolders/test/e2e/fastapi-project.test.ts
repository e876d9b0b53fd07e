import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileOpenApi } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureRuntimeImage,
  runContractSuite,
  scaffoldFastapi,
  type GeneratedProject,
} from '../../src/index.js';
import { catalogDesign, fixtureDesigns } from '../fixtures/designs.js';
import { contractAuth, contractSecrets } from '../support/contract-auth.js';
import { runtimeSandboxArgs } from '../support/runtime-sandbox.mjs';

const missing = ['bwrap', 'debootstrap'].filter((tool) => spawnSync('which', [tool]).status !== 0);
if (missing.length > 0)
  console.warn(`skipping generated FastAPI project tests: ${missing.join(', ')} not installed`);

// The Express stack's fixtures, so the two stacks are proven equivalent on the same designs, plus
// one shape only the FastAPI generator needs (types read from the contract, pydantic name clashes).
const designs: typeof fixtureDesigns = { ...fixtureDesigns, catalog: { design: catalogDesign } };

describe.skipIf(missing.length > 0)('generated FastAPI project', () => {
  let rootDir: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const started = performance.now();
    ({ rootDir } = await ensureRuntimeImage('python-fastapi', { onLog: (line) => console.info(line) }));
    timings.runtimeImageMs = Math.round(performance.now() - started);
  }, 900_000);

  afterAll(() => console.info('FastAPI e2e timings (ms)', timings));

  describe.each(Object.entries(designs))('%s', (name, fixture) => {
    const { design } = fixture;
    const contract = compileOpenApi(design);
    let project: GeneratedProject;
    let dir: string;

    beforeAll(async () => {
      const started = performance.now();
      project = scaffoldFastapi(design, contract);
      timings[`${name}.scaffoldMs`] = Math.round(performance.now() - started);
      dir = await mkdtemp(path.join(tmpdir(), `forge-fastapi-${name}-`));
      for (const [file, content] of Object.entries(project.files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
    });

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('byte-compiles and passes its own pytest suite in the sandbox, offline', async () => {
      const build = await run(runtimeSandboxArgs(rootDir, dir, project.commands.build));
      expect(build.output).toBe('');
      expect(build.code).toBe(0);
      const started = performance.now();
      const test = await run(runtimeSandboxArgs(rootDir, dir, project.commands.test));
      timings[`${name}.pytestMs`] = Math.round(performance.now() - started);
      expect(test.output).toMatch(/\d+ passed/);
      expect(test.output).not.toMatch(/failed|error/i);
      expect(test.code).toBe(0);
    }, 120_000);

    it('serves its contract and docs, and passes the contract suite on loopback', async () => {
      const port = await freePort();
      const started = performance.now();
      const server = spawn(
        'bwrap',
        runtimeSandboxArgs(rootDir, dir, project.commands.start, { port, env: contractSecrets }),
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let log = '';
      server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      try {
        const base = `http://127.0.0.1:${port}`;
        await waitForHealth(`${base}/healthz`, server, () => log);
        timings[`${name}.firstResponseMs`] = Math.round(performance.now() - started);

        expect(await (await fetch(`${base}/openapi.json`)).json()).toEqual(contract);
        const docs = await fetch(`${base}/docs`);
        expect(docs.headers.get('content-type')).toMatch(/text\/html/);
        expect(await docs.text()).toContain(`<title>${design.title} – API docs</title>`);
        const css = await fetch(`${base}/docs/swagger-ui.css`);
        expect(css.headers.get('content-type')).toMatch(/text\/css/);

        const suiteStarted = performance.now();
        const report = await runContractSuite({
          openapi: contract,
          baseUrl: base,
          ...contractAuth(design, fixture.ownerScoped),
        });
        timings[`${name}.contractMs`] = Math.round(performance.now() - suiteStarted);
        expect(report.cases.filter((item) => item.status === 'failed')).toEqual([]);
        expect(report.passed).toBeGreaterThan(15);
      } finally {
        server.kill('SIGTERM');
        await new Promise((resolve) =>
          server.exitCode === null ? server.once('exit', resolve) : resolve(null),
        );
      }
    }, 60_000);
  });
});

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bwrap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}): ${log()}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server never became healthy: ${log()}`);
}
