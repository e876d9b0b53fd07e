import { randomBytes } from 'node:crypto';
import { createApiClient, type ApiClient } from '../cloud/api-client.js';
import {
  deploymentAt,
  logForwarder,
  requireHealthy,
  requireToken,
  tailOf,
  type CloudDeployerSettings,
} from '../cloud/cloud-deployer.js';
import { pollUntil, sleep } from '../cloud/poll.js';
import type { DeployableProject, Deployer, Deployment, DeploymentState, DeployOptions } from '../deployer.js';
import { DeployFailedError, DeployTimeoutError } from '../errors.js';
import { readProjectFiles } from '../project-files.js';
import type { RuntimeName } from '@smartapiforge/sandbox';
import { chooseDatabase, type DatabaseSettings } from '../cloud/database-url.js';
import { buildThenStart, runtimeOfProject } from '../cloud/project-runtime.js';
import { allocatePublicIps, readMachineLogs } from './fly-platform-api.js';

/** Resolves the image a project runs from; `app` is the Fly app it will run in (its registry namespace). */
export type FlyImageSource =
  | string
  | ((
      project: DeployableProject,
      context: { app: string; signal?: AbortSignal },
    ) => Promise<string> | string);

export interface FlyDeployerSettings extends CloudDeployerSettings, DatabaseSettings {
  /** Default: `FLY_API_TOKEN`. `FlyV1 …` tokens (from `fly tokens create`) are sent as they are. */
  readonly token?: string;
  /** Machines API base URL. Default `https://api.machines.dev/v1`. */
  readonly baseUrl?: string;
  /** Fly's platform API, for IP allocation (GraphQL) and logs. Default `https://api.fly.io`. */
  readonly platformUrl?: string;
  /** Organisation slug new apps are created in. Default `personal`. */
  readonly org?: string;
  /** Region code (e.g. `ams`); by default Fly picks one near the API caller. */
  readonly region?: string;
  /**
   * A prebuilt image of the project to run instead (built from the scaffold's Dockerfile and pushed,
   * e.g. with `fly deploy --build-only --push`), or a function that builds and pushes one. By default
   * no image is built: the machine runs the stack's public runtime image (see `images`) with the
   * project's files delivered as machine `files` under /workspace, built and started by `init.cmd`.
   */
  readonly image?: FlyImageSource;
  /**
   * Runtime image per runtime name, where yours are pushed elsewhere. Defaults to the images built
   * from @smartapiforge/sandbox's `runtimes/<name>/Dockerfile`.
   */
  readonly images?: Partial<Record<RuntimeName, string>>;
  /**
   * Deploy every project into this existing (or to be created) app; deployments then share its URL.
   * By default each deployment gets its own app, `<project name>-<random>`, deleted on destroy.
   */
  readonly app?: string;
  /** Turns an app name into its base URL. Default `https://<app>.fly.dev`; tests point it at a fake. */
  readonly appUrl?: (app: string) => string;
}

/** The port the scaffolded apps listen on (also passed to them as PORT). */
const INTERNAL_PORT = 3000;
/** Machine states in which it will not serve again without being started anew. */
const GONE_STATES = new Set(['stopping', 'stopped', 'suspended', 'destroying', 'destroyed', 'failed']);
const STATE_OF: Record<string, DeploymentState> = {
  created: 'starting',
  starting: 'starting',
  started: 'live',
  replacing: 'restarting',
  updating: 'restarting',
  failed: 'failed',
};

/**
 * Deploys to Fly.io Machines without a local Docker daemon: creates the app if missing (with public
 * IPs), runs one machine from the stack's public runtime image with the project's files as machine
 * `files` (or from a prebuilt image), the app's port behind Fly's proxy on 443/80 and a `/healthz`
 * check, waits for `started`, then health-checks `/healthz` and `/openapi.json` at the app's URL.
 */
