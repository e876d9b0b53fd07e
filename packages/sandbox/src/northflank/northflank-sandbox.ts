import { randomUUID } from 'node:crypto';
import { posix } from 'node:path';
import { SandboxUnavailableError } from '../errors.js';
import type { CreateSandboxOptions, ExecOptions, Sandbox, SandboxProvider } from '../sandbox-provider.js';
import { guardExec } from '../shared/exec-guard.js';
import { planRemoteMounts, refuseHostImage } from '../runtimes/remote-mounts.js';
import { runtimeDefinition, runtimeNames, type RuntimeName } from '../runtimes/runtime-catalog.js';
import { jobRun } from './job-script.js';
import { startJobRun, type JobRun } from './job-run.js';
import { northflankApi } from './northflank-api.js';

export interface NorthflankSandboxSettings {
  /** Defaults to `NORTHFLANK_API_TOKEN`. */
  readonly token?: string;
  readonly projectId: string;
  /** Default `https://api.northflank.com`. */
  readonly baseUrl?: string;
  readonly fetch?: typeof globalThis.fetch;
  /** Container image each run uses; `create({ image })` overrides it. Default `node:20-bookworm-slim`. */
  readonly image?: string;
  /**
   * Image per runtime name, where yours are pushed elsewhere. Defaults to the images built from this
   * package's `runtimes/<name>/Dockerfile`, `ghcr.io/smartapiforge/runtime-<name>:<version>`.
   */
  readonly images?: Partial<Record<RuntimeName, string>>;
  /** Northflank deployment plan of the job. Default `nf-compute-20`. */
  readonly deploymentPlan?: string;
  /** Where the files are recreated in each run's container. Default `/workspace`. */
  readonly workdir?: string;
  /** How often a running job's status and logs are polled. Default 1000 ms. */
  readonly pollMs?: number;
  /** Output kept per exec before it is stopped. Default 10 MiB. */
  readonly outputBytes?: number;
}

/**
 * Northflank, the PRD's fallback, through its REST API: a sandbox is a manual job, each exec or spawn
 * one run of it with a custom command, followed through the log API, and the job is deleted on
 * destroy. What that model cannot do is stated in the capabilities: runs are fresh containers
 * (files a command writes are gone afterwards: `persistentFiles: false`) and jobs expose no ports.
 */
export function createNorthflankSandbox(settings: NorthflankSandboxSettings): SandboxProvider {
  return {
    specificationVersion: 'v1',
    provider: 'northflank',
    capabilities: {
      network: true,
      ports: false,
      limits: 'provider',
      persistentFiles: false,
      runtimes: runtimeNames,
    },
    create: (options) => createSandbox(settings, options),
  };
}

async function createSandbox(
  settings: NorthflankSandboxSettings,
  options: CreateSandboxOptions = {},
): Promise<Sandbox> {
  options.signal?.throwIfAborted();
  const token = settings.token ?? process.env.NORTHFLANK_API_TOKEN;
  if (!token) {
    throw new SandboxUnavailableError(
      'Northflank needs an API token: set NORTHFLANK_API_TOKEN (or pass token to createNorthflankSandbox).',
      { details: { provider: 'northflank' } },
    );
  }
  refuseHostImage('northflank', options.image);
  const runtime = runtimeDefinition(options.image);
  // Job runs get no host folders: only the runtime image's own dependency set stands in for a mount.
  planRemoteMounts('northflank', runtime, options.mounts, false);
  const image = runtime
    ? (settings.images?.[runtime.name] ?? runtime.image)
    : (options.image ?? settings.image ?? 'node:20-bookworm-slim');
  const request = northflankApi({
    token,
    baseUrl: settings.baseUrl ?? 'https://api.northflank.com',
    fetch: settings.fetch ?? globalThis.fetch,
    retries: 2,
  });
  const projectPath = `/v1/projects/${encodeURIComponent(settings.projectId)}`;
  const job = await request<{ id: string }>(
    'POST',
    `${projectPath}/jobs/manual`,
    {
      name: `sandbox-${randomUUID().slice(0, 8)}`,
      description: 'SmartAPIForge sandbox; deleted when the sandbox is destroyed.',
      billing: { deploymentPlan: settings.deploymentPlan ?? 'nf-compute-20' },
      backoffLimit: 0,
      runOnSourceChange: 'never',
      deployment: { external: { imagePath: image } },
    },
    options.signal,
  );
  const jobPath = `${projectPath}/jobs/${job.id}`;
  const workdir = settings.workdir ?? '/workspace';
  const outputBytes = options.limits?.outputBytes ?? settings.outputBytes ?? 10 * 1024 * 1024;
  const files = new Map<string, Uint8Array>();
  const runs = new Set<JobRun>();
  let destroyed: Promise<void> | undefined;

  const run = async (command: string, args: readonly string[], runOptions: ExecOptions) => {
    if (destroyed) throw new SandboxUnavailableError(`Northflank sandbox ${job.id} has been destroyed.`);
    const script = jobRun(workdir, files, [command, ...args], runOptions.cwd);
    const started = await startJobRun(request, {
      jobPath,
      command: script.command,
      env: { ...runOptions.env, ...script.env },
      pollMs: settings.pollMs ?? 1000,
      onStdout: (chunk) => runOptions.onStdout?.(chunk),
      onStderr: (chunk) => runOptions.onStderr?.(chunk),
    });
    runs.add(started);
    void started.exited.finally(() => runs.delete(started)).catch(() => {});
    return started;
  };

  return {
    id: `northflank-${job.id}`,
    async writeFiles(written) {
      for (const [path, content] of Object.entries(written))
        files.set(workspacePath(path), Buffer.from(content));
    },
    async readFile(path) {
      const content = files.get(workspacePath(path));
      if (!content) {
        throw new Error(
          `${path} was not written with writeFiles (Northflank runs do not keep the files commands write).`,
        );
      }
      return Buffer.from(content).toString('utf8');
    },
    async exec(command, args, execOptions = {}) {
      let started: JobRun | undefined;
      const guard = guardExec(command, execOptions, outputBytes, () => void started?.abort());
      try {
        started = await run(command, args, {
          ...execOptions,
          onStdout: guard.onStdout,
          onStderr: guard.onStderr,
        });
        const exitCode = await started.exited;
        return guard.finish(exitCode ?? 137);
      } finally {
        guard.dispose();
      }
    },
    async spawn(command, args, spawnOptions = {}) {
      spawnOptions.signal?.throwIfAborted();
      const started = await run(command, args, spawnOptions);
      const exited = started.exited.catch(() => null);
      const kill = async () => {
        await started.abort();
        await exited;
      };
      spawnOptions.signal?.addEventListener('abort', () => void kill(), { once: true });
      return { pid: undefined, exited, kill };
    },
    async exposePort() {
      throw new SandboxUnavailableError('Northflank job runs expose no ports (capabilities.ports is false).');
    },
    destroy: () =>
      (destroyed ??= (async () => {
        await Promise.all([...runs].map((active) => active.abort()));
        await request('DELETE', jobPath).catch(() => {
          // A job that is already gone is what we wanted.
        });
      })()),
  };
}

/** Workspace-relative, normalised, and never above the workspace (`../x` stays inside). */
function workspacePath(path: string): string {
  return posix.relative('/', posix.resolve('/', path));
}
