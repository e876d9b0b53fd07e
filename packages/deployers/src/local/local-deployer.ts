import { randomUUID } from 'node:crypto';
import type { Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import type { DeployableProject, Deployer, Deployment, DeployOptions } from '../deployer.js';
import { DeployFailedError, DeployTimeoutError } from '../errors.js';
import { LogBuffer } from './log-buffer.js';
import { readProjectFiles } from '../project-files.js';
import { APP_PORT, SupervisedApp, type RestartPolicy } from './supervised-app.js';

export interface LocalDeployerSettings {
  /** Where apps run; it must support `exposePort` (capabilities.ports). */
  readonly sandbox: SandboxProvider;
  /** How long a (re)started app has to answer /healthz and /openapi.json. Default 60 s. */
  readonly healthTimeoutMs?: number;
  /** Default: 5 restarts, starting at 250 ms back-off. */
  readonly restart?: RestartPolicy;
  /** Log lines kept per deployment. Default 1000. */
  readonly logLines?: number;
}

export interface LocalDeployer extends Deployer {
  /** Stops every deployment, e.g. on process exit. */
  destroyAll(): Promise<void>;
}

interface LocalDeployment {
  readonly sandbox: Sandbox;
  readonly app: SupervisedApp;
  readonly logs: LogBuffer;
}

/**
 * Runs generated APIs on this machine, each inside its own sandbox with only the app's port forwarded
 * to a free 127.0.0.1 port, supervised (restarted with back-off after a crash) until destroyed.
 */
export function createLocalDeployer(settings: LocalDeployerSettings): LocalDeployer {
  // Generous: an app that opens an embedded Postgres (PGlite, WebAssembly) can need tens of seconds on a
  // busy two-core machine; a hung app still fails, just later.
  const healthTimeoutMs = settings.healthTimeoutMs ?? 60_000;
  const restart = settings.restart ?? { maxRestarts: 5, backoffMs: 250 };
  const deployments = new Map<string, LocalDeployment>();

  async function deploy(project: DeployableProject, options: DeployOptions = {}): Promise<Deployment> {
    const id = `${project.name}-${randomUUID().slice(0, 8)}`;
    const logs = new LogBuffer(settings.logLines ?? 1000, options.onLog);
    const sandbox = await settings.sandbox.create({
      mounts: project.mounts,
      ...(project.image === undefined ? {} : { image: project.image }),
      signal: options.signal,
    });
    const app = new SupervisedApp({
      sandbox,
      project,
      env: options.env ?? {},
      logs,
      restart,
      healthTimeoutMs,
    });
    try {
      await sandbox.writeFiles(await readProjectFiles(project.dir));
      if (project.build) await build(sandbox, project.build, logs, options.signal);
      const url = await sandbox.exposePort(APP_PORT);
      const outcome = await app.start(url, options.signal);
      if (outcome === 'exited') {
        throw new DeployFailedError(`${project.name} exited before it became healthy; see details.logTail.`, {
          details: { logTail: logs.tail() },
        });
      }
      if (outcome === 'timeout') {
        throw new DeployTimeoutError(
          `${project.name} did not answer /healthz and /openapi.json with 200 within ${healthTimeoutMs} ms.`,
          { details: { logTail: logs.tail() } },
        );
      }
      deployments.set(id, { sandbox, app, logs });
      return {
        id,
        url,
        docsUrl: `${url}/docs`,
        openapiUrl: `${url}/openapi.json`,
        provider: 'local',
        startedAt: new Date().toISOString(),
      };
    } catch (error) {
      await app.stop();
      await sandbox.destroy();
      throw error;
    }
  }

  async function destroy(id: string): Promise<void> {
    const deployment = deployments.get(id);
    deployments.delete(id);
    await deployment?.app.stop();
    await deployment?.sandbox.destroy();
  }

  return {
    specificationVersion: 'v1',
    provider: 'local',
    deploy,
    // A destroyed or unknown deployment is not running, which is all 'stopped' claims.
    status: async (id) => deployments.get(id)?.app.state ?? 'stopped',
    logs: async (id) => deployments.get(id)?.logs.lines() ?? [],
    destroy,
    destroyAll: async () => {
      await Promise.all([...deployments.keys()].map(destroy));
    },
  };
}

async function build(
  sandbox: Sandbox,
  command: NonNullable<DeployableProject['build']>,
  logs: LogBuffer,
  signal: AbortSignal | undefined,
): Promise<void> {
  logs.push(`[deployer] build: ${[command.command, ...command.args].join(' ')}`);
  const result = await sandbox
    .exec(command.command, command.args, {
      signal,
      onStdout: (chunk) => logs.write('stdout', chunk),
      onStderr: (chunk) => logs.write('stderr', chunk),
    })
    .catch((error: unknown) => {
      if (signal?.aborted) throw error;
      // A build killed by the sandbox (time, memory, output) is a failed build to our callers.
      throw new DeployFailedError(`The build could not finish: ${(error as Error).message}`, {
        cause: error,
        details: { logTail: logs.tail() },
      });
    });
  if (result.exitCode !== 0) {
    throw new DeployFailedError(`The build failed with exit code ${result.exitCode}; see details.logTail.`, {
      details: { exitCode: result.exitCode, logTail: logs.tail() },
    });
  }
}
