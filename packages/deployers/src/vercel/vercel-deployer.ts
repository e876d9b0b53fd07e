import { createApiClient, type ApiClient } from '../cloud/api-client.js';
import {
  deploymentAt,
  logForwarder,
  requireHealthy,
  requireToken,
  tailOf,
  type CloudDeployerSettings,
} from '../cloud/cloud-deployer.js';
import { chooseDatabase, type DatabaseSettings } from '../cloud/database-url.js';
import { pollUntil } from '../cloud/poll.js';
import type { DeployableProject, Deployer, Deployment, DeploymentState, DeployOptions } from '../deployer.js';
import { DeployFailedError, DeployTimeoutError } from '../errors.js';
import { hashProjectFiles, missingFiles, uploadFiles, type VercelFile } from './vercel-files.js';

export interface VercelDeployerSettings extends CloudDeployerSettings, DatabaseSettings {
  /** Default: `VERCEL_TOKEN`. */
  readonly token?: string;
  /** Deploy on behalf of this team (`teamId` on every call). */
  readonly teamId?: string;
  /** Deploy into this existing project; by default a project named after the API is used or created. */
  readonly projectName?: string;
  /** `production` (default) or `preview`. Preview URLs are often behind Vercel's deployment protection. */
  readonly target?: 'production' | 'preview';
  /** Turns the deployment's host (`api-abc123.vercel.app`) into its base URL. Tests point it at a fake. */
  readonly urlForHost?: (host: string) => string;
}

/** `readyState` values after which a deployment no longer changes. */
const FINAL_STATES = new Set(['READY', 'ERROR', 'CANCELED']);
const STATE_OF: Record<string, DeploymentState> = {
  QUEUED: 'starting',
  INITIALIZING: 'starting',
  BUILDING: 'starting',
  READY: 'live',
  ERROR: 'failed',
  CANCELED: 'stopped',
};

interface VercelDeploymentResponse {
  readonly id: string;
  readonly url: string;
  readonly readyState: string;
  readonly errorMessage?: string;
  readonly errorCode?: string;
}

/**
 * Deploys to Vercel through its REST API: the project found or created, the app's env vars
 * (`DATABASE_URL` among them: functions keep nothing between invocations) set on it, files uploaded
 * by SHA1, a deployment created from the file list, its build polled to READY or ERROR, then the app
 * health-checked. The scaffold's `vercel.json` tells Vercel how to serve the API as a function; this
 * adapter passes the project's build command.
 */
export function createVercelDeployer(settings: VercelDeployerSettings = {}): Deployer {
  const pollIntervalMs = settings.pollIntervalMs ?? 2_000;
  // Vercel serves HTTPS; a loopback host (a local stand-in of the platform) plain HTTP.
  const urlForHost =
    settings.urlForHost ??
    ((host) => (/^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host) ? `http://${host}` : `https://${host}`));
  // Created on first use, so that a deployer without a token can sit in a chain and fail only when tried.
  let client: ApiClient | undefined;
  const api: ApiClient = (path, request) => {
    client ??= createApiClient({
      platform: 'Vercel',
      tokenEnv: 'VERCEL_TOKEN',
      baseUrl: settings.baseUrl ?? 'https://api.vercel.com',
      authorization: `Bearer ${requireToken(settings.token, 'VERCEL_TOKEN', 'Vercel')}`,
      fetch: settings.fetch,
      query: { teamId: settings.teamId },
    });
    return client(path, request);
  };

  const logs = async (id: string, signal?: AbortSignal): Promise<readonly string[]> => {
    const response = await api<unknown>(`/v3/deployments/${encodeURIComponent(id)}/events`, {
      query: { direction: 'forward', limit: '-1' },
      accept: [404],
      signal,
    });
    return response.status === 404 ? [] : eventLines(response.data);
  };

  const destroy = async (id: string): Promise<void> => {
    await api(`/v13/deployments/${encodeURIComponent(id)}`, { method: 'DELETE', accept: [404] });
  };

  async function deploy(project: DeployableProject, options: DeployOptions = {}): Promise<Deployment> {
    const { signal } = options;
    const deadline = Date.now() + (settings.timeoutMs ?? 10 * 60_000);
    // A missing token is the first thing to fix, so it is reported before the database choice.
    requireToken(settings.token, 'VERCEL_TOKEN', 'Vercel');
    const database = chooseDatabase('Vercel', project, settings, options);
    const projectName = settings.projectName ?? project.name;
    const target = settings.target ?? 'production';
    await ensureProject(api, projectName, signal);
    // Deployments read the project's env vars for their target: DATABASE_URL and the app's secrets.
    await setProjectEnv(api, projectName, target, database.env, signal);
    const files = await hashProjectFiles(project.dir);
    const created = await createDeployment(
      api,
      deploymentBody(project, files, projectName, target),
      files,
      signal,
    );
    try {
      const forward = logForwarder(options.onLog);
      const final = await pollUntil(
        async () => {
          const current = await api<VercelDeploymentResponse>(`/v13/deployments/${created.id}`, { signal });
          forward(await logs(created.id, signal));
          return FINAL_STATES.has(current.data.readyState) ? current.data : undefined;
        },
        { intervalMs: pollIntervalMs, deadline, signal },
      );
      if (!final) {
        throw new DeployTimeoutError(`The Vercel build of ${project.name} did not finish in time.`, {
          details: { logTail: tailOf(await logs(created.id, signal)) },
        });
      }
      if (final.readyState !== 'READY') {
        const why = final.errorMessage ? `: ${final.errorMessage}` : '';
        throw new DeployFailedError(
          `The Vercel deployment of ${project.name} ended ${final.readyState}${why}; see details.logTail.`,
          {
            details: {
              readyState: final.readyState,
              errorCode: final.errorCode,
              logTail: tailOf(await logs(created.id, signal)),
            },
          },
        );
      }
      const url = urlForHost(created.url);
      await requireHealthy(project.name, url, {
        deadline,
        intervalMs: Math.min(pollIntervalMs, 250),
        signal,
        logs: () => logs(created.id),
      });
      const deployment = deploymentAt('vercel', created.id, url);
      return database.ephemeral ? { ...deployment, ephemeral: true } : deployment;
    } catch (error) {
      // The caller never learns this deployment's id, so nobody else could clean it up.
      await destroy(created.id).catch(() => undefined);
      throw error;
    }
  }

  return {
    specificationVersion: 'v1',
    provider: 'vercel',
    deploy,
    status: async (id) => {
      const response = await api<VercelDeploymentResponse>(`/v13/deployments/${encodeURIComponent(id)}`, {
        accept: [404],
      });
      return response.status === 404 ? 'stopped' : (STATE_OF[response.data.readyState] ?? 'starting');
    },
    logs: (id) => logs(id),
    destroy,
  };
}

