import { readdirSync, readFileSync } from 'node:fs';
import { createBubblewrapSandbox, type SandboxProvider } from '@smartapiforge/sandbox';
import { prepareProjectRuntime, type ProjectRuntime } from '@smartapiforge/scaffolders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTypeCheckWorkers, tscProjectOf } from './typecheck-workers.js';

const tsconfig = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    types: ['node'],
    skipLibCheck: true,
    noEmit: true,
  },
  include: ['src'],
});
const clean = {
  'tsconfig.json': tsconfig,
  'src/total.ts': "import { sum } from './sum.js';\nexport const total: number = sum([1, 2]);\n",
  'src/sum.ts': 'export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);\n',
};
// The same project with two type errors, one of them in a file another file imports.
const broken = {
  ...clean,
  'src/sum.ts': "export const sum = (values: number[]) => values.join(',');\n",
  'src/io.ts':
    "import { readFileSync } from 'node:fs';\nexport const size: string = readFileSync('x').length;\n",
};

describe('tscProjectOf', () => {
  it('reads the tsconfig of a plain `tsc -p` command and nothing else', () => {
    const tsc = 'node_modules/typescript/bin/tsc';
    expect(tscProjectOf({ command: 'node', args: [tsc, '-p', 'tsconfig.json'] })).toBe('tsconfig.json');
    expect(tscProjectOf({ command: 'node', args: [tsc, '--project', 'tsconfig.build.json'] })).toBe(
      'tsconfig.build.json',
    );
    expect(tscProjectOf({ command: 'node', args: [tsc, '-p', 'tsconfig.json', '--strict'] })).toBeUndefined();
    expect(tscProjectOf({ command: 'npx', args: ['tsc', '-p', 'tsconfig.json'] })).toBeUndefined();
    expect(tscProjectOf(undefined)).toBeUndefined();
  });
});

describe('type-check workers', () => {
  let provider: SandboxProvider;
  let runtime: ProjectRuntime;
  const workers = createTypeCheckWorkers();
  beforeAll(async () => {
    provider = createBubblewrapSandbox();
    runtime = await prepareProjectRuntime('express');
  });
  afterAll(() => workers.close());

  /** What the project's own command prints and exits with, in a sandbox of its own. */
  async function tscInSandbox(files: Record<string, string>) {
    const sandbox = await provider.create({ mounts: runtime.mounts, limits: { memoryMb: 8192 } });
    try {
      await sandbox.writeFiles(files);
      return await sandbox.exec('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
    } finally {
      await sandbox.destroy();
    }
  }

  it('gives the verdict and diagnostics tsc gives, project after project', async () => {
    expect(workers.canServe(provider, runtime)).toBe(true);
    const first = await workers.check(provider, runtime, clean, 'tsconfig.json', undefined);
    expect(first).toMatchObject({ exitCode: 0, output: '' });

    const failing = await workers.check(provider, runtime, broken, 'tsconfig.json', undefined);
    const reference = await tscInSandbox(broken);
    expect(reference.exitCode).not.toBe(0);
    expect(failing.exitCode).toBe(reference.exitCode);
    expect(failing.output.trim()).toBe(reference.stdout.trim());
    expect(failing.output).toContain(
      "src/io.ts(2,14): error TS2322: Type 'number' is not assignable to type 'string'.",
    );
    expect(failing.output).toContain('src/total.ts(2,14): error TS2322');
    // Checked again, unchanged files keep their diagnostics: reported as before, not dropped.
    const twice = await workers.check(provider, runtime, broken, 'tsconfig.json', undefined);
    expect(twice).toMatchObject({ exitCode: failing.exitCode, output: failing.output });

    // Nothing of the broken project stays behind in the worker.
    const again = await workers.check(provider, runtime, clean, 'tsconfig.json', undefined);
    expect(again).toMatchObject({ exitCode: 0, output: '' });
  });

  it('checks a file again when its package.json gives it another module format, however its text stays', async () => {
    const project = (type: string | undefined) => ({
      ...clean,
      'package.json': JSON.stringify({ name: `format-${type ?? 'none'}`, ...(type ? { type } : {}) }),
      'src/wait.ts': 'export const value: number = await Promise.resolve(1);\n',
    });
    const asModule = await workers.check(provider, runtime, project('module'), 'tsconfig.json', undefined);
    expect(asModule).toMatchObject({ exitCode: 0, output: '' });
    const asCommonJs = await workers.check(provider, runtime, project(undefined), 'tsconfig.json', undefined);
    const reference = await tscInSandbox(project(undefined));
    expect(reference.exitCode).not.toBe(0);
    expect(asCommonJs.exitCode).toBe(reference.exitCode);
    expect(asCommonJs.output.trim()).toBe(reference.stdout.trim());
    const backAgain = await workers.check(provider, runtime, project('module'), 'tsconfig.json', undefined);
    expect(backAgain).toMatchObject({ exitCode: 0, output: '' });
  });

  it('reports a missing tsconfig as tsc does, as a failed check', async () => {
    const { 'tsconfig.json': _none, ...noConfig } = clean;
    const result = await workers.check(provider, runtime, noConfig, 'tsconfig.json', undefined);
    const reference = await tscInSandbox(noConfig);
    expect(result.exitCode).toBe(reference.exitCode);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/TS5058|TS5057|TS5083/);
  });

  it('yields the CPU to the tests beside it once its first check has parsed the declarations', async () => {
    const own = createTypeCheckWorkers();
    try {
      const before = new Set(workerProcesses().map((worker) => worker.pid));
      await own.check(provider, runtime, clean, 'tsconfig.json', undefined);
      const started = workerProcesses().filter((worker) => !before.has(worker.pid));
      expect(started).toHaveLength(1);
      expect(started[0]!.nice).toBe(10);
    } finally {
      await own.close();
    }
  });

  it('starts a fresh worker after close', async () => {
    await workers.close();
    const result = await workers.check(provider, runtime, clean, 'tsconfig.json', undefined);
    expect(result).toMatchObject({ exitCode: 0, output: '' });
  });

  it('leaves providers that name runtimes to run the command themselves', () => {
    const cloud = { ...provider, capabilities: { ...provider.capabilities, runtimes: ['node20-express'] } };
    expect(workers.canServe(cloud, runtime)).toBe(false);
    expect(workers.canServe(provider, { ...runtime, mounts: [] })).toBe(false);
  });
});

/** The type-check workers this process started (through their sandboxes), with their niceness. */
function workerProcesses(): { pid: number; nice: number }[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after the command name: state, ppid, … nice is the 17th.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
        return [{ pid: Number(name), ppid: Number(fields[1]), nice: Number(fields[16]), command }];
      } catch {
        return []; // exited meanwhile
      }
    });
  const ours = new Set([process.pid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const entry of all) {
      if (!ours.has(entry.pid) && ours.has(entry.ppid)) grown = Boolean(ours.add(entry.pid));
    }
  }
  return all
    .filter((entry) => ours.has(entry.pid) && entry.command.includes('typecheck-worker.cjs'))
    .map(({ pid, nice }) => ({ pid, nice }));
}
