import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { CreateSandboxOptions, Sandbox, SandboxProvider } from '../sandbox-provider.js';
import type { NorthflankLogLine } from './log-lines.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

/** Northflank's documented patterns for a job's name and an external image path. */
const JOB_NAME = /^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$/;
const IMAGE_PATH =
  /^(?:(?:https?:\/\/)?([a-zA-Z0-9-]+\.[a-zA-Z0-9.-]+)(\/v1)?)?(?:\/)?([a-zA-Z/-9._-]+)(?::([a-zA-Z/-9._:-]+)|@([a-zA-Z/-9._:-]+))$/;

export interface FakeNorthflankOptions {
  readonly token?: string;
  /**
   * The images this fake's registry serves, by image path: the backing sandbox options (root
   * filesystem, mounts) that reproduce each image's contents. A run of any other image fails as an
   * image pull would. Default: `node:20-bookworm-slim` as a plain sandbox.
   */
  readonly images?: Readonly<Record<string, CreateSandboxOptions>>;
}

interface FakeJob {
  readonly image: string;
  readonly runs: Map<string, FakeRun>;
}

interface FakeRun {
  readonly logs: NorthflankLogLine[];
  status: 'RUNNING' | 'SUCCESS' | 'FAILED';
  box?: Promise<Sandbox>;
}

/**
 * A loopback stand-in for the Northflank REST API v1 (jobs, runs, logs), speaking its wire format:
 * bearer auth, `{ data }` replies, `{ error: { status, message } }` failures. Each job run executes its
 * custom command for real in a fresh sandbox of `backing` (a fresh container, as on Northflank), and
 * its output becomes container-runtime log lines (`stdout F text`).
 */
