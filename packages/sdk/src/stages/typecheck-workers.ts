import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import type { Command, ProjectRuntime } from '@smartapiforge/scaffolders';

/** What `tsc -p` printed and exited with, as the worker ran it. */
export interface TypeCheckResult {
  readonly exitCode: number;
  readonly output: string;
  readonly durationMs: number;
}

/** The worker could not check a project (it did not start, died or timed out); not a type error. */
export class TypeCheckWorkerUnavailable extends Error {}

/**
 * Type-checkers kept warm between projects: one sandbox per runtime, running typecheck-worker.cjs,
 * which keeps the runtime's declaration files parsed. A generated project's `tsc -p` reads ~290
 * files, nearly all of them the dependency set's types, so a warm check takes a fraction of a cold one.
 */
export interface TypeCheckWorkers {
  /** Whether `provider` can host a worker for `runtime` (host folders mounted, ports reachable). */
  canServe(provider: SandboxProvider, runtime: ProjectRuntime): boolean;
  /** Type-checks `files` as `tsc -p config` does in a project folder holding them. */
  check(
    provider: SandboxProvider,
    runtime: ProjectRuntime,
    files: Readonly<Record<string, string>>,
    config: string,
    signal: AbortSignal | undefined,
  ): Promise<TypeCheckResult>;
  /** Stops every worker. */
  close(): Promise<void>;
}

/**
 * The tsconfig a command checks when it is exactly `node node_modules/typescript/bin/tsc -p <config>`
 * (how the stacks declare their type-check), else undefined: any other command runs as itself.
 */
export function tscProjectOf(command: Command | undefined): string | undefined {
  if (command?.command !== 'node' || command.args.length !== 3) return undefined;
  const [script, flag, config] = command.args;
  return script === 'node_modules/typescript/bin/tsc' && (flag === '-p' || flag === '--project')
    ? config
    : undefined;
}

const workerPort = 7070;
const startTimeoutMs = 60_000;
// As long as a type-check run in a sandbox may take; a check past it is treated as a stuck worker.
const checkTimeoutMs = 120_000;
// Address space for the worker (prlimit-capped sandboxes): node plus the shared declaration files.
const workerMemoryMb = 8192;
const workerScript = fileURLToPath(new URL('./typecheck-worker.cjs', import.meta.url));

interface Worker {
  readonly sandbox: Sandbox;
  readonly url: string;
}

export function createTypeCheckWorkers(): TypeCheckWorkers {
  const workers = new Map<string, Promise<Worker>>();
  let jobs = 0;

  async function start(provider: SandboxProvider, runtime: ProjectRuntime): Promise<Worker> {
    const sandbox = await provider.create({
      limits: { memoryMb: workerMemoryMb },
      // Each project checked is written there and deleted once checked: scratch files only.
      workspace: 'memory',
      mounts: runtime.mounts,
      ...(runtime.image === undefined ? {} : { image: runtime.image }),
    });
    try {
      await sandbox.writeFiles({ 'typecheck-worker.cjs': await readFile(workerScript, 'utf8') });
      let output = '';
      const ready = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new TypeCheckWorkerUnavailable(`did not start within ${startTimeoutMs} ms`)),
          startTimeoutMs,
        );
        const onOutput = (chunk: string) => {
          output += chunk;
          if (output.includes('typecheck worker ready')) {
            clearTimeout(timer);
            resolve();
          }
        };
        void sandbox
          .spawn('node', ['typecheck-worker.cjs'], {
            env: { PORT: String(workerPort) },
            onStdout: onOutput,
            onStderr: (chunk) => (output += chunk),
          })
          .then((child) =>
            child.exited.then(() => {
              clearTimeout(timer);
              reject(new TypeCheckWorkerUnavailable(`exited: ${output.slice(-2000)}`));
            }),
          )
          .catch((error: unknown) => {
            clearTimeout(timer);
            reject(new TypeCheckWorkerUnavailable(`could not start: ${String(error)}`));
          });
      });
      await ready;
      return { sandbox, url: await sandbox.exposePort(workerPort) };
    } catch (error) {
      await sandbox.destroy();
      throw error;
    }
  }

  async function discard(key: string, worker: Promise<Worker>): Promise<void> {
    if (workers.get(key) === worker) workers.delete(key);
    await (await worker.catch(() => undefined))?.sandbox.destroy();
  }

  return {
    canServe(provider, runtime) {
      // Cloud providers name runtimes instead of mounting host folders, and may not expose ports.
      return (
        provider.capabilities.ports &&
        provider.capabilities.runtimes === undefined &&
        runtime.mounts.length > 0
      );
    },
    async check(provider, runtime, files, config, signal) {
      const key = JSON.stringify([provider.provider, runtime.image ?? null, runtime.mounts]);
      let worker = workers.get(key);
      if (!worker) {
        worker = start(provider, runtime);
        workers.set(key, worker);
      }
      const pending = worker;
      try {
        const { sandbox, url } = await pending;
        const dir = `jobs/${++jobs}`;
        await sandbox.writeFiles(
          Object.fromEntries(Object.entries(files).map(([file, content]) => [`${dir}/${file}`, content])),
        );
        const timeout = AbortSignal.timeout(checkTimeoutMs);
        const response = await fetch(`${url}/check`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ dir, config }),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const body = (await response.json()) as Partial<TypeCheckResult> & { error?: string };
        if (response.status !== 200 || typeof body.exitCode !== 'number' || typeof body.output !== 'string') {
          throw new TypeCheckWorkerUnavailable(`answered ${response.status}: ${body.error ?? ''}`);
        }
        return { exitCode: body.exitCode, output: body.output, durationMs: body.durationMs ?? 0 };
      } catch (error) {
        // A worker that failed once is not trusted again: the next check starts a fresh one.
        await discard(key, pending);
        if (signal?.aborted) throw signal.reason;
        throw error instanceof TypeCheckWorkerUnavailable
          ? error
          : new TypeCheckWorkerUnavailable(String(error), { cause: error });
      }
    },
    async close() {
      const all = [...workers.entries()];
      workers.clear();
      await Promise.all(all.map(([key, worker]) => discard(key, worker)));
    },
  };
}
