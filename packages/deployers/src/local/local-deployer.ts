import { randomUUID } from 'node:crypto';
import type { Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import type { DeployableProject, Deployer, Deployment, DeployOptions } from '../deployer.js';
import { DeployFailedError, DeployTimeoutError, DeployUnsupportedError } from '../errors.js';
import { FrontProxy } from './front-proxy.js';
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
  /**
   * Memory cap per deployment's sandbox in MiB (an address-space cap where the sandbox enforces
   * limits with prlimit). Default 4096: a PGlite data folder seeded from the initdb snapshot peaks
   * near 370 MiB and started 12 times in 12 under it, where running initdb in the folder peaks near
   * 850 MiB and ran out twice in six (measured); an app started without the snapshot may need more.
   */
  readonly memoryMb?: number;
  /**
   * Where each deployment's sandbox keeps its files, its data folder among them (see
   * CreateSandboxOptions.workspace). Default `memory`: a local deployment's data is deleted when it
   * stops either way, and seeding and writing a database in memory takes a fraction of the time it
   * takes on disk; its files and data then count against `memoryMb`. `disk` for data that outgrows it.
   */
  readonly workspace?: 'disk' | 'memory';
}

export interface LocalDeployer extends Deployer {
  update(id: string, project: DeployableProject, options?: DeployOptions): Promise<Deployment>;
  /** Stops every deployment, e.g. on process exit. */
  destroyAll(): Promise<void>;
}

/** One version of a deployment's app, in its own folder of the deployment's sandbox. */
interface Release {
  readonly app: SupervisedApp;
  /** Where the proxy reaches it. */
  readonly url: string;
  readonly port: number;
  /** What started it, so that a failed switch can start it again. */
  readonly project: DeployableProject;
  readonly folder: string;
  readonly env: Readonly<Record<string, string>>;
}

interface LocalDeployment {
  readonly sandbox: Sandbox;
  readonly proxy: FrontProxy;
  readonly logs: LogBuffer;
  readonly deployment: Deployment;
  /** The sandbox's workspace as its processes see it, for the data folder's absolute path. */
  readonly workspace: string;
  current: Release;
  releases: number;
  /** The update in progress, so that a second one waits for it. */
  switching: Promise<unknown>;
}

/** Folder in each deployment's workspace that outlives its versions (see DeployableProject.dataDir). */
const DATA_FOLDER = 'data';

/**
 * Runs generated APIs on this machine, each inside its own sandbox, supervised (restarted with
 * back-off after a crash) until destroyed. Each deployment's URL is a loopback proxy it owns, so
 * `update` can put a new version behind the same URL: each version runs in its own folder of the
 * sandbox, and the data folder stays.
 */
