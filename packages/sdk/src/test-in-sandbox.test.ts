import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import type { GeneratedProject, ProjectRuntime } from '@smartapiforge/scaffolders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testInSandbox } from './test-in-sandbox.js';

const project = {
  stack: 'express',
  commands: { test: { command: 'node', args: ['test/run-tests.mjs'] } },
} as unknown as GeneratedProject;
const files = { 'src/app.ts': 'export const app: number = 1;\n', 'package.json': '{}' };
let root: string;

/** A dependency set whose esbuild marks what it transforms, or (`esbuild: false`) has none. */
async function dependencySet(name: string, { esbuild }: { esbuild: boolean }): Promise<ProjectRuntime> {
  const nodeModules = path.join(root, name, 'node_modules');
  await mkdir(path.join(nodeModules, 'esbuild'), { recursive: true });
  if (esbuild) {
    await writeFile(
      path.join(nodeModules, 'esbuild/package.json'),
      JSON.stringify({ name: 'esbuild', version: '1.0.0', main: 'main.cjs' }),
    );
    await writeFile(
      path.join(nodeModules, 'esbuild/main.cjs'),
      "exports.version = '1.0.0';\nexports.transform = async (text) => ({ code: `// transformed\\n${text}` });\n",
    );
  }
  return { mounts: [{ hostPath: nodeModules, sandboxPath: 'node_modules' }], env: {}, fromCache: true };
}

/** A provider whose sandbox records what is written to it and whose tests pass. */
function recordingProvider() {
  const written: Record<string, string>[] = [];
  const provider: SandboxProvider = {
    specificationVersion: 'v1',
    provider: 'fake',
    capabilities: { network: false, ports: false, limits: 'none' },
    async create() {
      const sandbox: Partial<Sandbox> = {
        id: 'fake',
        async writeFiles(batch: Readonly<Record<string, string>>) {
          written.push({ ...batch });
        },
        async exec() {
          return { exitCode: 0, stdout: ' Tests  3 passed (3)\n', stderr: '', durationMs: 1 };
        },
        async destroy() {},
      };
      return sandbox as Sandbox;
    },
  };
  return { provider, written };
}

const options = { signal: undefined, onLine: () => {} };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'forge-test-in-sandbox-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('testInSandbox', () => {
  it("writes the stack's prepared test files beside the project's, in the sandbox only", async () => {
    const { provider, written } = recordingProvider();
    const runtime = await dependencySet('with-esbuild', { esbuild: true });
    const report = await testInSandbox(provider, project, files, runtime, options);
    expect(report.counts.passed).toBe(3);
    expect(written).toHaveLength(1);
    const [batch] = written;
    const prepared = Object.keys(batch!).filter((file) => !(file in files));
    expect(prepared).toHaveLength(1);
    expect(prepared[0]).toMatch(/^\.cache\/test-js\/[0-9a-f]{32}\/src\/app\.js$/);
    expect(batch![prepared[0]!]).toBe(`// transformed\n${files['src/app.ts']}`);
    expect(Object.fromEntries(Object.entries(batch!).filter(([file]) => file in files))).toEqual(files);
  });

  it('runs the tests on the project alone when nothing can be prepared', async () => {
    const { provider, written } = recordingProvider();
    const runtime = await dependencySet('without-esbuild', { esbuild: false });
    const report = await testInSandbox(provider, project, files, runtime, options);
    expect(report.counts.passed).toBe(3);
    expect(written).toEqual([files]);
  });
});