export function createFlyDeployer(settings: FlyDeployerSettings = {}): Deployer {
  const pollIntervalMs = settings.pollIntervalMs ?? 2_000;
  const appUrl = settings.appUrl ?? ((app) => `https://${app}.fly.dev`);
  const clients = lazyClients(settings);
  const machines: ApiClient = (path, request) => clients().machines(path, request);

  const logs = async (id: string, signal?: AbortSignal): Promise<readonly string[]> => {
    const { app, machine } = parseId(id);
    return machine ? readMachineLogs(clients().platform, app, machine, signal) : [];
  };

  async function ensureApp(app: string, signal: AbortSignal | undefined): Promise<void> {
    const existing = await machines(`/apps/${app}`, { accept: [404], signal });
    if (existing.status !== 404) return;
    await machines('/apps', {
      method: 'POST',
      json: { app_name: app, org_slug: settings.org ?? 'personal' },
      signal,
    });
    // Without public IPs, `<app>.fly.dev` does not resolve to Fly's proxy.
    await allocatePublicIps(clients().platform, app, signal);
  }

  /** Removes the machine, and the app too when this deployer named it (it then belongs to the deployment). */
  async function remove(app: string, machine: string | undefined): Promise<void> {
    if (machine) {
      await machines(`/apps/${app}/machines/${machine}`, {
        method: 'DELETE',
        query: { force: 'true' },
        accept: [404],
      });
    }
    if (settings.app === undefined) await machines(`/apps/${app}`, { method: 'DELETE', accept: [404] });
  }

  async function deploy(project: DeployableProject, options: DeployOptions = {}): Promise<Deployment> {
    const { signal } = options;
    // A missing token is the first thing to fix, so it is reported before the database choice.
    clients();
    const database = chooseDatabase('Fly.io', project, settings, options);
    const runtime = settings.image === undefined ? runtimeOfProject('Fly.io', project) : undefined;
    const deadline = Date.now() + (settings.timeoutMs ?? 5 * 60_000);
    const app = settings.app ?? `${project.name}-${randomBytes(4).toString('hex')}`;
    let machine: string | undefined;
    try {
      await ensureApp(app, signal);
      const config = runtime
        ? {
            image: settings.images?.[runtime.name] ?? runtime.image,
            files: machineFiles(await readProjectFiles(project.dir)),
            init: { cmd: ['sh', '-c', `cd ${WORKDIR} && ${buildThenStart(project)}`] },
          }
        : {
            image:
              typeof settings.image === 'string'
                ? settings.image
                : await settings.image!(project, { app, signal }),
          };
      const created = await machines<{ id: string }>(`/apps/${app}/machines`, {
        method: 'POST',
        json: machineRequest(config, settings.region, database.env),
        signal,
      });
      machine = created.data.id;
      const id = `${app}:${machine}`;
      const watch = watchMachine(machines, id, {
        intervalMs: pollIntervalMs,
        signal,
        logs,
        onLog: options.onLog,
      });
      try {
        await waitStarted(machines, id, { deadline, gone: watch.gone, signal, logs });
        await requireHealthy(project.name, appUrl(app), {
          deadline,
          intervalMs: Math.min(pollIntervalMs, 250),
          exited: watch.gone,
          signal,
          logs: () => logs(id),
        });
      } finally {
        await watch.stop();
      }
      const deployment = deploymentAt('fly', id, appUrl(app));
      return database.ephemeral ? { ...deployment, ephemeral: true } : deployment;
    } catch (error) {
      // The caller never learns this deployment's id, so nobody else could clean it up.
      await remove(app, machine).catch(() => undefined);
      throw error;
    }
  }

  return {
    specificationVersion: 'v1',
    provider: 'fly',
    deploy,
    status: async (id) => {
      const { app, machine } = parseId(id);
      if (!machine) return 'stopped';
      const response = await machines<{ state: string }>(`/apps/${app}/machines/${machine}`, {
        accept: [404],
      });
      if (response.status === 404) return 'stopped';
      return STATE_OF[response.data.state] ?? (GONE_STATES.has(response.data.state) ? 'stopped' : 'starting');
    },
    logs: (id) => logs(id),
    destroy: async (id) => {
      const { app, machine } = parseId(id);
      // Not an id this deployer made: deleting the app it names could remove someone else's.
      if (machine) await remove(app, machine);
    },
  };
}

function lazyClients(settings: FlyDeployerSettings) {
  // Created on first use, so that a deployer without a token can sit in a chain and fail only when tried.
  let clients: { machines: ApiClient; platform: ApiClient } | undefined;
  return () => {
    if (clients) return clients;
    const token = requireToken(settings.token, 'FLY_API_TOKEN', 'Fly.io');
    const common = {
      platform: 'Fly.io',
      tokenEnv: 'FLY_API_TOKEN',
      authorization: token.startsWith('FlyV1 ') ? token : `Bearer ${token}`,
      fetch: settings.fetch,
    };
    clients = {
      machines: createApiClient({ ...common, baseUrl: settings.baseUrl ?? 'https://api.machines.dev/v1' }),
      platform: createApiClient({ ...common, baseUrl: settings.platformUrl ?? 'https://api.fly.io' }),
    };
    return clients;
  };
}