export function createLocalDeployer(settings: LocalDeployerSettings): LocalDeployer {
  // Generous: an app that opens an embedded Postgres (PGlite, WebAssembly) can need tens of seconds on a
  // busy two-core machine; a hung app still fails, just later.
  const healthTimeoutMs = settings.healthTimeoutMs ?? 60_000;
  const restart = settings.restart ?? { maxRestarts: 5, backoffMs: 250 };
  const deployments = new Map<string, LocalDeployment>();

  /** Writes and builds version `release` of the project; the version before it keeps serving meanwhile. */
  async function prepare(
    sandbox: Sandbox,
    project: DeployableProject,
    release: number,
    logs: LogBuffer,
    signal: AbortSignal | undefined,
  ): Promise<string> {
    const folder = await writeRelease(sandbox, project, release);
    await build(sandbox, project, folder, logs, signal);
    return folder;
  }

  /** Starts a prepared version and resolves once it is healthy; it is stopped when it is not. */
  async function start(
    sandbox: Sandbox,
    project: DeployableProject,
    folder: string,
    port: number,
    env: Readonly<Record<string, string>>,
    logs: LogBuffer,
    signal: AbortSignal | undefined,
  ): Promise<Release> {
    const app = new SupervisedApp({
      sandbox,
      project,
      env,
      logs,
      restart,
      healthTimeoutMs,
      cwd: folder,
      port,
    });
    const url = await sandbox.exposePort(port);
    const outcome = await app.start(url, signal).catch(async (error: unknown) => {
      await app.stop();
      throw error;
    });
    if (outcome === 'healthy') return { app, url, port, project, folder, env };
    await app.stop();
    if (outcome === 'exited') {
      throw new DeployFailedError(`${project.name} exited before it became healthy; see details.logTail.`, {
        details: { logTail: logs.tail() },
      });
    }
    throw new DeployTimeoutError(
      `${project.name} did not answer /healthz and /openapi.json with 200 within ${healthTimeoutMs} ms.`,
      { details: { logTail: logs.tail() } },
    );
  }

  function envFor(project: DeployableProject, workspace: string, options: DeployOptions) {
    // A DATABASE_URL given keeps the data elsewhere, and may be the very variable dataDir would set.
    if (!project.dataDir || options.env?.DATABASE_URL) return options.env ?? {};
    const dir = `${workspace}/${DATA_FOLDER}`;
    return {
      ...options.env,
      [project.dataDir.env]: (project.dataDir.value ?? '{dir}').replaceAll('{dir}', dir),
    };
  }

  async function deploy(project: DeployableProject, options: DeployOptions = {}): Promise<Deployment> {
    const id = `${project.name}-${randomUUID().slice(0, 8)}`;
    const logs = new LogBuffer(settings.logLines ?? 1000, options.onLog);
    const sandbox = await settings.sandbox.create({
      limits: { memoryMb: settings.memoryMb ?? 4096 },
      workspace: settings.workspace ?? 'memory',
      mounts: project.mounts,
      ...(project.image === undefined ? {} : { image: project.image }),
      signal: options.signal,
    });
    let proxy: FrontProxy | undefined;
    try {
      // Steps that need nothing of each other run at once (the sandbox's agent serves several
      // commands together): the build and unpacking the data seed both wait on the release's files.
      proxy = await FrontProxy.listen();
      const [workspace, folder] = await Promise.all([
        workspaceOf(sandbox),
        writeRelease(sandbox, project, 1),
      ]);
      const env = envFor(project, workspace, options);
      await Promise.all([
        build(sandbox, project, folder, logs, options.signal),
        seedDataFolder(sandbox, project, folder, env, logs),
      ]);
      const current = await start(sandbox, project, folder, APP_PORT, env, logs, options.signal);
      proxy.forwardTo(current.url);
      const url = proxy.url;
      const deployment: Deployment = {
        id,
        url,
        docsUrl: `${url}/docs`,
        openapiUrl: `${url}/openapi.json`,
        provider: 'local',
        startedAt: new Date().toISOString(),
      };
      deployments.set(id, {
        sandbox,
        proxy,
        logs,
        deployment,
        workspace,
        current,
        releases: 1,
        switching: Promise.resolve(),
      });
      return deployment;
    } catch (error) {
      await proxy?.close();
      await sandbox.destroy();
      throw error;
    }
  }

  /**
   * The switch. An app keeping data in the deployment's data folder (an embedded database) is its
   * only writer, so the new version cannot open it while the old one runs: requests are held at the
   * proxy (not refused), the old version finishes the ones it has and stops, and the new one starts
   * on the same folder, migrates it and is sent the held requests once healthy. Without a data
   * folder the new version starts beside the old, which drains after the switch.
   */
  async function switchVersion(
    deployment: LocalDeployment,
    project: DeployableProject,
    options: DeployOptions,
  ): Promise<Deployment> {
    const { sandbox, proxy, logs } = deployment;
    const release = deployment.releases + 1;
    deployment.releases = release;
    const folder = await prepare(sandbox, project, release, logs, options.signal);
    const old = deployment.current;
    const port = old.port === APP_PORT ? APP_PORT + 1 : APP_PORT;
    const env = envFor(project, deployment.workspace, options);
    logs.push(`[deployer] switching ${deployment.deployment.url} to release ${release}`);
    if (!project.dataDir) {
      const next = await start(sandbox, project, folder, port, env, logs, options.signal);
      proxy.forwardTo(next.url);
      deployment.current = next;
      await proxy.drained(old.url);
      await old.app.stop();
      return deployment.deployment;
    }
    await proxy.hold();
    await old.app.stop();
    try {
      deployment.current = await start(sandbox, project, folder, port, env, logs, options.signal);
    } catch (error) {
      logs.push(`[deployer] release ${release} did not become healthy; the previous release serves again`);
      deployment.current = await start(sandbox, old.project, old.folder, old.port, old.env, logs, undefined);
      throw error;
    } finally {
      proxy.forwardTo(deployment.current.url);
    }
    return deployment.deployment;
  }

  async function update(
    id: string,
    project: DeployableProject,
    options: DeployOptions = {},
  ): Promise<Deployment> {
    const deployment = deployments.get(id);
    if (!deployment) {
      throw new DeployUnsupportedError(
        `No live local deployment ${id} to update; deploy the project instead.`,
      );
    }
    const switched = deployment.switching.then(() => switchVersion(deployment, project, options));
    deployment.switching = switched.catch(() => undefined);
    return switched;
  }

  async function destroy(id: string): Promise<void> {
    const deployment = deployments.get(id);
    deployments.delete(id);
    await deployment?.current.app.stop();
    await deployment?.proxy.close();
    await deployment?.sandbox.destroy();
  }

  return {
    specificationVersion: 'v1',
    provider: 'local',
    deploy,
    update,
    // A destroyed or unknown deployment is not running, which is all 'stopped' claims.
    status: async (id) => deployments.get(id)?.current.app.state ?? 'stopped',
    logs: async (id) => deployments.get(id)?.logs.lines() ?? [],
    destroy,
    destroyAll: async () => {
      await Promise.all([...deployments.keys()].map(destroy));
    },
  };
}

