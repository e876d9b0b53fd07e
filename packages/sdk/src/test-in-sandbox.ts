import type { CreateSandboxOptions, SandboxProvider } from '@smartapiforge/sandbox';
import {
  testRunFiles,
  type Command,
  type GeneratedProject,
  type ProjectRuntime,
} from '@smartapiforge/scaffolders';
import { ProjectTestsFailedError } from './errors.js';
import type { TestCounts } from './events.js';
import { parseJUnitReport, type TestCaseResult } from './junit-report.js';
import { parseTestCounts } from './test-report.js';

export interface ProjectTestReport {
  /** Per-test counts from the runner's summary. */
  readonly counts: TestCounts;
  /** Each test and how it ended, from the runner's JUnit report (absent when the stack writes none). */
  readonly cases?: readonly TestCaseResult[];
  /** The static checks (type-checking), which run beside the tests; 0 when the stack has none. */
  readonly checkMs: number;
  readonly testMs: number;
  /** The test runner's output, for reports. */
  readonly output: string;
}

const stepTimeoutMs = 120_000;
// Where memory is capped as address space per process (rlimits), test runners need room beyond use:
// V8 reserves gigabytes it never touches, and PGlite ~2.5 GiB more. An Express project's test
// process peaks near 8 GiB of address space, and an 8 GiB cap left test runs crashing (SIGTRAP,
// exit 133) now and then; 12 GiB leaves room, and reserved space costs no memory.
const testMemoryMb = 12_288;
const tailLines = 40;

/**
 * Runs the project's own tests, and its type-check beside them, in a fresh sandbox; the sandbox is
 * always destroyed. Both work from the sources, so nothing waits for a build. What the stack lets a
 * test run be spared (for Express, making JavaScript of its TypeScript) is prepared here while the
 * sandbox starts, where the tools are warm, and written beside the project in the sandbox only.
 */
export async function testInSandbox(
  provider: SandboxProvider,
  project: GeneratedProject,
  files: Readonly<Record<string, string>>,
  runtime: ProjectRuntime,
  options: { signal: AbortSignal | undefined; onLine: (line: string) => void },
): Promise<ProjectTestReport> {
  // Without what it prepares, the test run does that work itself: a failure here costs time, never a verdict.
  const prepared = testRunFiles(project, files, runtime).catch(() => ({}));
  const sandbox = await provider.create({
    ...testSandboxOptions(provider, runtime),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  try {
    await sandbox.writeFiles({ ...(await prepared), ...files });
    const run = async (step: 'typecheck' | 'test', { command, args }: Command) => {
      const result = await sandbox.exec(command, args, {
        timeoutMs: stepTimeoutMs,
        env: { NODE_ENV: 'test', ...runtime.env },
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        onStdout: (chunk) => emitLines(chunk, options.onLine),
        onStderr: (chunk) => emitLines(chunk, options.onLine),
      });
      const output = result.stdout + result.stderr;
      if (result.exitCode !== 0)
        throw new ProjectTestsFailedError(step, `exited with code ${result.exitCode}`, tail(output));
      return { output, durationMs: result.durationMs };
    };
    const { typecheck } = project.commands;
    const [checked, tested] = await Promise.all([
      typecheck ? run('typecheck', typecheck) : undefined,
      run('test', project.commands.test),
    ]);
    const counts = parseTestCounts(tested.output);
    // A run that printed no summary proves nothing, however it exited.
    if (counts === undefined || counts.passed === 0) {
      throw new ProjectTestsFailedError('test', 'reported no passing tests', tail(tested.output));
    }
    // Providers that run each command in a fresh container keep no report the tests wrote.
    const keepsFiles = provider.capabilities.persistentFiles !== false;
    const cases =
      project.commands.testReport && keepsFiles
        ? parseJUnitReport(await sandbox.readFile(project.commands.testReport))
        : undefined;
    return {
      counts,
      ...(cases ? { cases } : {}),
      checkMs: checked?.durationMs ?? 0,
      testMs: tested.durationMs,
      output: tested.output,
    };
  } finally {
    await sandbox.destroy();
  }
}

/** What a test run's sandbox is created with (a warm pool must create the same). */
export function testSandboxOptions(
  provider: SandboxProvider,
  runtime: ProjectRuntime,
): Omit<CreateSandboxOptions, 'signal'> {
  // Cloud providers get the runtime by name (their template holds the dependency cache the mounts
  // name); only host providers are given host paths.
  const byName =
    runtime.name !== undefined && (provider.capabilities.runtimes?.includes(runtime.name) ?? false);
  const image = byName ? runtime.name : runtime.image;
  return {
    limits: { memoryMb: testMemoryMb },
    // Nothing a test run writes (the project, a database cluster, caches) outlives it; kept in memory,
    // writing and deleting it costs a fraction of what a disk folder does.
    workspace: 'memory',
    mounts: runtime.mounts,
    ...(image === undefined ? {} : { image }),
  };
}

function emitLines(chunk: string, onLine: (line: string) => void): void {
  for (const line of chunk.split('\n')) if (line.trim() !== '') onLine(line);
}

function tail(output: string): string {
  return output.trimEnd().split('\n').slice(-tailLines).join('\n');
}