/** Deployment ids name both the app and the machine, since every Machines API path needs both. */
function parseId(id: string): { app: string; machine: string } {
  const [app = '', machine = ''] = id.split(':');
  return { app, machine };
}

/** Where the runtime images keep their dependency set, and where the project's files are delivered. */
const WORKDIR = '/workspace';

/** The Machines API's `files`: each written at `guest_path` before the machine's command starts. */
function machineFiles(files: Readonly<Record<string, Uint8Array>>) {
  return Object.entries(files)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([path, content]) => ({
      guest_path: `${WORKDIR}/${path}`,
      raw_value: Buffer.from(content).toString('base64'),
    }));
}

function machineRequest(
  image: { image: string; files?: unknown[]; init?: { cmd: string[] } },
  region: string | undefined,
  env: Readonly<Record<string, string>> | undefined,
): Record<string, unknown> {
  return {
    ...(region ? { region } : {}),
    config: {
      ...image,
      env: { ...env, PORT: String(INTERNAL_PORT) },
      services: [
        {
          protocol: 'tcp',
          internal_port: INTERNAL_PORT,
          ports: [
            { port: 443, handlers: ['tls', 'http'] },
            { port: 80, handlers: ['http'], force_https: true },
          ],
        },
      ],
      checks: {
        healthz: {
          type: 'http',
          port: INTERNAL_PORT,
          method: 'GET',
          path: '/healthz',
          interval: '15s',
          timeout: '5s',
          grace_period: '10s',
        },
      },
    },
  };
}

/**
 * Polls the machine's state and logs while a deploy waits on it: `gone` settles when it stops (a crash
 * at boot, a failed build step in the image's command), and new log lines reach `onLog`.
 */
function watchMachine(
  machines: ApiClient,
  id: string,
  options: {
    intervalMs: number;
    signal?: AbortSignal;
    logs: (id: string, signal?: AbortSignal) => Promise<readonly string[]>;
    onLog?: (line: string) => void;
  },
) {
  const { app, machine } = parseId(id);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const forward = logForwarder(options.onLog);
  let markGone: () => void = () => undefined;
  const gone = new Promise<void>((resolve) => (markGone = resolve));
  const loop = (async () => {
    while (!signal.aborted) {
      forward(await options.logs(id, signal));
      const { data } = await machines<{ state: string }>(`/apps/${app}/machines/${machine}`, { signal });
      if (GONE_STATES.has(data.state)) return markGone();
      await sleep(options.intervalMs, signal);
    }
  })().catch(() => undefined);
  return {
    gone,
    stop: async () => {
      stop.abort();
      await loop;
      // Lines written between the last poll and now (the app's start-up message) are still owed.
      forward(await options.logs(id, options.signal).catch(() => []));
    },
  };
}

/** Fly's wait endpoint holds for at most 60 s (408 after), so it is called until the deploy's deadline. */
async function waitStarted(
  machines: ApiClient,
  id: string,
  options: {
    deadline: number;
    gone: Promise<void>;
    signal?: AbortSignal;
    logs: (id: string) => Promise<readonly string[]>;
  },
): Promise<void> {
  const { app, machine } = parseId(id);
  // A machine that stops before `started` never satisfies the wait, which would then hold for its full
  // timeout: the watcher's `gone` aborts the held request instead.
  const goneWatch = new AbortController();
  void options.gone.then(() => goneWatch.abort());
  const waitSignal = options.signal ? AbortSignal.any([options.signal, goneWatch.signal]) : goneWatch.signal;
  const outcome = await pollUntil(
    async () => {
      if (goneWatch.signal.aborted) return 'gone';
      const seconds = Math.min(60, Math.max(1, Math.ceil((options.deadline - Date.now()) / 1000)));
      try {
        const response = await machines(`/apps/${app}/machines/${machine}/wait`, {
          query: { state: 'started', timeout: String(seconds) },
          accept: [408],
          signal: waitSignal,
        });
        return response.status === 408 ? undefined : 'started';
      } catch (error) {
        if (goneWatch.signal.aborted && !options.signal?.aborted) return 'gone';
        throw error;
      }
    },
    { intervalMs: 0, deadline: options.deadline, signal: options.signal },
  );
  if (outcome === 'started') return;
  const logTail = tailOf(await options.logs(id).catch(() => []));
  if (outcome === 'gone') {
    throw new DeployFailedError(`The Fly machine ${id} stopped before it started; see details.logTail.`, {
      details: { logTail },
    });
  }
  throw new DeployTimeoutError(`The Fly machine ${id} did not reach started in time.`, {
    details: { logTail },
  });
}