/**
 * Version `release` of the project's files in its own folder, with what its build would write where
 * that was made ahead (`built`), and its mounts linked in; says which folder.
 */
async function writeRelease(sandbox: Sandbox, project: DeployableProject, release: number): Promise<string> {
  const folder = `releases/${release}`;
  const files = { ...(await readProjectFiles(project.dir)), ...project.built };
  // The links make their own folders, so neither waits for the other.
  await Promise.all([
    sandbox.writeFiles(
      Object.fromEntries(Object.entries(files).map(([file, content]) => [`${folder}/${file}`, content])),
    ),
    linkMounts(sandbox, project, folder),
  ]);
  return folder;
}

/**
 * The data folder a first release starts on: its seed unpacked (found from the release `folder`, as
 * the project names it) with the seed's extra files, or an empty folder. A DATABASE_URL given instead
 * of the data folder leaves it unused, so it is not seeded.
 */
async function seedDataFolder(
  sandbox: Sandbox,
  project: DeployableProject,
  folder: string,
  env: Readonly<Record<string, string>>,
  logs: LogBuffer,
): Promise<void> {
  const seed = project.dataDir && env[project.dataDir.env] ? project.dataDir.seed : undefined;
  if (seed && (await unpackSeed(sandbox, `${folder}/${seed}`, logs))) {
    // Written before the app's first start, so it never opens the folder without them.
    const files = Object.entries(project.dataDir?.seedFiles ?? {});
    if (files.length > 0) {
      await sandbox.writeFiles(
        Object.fromEntries(files.map(([file, content]) => [`${DATA_FOLDER}/${file}`, content])),
      );
    }
  } else {
    await sandbox.writeFiles({ [`${DATA_FOLDER}/.keep`]: '' });
  }
}

/**
 * Unpacks the archive at `seed` (workspace-relative) into the data folder: beside it first, then
 * renamed into place, so a half-unpacked archive never looks like data. Says whether it did.
 */
async function unpackSeed(sandbox: Sandbox, seed: string, logs: LogBuffer): Promise<boolean> {
  const staging = `${DATA_FOLDER}.seed`;
  const result = await sandbox.exec('sh', [
    '-c',
    'mkdir "$3" && tar -xf "$1" -C "$3" && mv "$3" "$2"',
    'seed',
    seed,
    DATA_FOLDER,
    staging,
  ]);
  if (result.exitCode === 0) return true;
  logs.push(
    `[deployer] could not unpack the data seed ${seed} (${result.stderr.trim()}); the data folder starts empty`,
  );
  await sandbox.exec('rm', ['-rf', staging]);
  return false;
}

/** The workspace's absolute path inside the sandbox, which differs between providers. */
async function workspaceOf(sandbox: Sandbox): Promise<string> {
  const result = await sandbox.exec('pwd', []);
  const workspace = result.stdout.trim();
  if (result.exitCode !== 0 || !workspace.startsWith('/')) {
    throw new DeployFailedError(`Could not read the sandbox's workspace path (pwd answered "${workspace}").`);
  }
  return workspace;
}

/**
 * Mounts are placed relative to the workspace, but a version runs in its own release folder: a link
 * there to each mount lets the project reach it by the same relative path (PGLITE_SNAPSHOT names a
 * file in node_modules so), as it would from the workspace.
 */
async function linkMounts(sandbox: Sandbox, project: DeployableProject, folder: string): Promise<void> {
  for (const { sandboxPath } of project.mounts ?? []) {
    if (sandboxPath.startsWith('/')) continue;
    const up = '../'.repeat(folder.split('/').length + sandboxPath.split('/').length - 1);
    const link = `${folder}/${sandboxPath}`;
    const result = await sandbox.exec('sh', [
      '-c',
      'mkdir -p "$(dirname "$2")" && ln -sfn "$1" "$2"',
      'link',
      `${up}${sandboxPath}`,
      link,
    ]);
    if (result.exitCode !== 0) {
      throw new DeployFailedError(
        `Could not link the ${sandboxPath} mount into ${folder} (exit code ${result.exitCode}).`,
      );
    }
  }
}

/** Runs the project's build in its release folder, unless it has none or what it makes came `built`. */
async function build(
  sandbox: Sandbox,
  project: DeployableProject,
  cwd: string,
  logs: LogBuffer,
  signal: AbortSignal | undefined,
): Promise<void> {
  const command = project.build;
  if (!command) return;
  if (project.built) {
    logs.push(`[deployer] build: made ahead (${Object.keys(project.built).length} files)`);
    return;
  }
  logs.push(`[deployer] build: ${[command.command, ...command.args].join(' ')}`);
  const result = await sandbox
    .exec(command.command, command.args, {
      cwd,
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
