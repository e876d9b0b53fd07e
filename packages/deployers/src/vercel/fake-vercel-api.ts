import { createHash, randomBytes } from 'node:crypto';
import type { SandboxProvider } from '@smartapiforge/sandbox';
import { FakeApiServer, type FakeReply, type RecordedRequest } from '../testing/fake-api-server.js';
import { startFakeApp, type FakeApp } from '../testing/fake-app-runtime.js';

export interface FakeVercelOptions {
  readonly token: string;
  /** Runs each deployment's build and app. */
  readonly sandboxes: SandboxProvider;
  /**
   * How the fake serves a built project; real Vercel reads that from the project's `vercel.json`,
   * which the fixture API has no need of.
   */
  readonly start: { readonly command: string; readonly args: readonly string[] };
}

interface FakeDeployment {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly app: FakeApp;
}

const READY_STATE = { building: 'BUILDING', running: 'READY', exited: 'READY', failed: 'ERROR' } as const;

const error = (status: number, code: string, message: string, extra: object = {}): FakeReply => ({
  status,
  body: { error: { code, message, ...extra } },
});

/**
 * A loopback Vercel REST API: `/v2/files`, `/v13/deployments`, `/v3/deployments/{id}/events`, with its
 * error format, checked digests and the `missing_files` answer. Deployments really build and run (in
 * sandboxes); their host is the app's loopback address, so tests use `urlForHost: (h) => 'http://' + h`.
 * Unlike real Vercel, the app's runtime output also lands in the events, which stand in for logs here.
 */
export async function startFakeVercelApi(options: FakeVercelOptions) {
  const blobs = new Map<string, Buffer>();
  const deployments = new Map<string, FakeDeployment>();

  const route = async (request: RecordedRequest, json: () => unknown): Promise<FakeReply> => {
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return error(403, 'forbidden', 'Not authorized', { invalidToken: true });
    }
    const [, version, resource, id, sub] = request.path.split('/');
    const deployment = id === undefined ? undefined : deployments.get(id);
    const key = `${request.method} /${version}/${resource}${id === undefined ? '' : '/:id'}${sub ? `/${sub}` : ''}`;
    switch (key) {
      case 'POST /v2/files':
        return upload(request);
      case 'POST /v13/deployments':
        return create(json() as Record<string, unknown>);
      case 'GET /v13/deployments/:id':
        return deployment ? { status: 200, body: describe(deployment) } : notFound();
      case 'GET /v3/deployments/:id/events':
        return deployment ? { status: 200, body: events(deployment) } : notFound();
      case 'DELETE /v13/deployments/:id':
        if (!deployment) return notFound();
        deployments.delete(deployment.id);
        await deployment.app.stop();
        return { status: 200, body: { uid: deployment.id, state: 'DELETED' } };
      default:
        return error(404, 'not_found', `No route for ${key}`);
    }
  };

  function upload(request: RecordedRequest): FakeReply {
    const sha = createHash('sha1').update(request.body).digest('hex');
    if (request.headers['x-vercel-digest'] !== sha) {
      return error(400, 'incorrect_file_digest', 'The file SHA does not match its content');
    }
    if (Number(request.headers['content-length']) !== request.body.byteLength) {
      return error(400, 'incorrect_file_size', 'The file size does not match Content-Length');
    }
    blobs.set(sha, request.body);
    return { status: 200, body: {} };
  }

  async function create(body: Record<string, unknown>): Promise<FakeReply> {
    const files = body.files as { file: string; sha: string; size: number }[];
    const missing = files.filter((file) => !blobs.has(file.sha)).map((file) => file.sha);
    if (missing.length > 0) return error(400, 'missing_files', 'Missing files', { missing });
    const buildCommand = (body.projectSettings as { buildCommand?: string | null } | undefined)?.buildCommand;
    const app = await startFakeApp(options.sandboxes, {
      files: Object.fromEntries(files.map((file) => [file.file, blobs.get(file.sha)!])),
      ...(buildCommand ? { build: { command: 'sh', args: ['-c', buildCommand] } } : {}),
      start: options.start,
      env: body.env as Record<string, string> | undefined,
    });
    const deployment = { id: `dpl_${randomBytes(6).toString('hex')}`, body, app };
    deployments.set(deployment.id, deployment);
    return { status: 200, body: { ...describe(deployment), readyState: 'QUEUED' } };
  }

  function describe({ id, body, app }: FakeDeployment) {
    const readyState = app.state === 'stopped' ? 'CANCELED' : READY_STATE[app.state];
    return {
      id,
      name: body.name,
      url: new URL(app.url).host,
      readyState,
      target: body.target ?? null,
      ...(readyState === 'ERROR' ? { errorCode: 'build_failed', errorMessage: 'Command exited with 2' } : {}),
    };
  }

  function events({ id, app }: FakeDeployment) {
    return app.logs.lines().map((text, serial) => ({
      type: 'stdout',
      created: Date.now(),
      payload: { deploymentId: id, id: `${id}-${serial}`, serial: String(serial), text },
    }));
  }

  const notFound = () => error(404, 'not_found', 'The deployment was not found');

  const server = await new FakeApiServer(route).listen();
  return {
    server,
    /** SHAs already stored, as for files uploaded by an earlier deploy. */
    blobs,
    deployments,
    close: async () => {
      await Promise.all([...deployments.values()].map((deployment) => deployment.app.stop()));
      await server.close();
    },
  };
}

export type FakeVercelApi = Awaited<ReturnType<typeof startFakeVercelApi>>;