function deploymentBody(
  project: DeployableProject,
  files: readonly VercelFile[],
  projectName: string,
  target: string,
): Record<string, unknown> {
  return {
    name: projectName,
    project: projectName,
    target,
    files: files.map(({ file, sha, size }) => ({ file, sha, size })),
    projectSettings: {
      framework: null,
      buildCommand: project.build ? shellCommand(project.build.command, project.build.args) : null,
    },
  };
}

/** Finds the project by name (`GET /v9/projects/{name}`), creating it (`POST /v11/projects`) if missing. */
async function ensureProject(api: ApiClient, name: string, signal: AbortSignal | undefined): Promise<void> {
  const found = await api(`/v9/projects/${encodeURIComponent(name)}`, { accept: [404], signal });
  if (found.status !== 404) return;
  await api('/v11/projects', { method: 'POST', json: { name, framework: null }, signal });
}

/** Upserts the env vars (`POST /v10/projects/{name}/env?upsert=true`), encrypted, for the target. */
async function setProjectEnv(
  api: ApiClient,
  name: string,
  target: string,
  env: Readonly<Record<string, string>>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const entries = Object.entries(env);
  if (entries.length === 0) return;
  await api(`/v10/projects/${encodeURIComponent(name)}/env`, {
    method: 'POST',
    query: { upsert: 'true' },
    json: entries.map(([key, value]) => ({ key, value, type: 'encrypted', target: [target] })),
    signal,
  });
}

/**
 * Creates the deployment, first without uploading anything: Vercel answers `missing_files` with the
 * SHAs it lacks, and only those are uploaded before trying again.
 */
async function createDeployment(
  api: ApiClient,
  body: Record<string, unknown>,
  files: readonly VercelFile[],
  signal: AbortSignal | undefined,
): Promise<VercelDeploymentResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await api<VercelDeploymentResponse>('/v13/deployments', {
        method: 'POST',
        json: body,
        signal,
      });
      return response.data;
    } catch (error) {
      const missing = missingFiles(error);
      // A second missing_files after uploading means the uploads did not land; retrying would loop.
      if (!missing || attempt > 0) throw error;
      await uploadFiles(
        api,
        files.filter((file) => missing.has(file.sha)),
        signal,
      );
    }
  }
}

/** Build-log lines from the events endpoint; events carry their text in `payload.text` (older: `text`). */
function eventLines(events: unknown): string[] {
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: { text?: unknown; payload?: { text?: unknown } }) => {
    const text = event.payload?.text ?? event.text;
    return typeof text === 'string' ? text.split('\n') : [];
  });
}

/** Vercel runs the build command through a shell, so each word is quoted when it needs to be. */
function shellCommand(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}