export async function startFakeNorthflank(backing: SandboxProvider, options: FakeNorthflankOptions = {}) {
  const token = options.token ?? 'nf-token';
  const images = options.images ?? { 'node:20-bookworm-slim': {} };
  const requests: RecordedRequest[] = [];
  const failures: { pattern: RegExp; status: number; retryAfter?: string }[] = [];
  const jobs = new Map<string, FakeJob>();
  let nextId = 1;

  const routes: [string, RegExp, (match: RegExpExecArray, body: Record<string, unknown>) => unknown][] = [
    [
      'POST',
      /^\/v1\/projects\/[^/]+\/jobs\/manual$/,
      (_match, body) => {
        const name = String(body.name ?? '');
        const imagePath = (body.deployment as { external?: { imagePath?: unknown } } | undefined)?.external
          ?.imagePath;
        const plan = (body.billing as { deploymentPlan?: unknown } | undefined)?.deploymentPlan;
        if (!JOB_NAME.test(name) || name.length < 3 || name.length > 52) return invalid('name', name);
        if (typeof plan !== 'string') return invalid('billing.deploymentPlan', plan);
        if (typeof imagePath !== 'string' || !IMAGE_PATH.test(imagePath)) {
          return invalid('deployment.external.imagePath', imagePath);
        }
        const id = `job-${nextId++}`;
        jobs.set(id, { image: imagePath, runs: new Map() });
        return { id, name };
      },
    ],
    [
      'POST',
      /^\/v1\/projects\/[^/]+\/jobs\/([^/]+)\/runs$/,
      (match, body) => {
        const job = jobs.get(match[1]!);
        if (!job) return notFound();
        const id = `run-${nextId++}`;
        const deployment = body.deployment as { docker: { customCommand: string } };
        const contents = Object.hasOwn(images, job.image) ? images[job.image] : undefined;
        job.runs.set(
          id,
          contents
            ? execute(
                backing,
                contents,
                deployment.docker.customCommand,
                body.runtimeEnvironment as Record<string, string>,
              )
            : pullFailure(job.image),
        );
        return { id, runName: id };
      },
    ],
    [
      'GET',
      /^\/v1\/projects\/[^/]+\/jobs\/([^/]+)\/runs\/([^/]+)$/,
      (match) => {
        const run = jobs.get(match[1]!)?.runs.get(match[2]!);
        if (!run) return notFound();
        return { id: match[2], status: run.status, concluded: run.status !== 'RUNNING' };
      },
    ],
    [
      'GET',
      /^\/v1\/projects\/[^/]+\/jobs\/([^/]+)\/logs\?runId=([^&]+)/,
      (match) => {
        const run = jobs.get(match[1]!)?.runs.get(match[2]!);
        return run ? [...run.logs] : notFound();
      },
    ],
    [
      'DELETE',
      /^\/v1\/projects\/[^/]+\/jobs\/([^/]+)\/runs\/([^/]+)$/,
      async (match) => {
        const run = jobs.get(match[1]!)?.runs.get(match[2]!);
        if (!run) return notFound();
        await abortRun(run);
        return {};
      },
    ],
    [
      'DELETE',
      /^\/v1\/projects\/[^/]+\/jobs\/([^/]+)$/,
      async (match) => {
        const job = jobs.get(match[1]!);
        if (!job) return notFound();
        jobs.delete(match[1]!);
        await Promise.all([...job.runs.values()].map(abortRun));
        return {};
      },
    ],
  ];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: Error) =>
      reply(res, 500, { error: { status: 500, message: error.message } }),
    );
  });
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const path = req.url ?? '/';
    requests.push({
      method: req.method!,
      path,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    if (req.headers.authorization !== `Bearer ${token}`) {
      return reply(res, 401, { error: { status: 401, message: 'Unauthorized' } });
    }
    const failure = failures.findIndex((entry) => entry.pattern.test(`${req.method} ${path}`));
    if (failure >= 0) {
      const [entry] = failures.splice(failure, 1);
      return reply(
        res,
        entry!.status,
        { error: { status: entry!.status, message: 'injected failure' } },
        entry!.retryAfter,
      );
    }
    for (const [method, pattern, route] of routes) {
      const match = method === req.method ? pattern.exec(path) : null;
      if (!match) continue;
      const data = await route(match, body ?? {});
      if (data === NOT_FOUND) return reply(res, 404, { error: { status: 404, message: 'Not found' } });
      if (data instanceof InvalidField) {
        return reply(res, 400, {
          error: { status: 400, message: data.message, details: { [data.field]: [data.message] } },
        });
      }
      return reply(res, 200, { data });
    }
    return reply(res, 404, { error: { status: 404, message: `No route for ${req.method} ${path}` } });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests,
    /** The next request matching `METHOD path` fails with this status (once per call). */
    failNext(pattern: RegExp, status: number, retryAfter?: string) {
      failures.push({ pattern, status, retryAfter });
    },
    async close() {
      await Promise.all([...jobs.values()].flatMap((job) => [...job.runs.values()].map(abortRun)));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const NOT_FOUND = Symbol('not found');
const CRI_MAX_LINE = 16 * 1024;
const notFound = () => NOT_FOUND;

class InvalidField {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
}
const invalid = (field: string, value: unknown) =>
  new InvalidField(field, `Validation failed: ${field} ${JSON.stringify(value)} does not match the schema`);

/** A run of an image the registry does not have: Kubernetes never starts the container. */
function pullFailure(image: string): FakeRun {
  return {
    status: 'FAILED',
    logs: [{ log: `stderr F Failed to pull image "${image}": not found`, ts: new Date().toISOString() }],
  };
}

function reply(res: ServerResponse, status: number, body: unknown, retryAfter?: string) {
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(retryAfter ? { 'retry-after': retryAfter } : {}),
  });
  res.end(JSON.stringify(body));
}

function execute(
  backing: SandboxProvider,
  contents: CreateSandboxOptions,
  command: string,
  env: Record<string, string>,
): FakeRun {
  const run: FakeRun = { logs: [], status: 'RUNNING' };
  const streams = { stdout: '', stderr: '' };
  const emit = (stream: 'stdout' | 'stderr', chunk: string) => {
    const lines = (streams[stream] + chunk).split('\n');
    streams[stream] = lines.pop()!;
    for (const line of lines) run.logs.push({ log: `${stream} F ${line}`, ts: new Date().toISOString() });
    // Like containerd, a line longer than 16 KiB is logged in partial (P) pieces.
    if (streams[stream].length >= CRI_MAX_LINE) {
      run.logs.push({ log: `${stream} P ${streams[stream]}`, ts: new Date().toISOString() });
      streams[stream] = '';
    }
  };
  run.box = backing.create(contents);
  void run.box
    .then(async (box) => {
      const result = await box.exec('sh', ['-c', command], {
        env,
        onStdout: (chunk) => emit('stdout', chunk),
        onStderr: (chunk) => emit('stderr', chunk),
      });
      for (const stream of ['stdout', 'stderr'] as const) {
        if (streams[stream])
          run.logs.push({ log: `${stream} P ${streams[stream]}`, ts: new Date().toISOString() });
      }
      if (run.status === 'RUNNING') run.status = result.exitCode === 0 ? 'SUCCESS' : 'FAILED';
      await box.destroy();
    })
    .catch(() => {
      run.status = 'FAILED';
    });
  return run;
}

async function abortRun(run: FakeRun) {
  if (run.status === 'RUNNING') run.status = 'FAILED';
  await (await run.box?.catch(() => undefined))?.destroy();
}
