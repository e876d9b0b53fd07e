import type { SandboxProvider } from '@smartapiforge/sandbox';
import type { GeneratedProject, ProjectRuntime } from '@smartapiforge/scaffolders';
import { ProjectTestsFailedError } from '../errors.js';
import { testInSandbox, type ProjectTestReport } from '../test-in-sandbox.js';
import { tscProjectOf, TypeCheckWorkerUnavailable, type TypeCheckWorkers } from './typecheck-workers.js';

const tailLines = 40;

/**
 * The project's tests in a fresh sandbox and its type-check beside them. A `tsc -p` type-check goes to
 * a warm worker when the provider can host one (same files, same compiler, same dependency set, same
 * verdict, without parsing the dependency set's types again); where none can check it, the sandbox
 * runs the project's own type-check command as before.
 */
export async function runProjectTests(
  workers: TypeCheckWorkers,
  provider: SandboxProvider,
  project: GeneratedProject,
  files: Readonly<Record<string, string>>,
  runtime: ProjectRuntime,
  options: { signal: AbortSignal | undefined; onLine: (line: string) => void },
): Promise<ProjectTestReport> {
  const config = tscProjectOf(project.commands.typecheck);
  if (config === undefined || !workers.canServe(provider, runtime)) {
    return testInSandbox(provider, project, files, runtime, options);
  }
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const { typecheck: _checkedApart, ...commands } = project.commands;
  const tests = testInSandbox(provider, { ...project, commands }, files, runtime, { ...options, signal });
  const check = workers.check(provider, runtime, files, config, options.signal).then(
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

function tail(output: string): string {
  return output.trimEnd().split('\n').slice(-tailLines).join('\n');
}
