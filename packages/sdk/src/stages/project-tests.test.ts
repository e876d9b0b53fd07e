import type { ExecOptions, Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import type { GeneratedProject, ProjectRuntime } from '@smartapiforge/scaffolders';
import { describe, expect, it } from 'vitest';
import { ProjectTestsFailedError } from '../errors.js';
import { runProjectTests } from './project-tests.js';
import {
  TypeCheckWorkerUnavailable,
  type TypeCheckResult,
  type TypeCheckWorkers,
} from './typecheck-workers.js';

const tsc = { command: 'node', args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'] };
const project = {
  commands: { test: { command: 'node', args: ['vitest.mjs', 'run'] }, typecheck: tsc },
} as unknown as GeneratedProject;
const runtime: ProjectRuntime = {
  mounts: [{ hostPath: '/cache/node_modules', sandboxPath: 'node_modules' }],
  env: {},
  fromCache: true,
};
const files = { 'src/app.ts': 'export {};' };
const passingTests = ' Tests  3 passed (3)\n';

/** A sandbox provider whose commands answer from `answer`, recording each command and whether it was aborted. */
function fakeProvider(answer: (command: string) => { exitCode: number; stdout: string; waitMs?: number }) {
  const runs: { args: string; aborted: boolean; env?: Readonly<Record<string, string>> }[] = [];
  const provider: SandboxProvider = {
    specificationVersion: 'v1',
    provider: 'fake',
    capabilities: { network: false, ports: true, limits: 'none' },
    async create() {
      const sandbox: Partial<Sandbox> = {
        id: 'fake',
        async writeFiles() {},
        async exec(command: string, args: readonly string[], options?: ExecOptions) {
          const run = { args: args.join(' '), aborted: false, ...(options?.env ? { env: options.env } : {}) };
          runs.push(run);
          const { exitCode, stdout, waitMs = 0 } = answer(args.join(' '));
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, waitMs);
            options?.signal?.addEventListener('abort', () => {
              run.aborted = true;
              clearTimeout(timer);
              resolve();
            });
          });
          return { exitCode: run.aborted ? 137 : exitCode, stdout, stderr: '', durationMs: waitMs };
        },
        async destroy() {},
      };
      return sandbox as Sandbox;
    },
  };
  return { provider, runs };
}

/** Workers that answer `result` (or fail to start), counting checks. */
function fakeWorkers(result: TypeCheckResult | 'unavailable'): TypeCheckWorkers & { checks: number } {
  return {
    checks: 0,
    canServe: () => true,
    async check() {
      this.checks += 1;
      if (result === 'unavailable') throw new TypeCheckWorkerUnavailable('did not start');
      return result;
    },
    async close() {},
  };
}

const options = { signal: undefined, onLine: () => {} };

describe('runProjectTests', () => {
  it('runs the tests in the sandbox and the type-check in a warm worker', async () => {
    const { provider, runs } = fakeProvider(() => ({ exitCode: 0, stdout: passingTests }));
    const workers = fakeWorkers({ exitCode: 0, output: '', durationMs: 800 });
    const report = await runProjectTests(workers, provider, project, files, runtime, options);
    expect(report.counts.passed).toBe(3);
    expect(report.checkMs).toBe(800);
    expect(workers.checks).toBe(1);
    expect(runs.map((run) => run.args)).toEqual(['vitest.mjs run']);
  });

  it('fails as a typecheck failure with tsc output, and stops the tests, when the worker finds errors', async () => {
    const { provider, runs } = fakeProvider(() => ({ exitCode: 0, stdout: passingTests, waitMs: 5_000 }));
    const output = "src/app.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.\n";
    const workers = fakeWorkers({ exitCode: 2, output, durationMs: 800 });
    const failure = await runProjectTests(workers, provider, project, files, runtime, options).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ProjectTestsFailedError);
    expect((failure as ProjectTestsFailedError).details).toMatchObject({
      step: 'typecheck',
      problem: 'exited with code 2',
      outputTail: output.trim(),
    });
    expect(runs).toMatchObject([{ args: 'vitest.mjs run', aborted: true }]);
  });

  it("runs the project's own type-check command in the sandbox when no worker can check it", async () => {
    const { provider, runs } = fakeProvider((args) => ({
      exitCode: 0,
      stdout: args.includes('tsc') ? '' : passingTests,
    }));
    const report = await runProjectTests(
      fakeWorkers('unavailable'),
      provider,
      project,
      files,
      runtime,
      options,
    );
    expect(report.counts.passed).toBe(3);
    expect(runs.map((run) => run.args)).toContain(tsc.args.join(' '));
  });

  it("gives the tests the runtime's PGlite snapshot unpacked as their data folder", async () => {
    const { provider, runs } = fakeProvider(() => ({ exitCode: 0, stdout: passingTests }));
    const snapshot = 'node_modules/.smartapiforge/pglite-base.tar';
    const express = { ...runtime, env: { PGLITE_SNAPSHOT: snapshot } };
    const workers = fakeWorkers({ exitCode: 0, output: '', durationMs: 1 });
    await runProjectTests(workers, provider, project, files, express, options);
    const [unpack, tests] = runs;
    expect(unpack!.args).toMatch(/tar -xf .* \.pglite-test-data # .*\nshared_buffers = 16MB\n$/);
    expect(unpack!.args).toContain(snapshot);
    expect(tests!.env).toMatchObject({ PGLITE_SNAPSHOT: snapshot, PGLITE_DATA_DIR: '.pglite-test-data' });

    // A database given elsewhere is left alone.
    runs.length = 0;
    const withUrl = { ...runtime, env: { PGLITE_SNAPSHOT: snapshot, DATABASE_URL: 'postgres://db/app' } };
    await runProjectTests(workers, provider, project, files, withUrl, options);
    expect(runs.map((run) => run.args)).toEqual(['vitest.mjs run']);
    expect(runs[0]!.env).not.toHaveProperty('PGLITE_DATA_DIR');
  });

  it('leaves a type-check that is not a plain `tsc -p` to the sandbox', async () => {
    const { provider, runs } = fakeProvider(() => ({ exitCode: 0, stdout: passingTests }));
    const workers = fakeWorkers({ exitCode: 0, output: '', durationMs: 1 });
    const mypy = {
      ...project,
      commands: { ...project.commands, typecheck: { command: 'mypy', args: ['app'] } },
    };
    await runProjectTests(workers, provider, mypy, files, runtime, options);
    expect(workers.checks).toBe(0);
    expect(runs.map((run) => run.args).sort()).toEqual(['app', 'vitest.mjs run']);
  });
});
