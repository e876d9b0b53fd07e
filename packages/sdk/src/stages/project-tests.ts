import type { SandboxHop, SandboxProvider } from '@smartapiforge/sandbox';
import { reportSandboxHops } from '../provider-hops.js';
import type { GeneratedProject, ProjectRuntime } from '@smartapiforge/scaffolders';
import { ProjectTestsFailedError } from '../errors.js';
import { testInSandbox, testSandboxOptions, type ProjectTestReport } from '../test-in-sandbox.js';
import { testClusterConf } from './pglite-settings.js';
import type { WarmSandboxes } from './warm-sandboxes.js';
import { tscProjectOf, TypeCheckWorkerUnavailable, type TypeCheckWorkers } from './typecheck-workers.js';

const tailLines = 40;
/** Where a test sandbox gets the runtime's PGlite snapshot unpacked (see withUnpackedDatabase). */
const testDataFolder = '.pglite-test-data';

/**
 * The project's tests in a fresh sandbox and its type-check beside them. A `tsc -p` type-check goes to
 * a warm worker when the provider can host one (same files, same compiler, same dependency set, same
 * verdict, without parsing the dependency set's types again); where none can check it, the sandbox
 * runs the project's own type-check command as before.
 */
export async function runProjectTests(
  workers: TypeCheckWorkers,
  sandboxes: SandboxProvider,
  project: GeneratedProject,
  files: Readonly<Record<string, string>>,
  projectRuntime: ProjectRuntime,
  options: {
    signal: AbortSignal | undefined;
    onLine: (line: string) => void;
    /** Pools that hand out test sandboxes made (and their database unpacked) ahead of the run. */
    warm?: WarmSandboxes;
    /** Told the providers a fallback chain tried for each test sandbox. */
    onHops?: (hops: readonly SandboxHop[]) => void;
  },
): Promise<ProjectTestReport> {
  const unpacking = withUnpackedDatabase(sandboxes, projectRuntime);
  const { runtime } = unpacking;
  const pooled = options.warm
    ? options.warm.pooled(
        sandboxes,
        unpacking.provider,
        // What the unpacking wrapper puts in each sandbox.
        JSON.stringify([runtime.env.PGLITE_SNAPSHOT ?? null, runtime.env.PGLITE_DATA_DIR ?? null]),
        testSandboxOptions(sandboxes, runtime),
      )
    : unpacking.provider;
  const provider = options.onHops ? reportSandboxHops(pooled, options.onHops) : pooled;
  const config = tscProjectOf(project.commands.typecheck);
  // The worker's sandbox is given the plain provider: type-checking opens no database.
  if (config === undefined || !workers.canServe(sandboxes, projectRuntime)) {
    return testInSandbox(provider, project, files, runtime, options);
  }
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const { typecheck: _checkedApart, ...commands } = project.commands;
  const tests = testInSandbox(provider, { ...project, commands }, files, runtime, { ...options, signal });
  const check = workers.check(sandboxes, projectRuntime, files, config, options.signal).then(
    (result) => {
      for (const line of result.output.split('\n')) if (line.trim() !== '') options.onLine(line);
      if (result.exitCode !== 0) {
        throw new ProjectTestsFailedError(
          'typecheck',
          `exited with code ${result.exitCode}`,
          tail(result.output),
        );
      }
      return result;
    },
    (error: unknown) => {
      if (error instanceof TypeCheckWorkerUnavailable) return undefined;
      throw error;
    },
  );
  // Whichever fails first decides; the other is stopped (tests) or left to finish (the worker's check).
  check.catch(() => undefined);
  try {
    const [tested, checked] = await Promise.all([tests, check]);
    if (checked) return { ...tested, checkMs: checked.durationMs };
  } catch (error) {
    stop.abort(error);
    await tests.catch(() => undefined);
    throw error;
  }
  // No worker could check this project: the sandbox runs the project's own type-check beside its tests.
  return testInSandbox(provider, project, files, runtime, options);
}

/**
 * Express tests open PGlite, and given PGLITE_SNAPSHOT they load it into memory: 40 MB read, copied and
 * unpacked through WebAssembly, ~1.3 CPU-s of a ~6 CPU-s test run. Here each test sandbox has it
 * unpacked natively first, with a test-sized buffer pool (testClusterConf), and the tests open it in
 * place as their data folder (PGLITE_DATA_DIR): the same initialised cluster, fresh in every sandbox.
 * Should unpacking fail, the folder is missing and the app seeds it from the snapshot itself, as before.
 */
function withUnpackedDatabase(
  provider: SandboxProvider,
  runtime: ProjectRuntime,
): { provider: SandboxProvider; runtime: ProjectRuntime } {
  const { PGLITE_SNAPSHOT: snapshot, PGLITE_DATA_DIR: dataDir, DATABASE_URL: url } = runtime.env;
  if (!snapshot || dataDir || url) return { provider, runtime };
  return {
    runtime: { ...runtime, env: { ...runtime.env, PGLITE_DATA_DIR: testDataFolder } },
    provider: {
      specificationVersion: provider.specificationVersion,
      provider: provider.provider,
      capabilities: provider.capabilities,
      async create(createOptions) {
        const sandbox = await provider.create(createOptions);
        // Unpacked beside the folder and renamed into place, so a half-unpacked cluster is never opened.
        await sandbox
          .exec('sh', [
            '-c',
            'mkdir "$2.tmp" && tar -xf "$1" -C "$2.tmp" && printf %s "$3" > "$2.tmp/postgresql.auto.conf" && mv "$2.tmp" "$2"',
            'unpack',
            snapshot,
            testDataFolder,
            testClusterConf,
          ])
          .catch(() => undefined);
        return sandbox;
      },
    },
  };
}

function tail(output: string): string {
  return output.trimEnd().split('\n').slice(-tailLines).join('\n');
}
