import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { posix } from 'node:path';
import type { CreateSandboxOptions, Sandbox, SandboxProvider } from '@smartapiforge/sandbox';
import { LogBuffer } from '../local/log-buffer.js';
import { FakeApiServer, type FakeReply, type RecordedRequest } from '../testing/fake-api-server.js';
import { NODE_HARNESS, PYTHON_HARNESS, splitInvocationOutput } from './function-harness.js';

export interface FakeVercelOptions {
  readonly token: string;
  /** Runs each deployment's build and its function invocations. */
  readonly sandboxes: SandboxProvider;
  /**
   * What Vercel's build image holds per runtime once the project's dependencies are installed: the
   * backing sandbox options (root filesystem, dependency mounts). Default: `node20-express` as a plain
   * sandbox (the host's node, no packages). A project whose functions need a runtime not listed fails
   * its build, as an install would without the registry.
   */
  readonly runtimes?: Readonly<Partial<Record<string, CreateSandboxOptions>>>;
}

interface FakeProject {
  readonly id: string;
  readonly name: string;
  readonly env: Map<string, { value: string; type: string; target: string[] }>;
}

interface FakeDeployment {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly logs: LogBuffer;
  state: 'BUILDING' | 'READY' | 'ERROR' | 'CANCELED';
  url: string;
  sandbox?: Sandbox;
  server?: Server;
  config?: VercelJson;
  functions: readonly string[];
  /** Instances started so far; each gets its own request slot. */
  instances: number;
  /** The instance started ahead of the next request, per function. */
  readonly warm: Map<
    string,
    Promise<{
      requestFile: string;
      output: Promise<{ code: number | null; stdout: string; stderr: string }>;
      kill(): Promise<void>;
    }>
  >;
}

interface VercelJson {
  readonly functions?: Record<string, { includeFiles?: string }>;
  readonly rewrites?: { source: string; destination: string }[];
}

const ENV_TYPES = new Set(['system', 'secret', 'encrypted', 'plain', 'sensitive']);
const TARGETS = new Set(['production', 'preview', 'development']);
/** Vercel Functions' documented cap on a request or response body: 4.5 MB. */
const FUNCTION_PAYLOAD_LIMIT = 4.5 * 1000 * 1000;
/** Where a deployment's functions are assembled, inside its sandbox's workspace. */
const OUTPUT = '.vercel/output';

const error = (status: number, code: string, message: string, extra: object = {}): FakeReply => ({
  status,
  body: { error: { code, message, ...extra } },
});

/**
 * A loopback Vercel REST API: projects (`/v9`, `/v11`), project env vars (`/v10/projects/{id}/env`),
 * `/v2/files`, `/v13/deployments`, `/v3/deployments/{id}/events`, with its error format, checked
 * digests and the `missing_files` answer. A deployment installs (the runtime's dependency set),
 * runs the build command, compiles its functions (vercel.json's `functions`, or `api/`) with their
 * `includeFiles`, and then serves every request by a fresh function instance: a new process that
 * imports the entry and handles that one request, so nothing in memory survives between requests;
 * only a database does. Deployments get the project's env vars for their target. Their host is a
 * loopback address, so tests use `urlForHost: (h) => 'http://' + h`. The events list holds the
 * build log and, unlike Vercel's, the invocations' output.
 */
export async function startFakeVercelApi(options: FakeVercelOptions) {
  const runtimes = options.runtimes ?? { 'node20-express': {} };
  const blobs = new Map<string, Buffer>();
  const projects = new Map<string, FakeProject>();
  const deployments = new Map<string, FakeDeployment>();

  const route = async (request: RecordedRequest, json: () => unknown): Promise<FakeReply> => {
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return error(403, 'forbidden', 'Not authorized', { invalidToken: true });
    }
    const [, version, resource, id, sub] = request.path.split('/');
    const deployment = id === undefined ? undefined : deployments.get(id);
    const key = `${request.method} /${version}/${resource}${id === undefined ? '' : '/:id'}${sub ? `/${sub}` : ''}`;
    switch (key) {
      case 'GET /v9/projects/:id': {
        const project = findProject(id!);
        return project ? { status: 200, body: { id: project.id, name: project.name } } : projectNotFound();
      }
      case 'POST /v11/projects':
        return createProject(json() as { name?: unknown });
      case 'POST /v10/projects/:id/env':
        return upsertEnv(id!, json(), request.query.get('upsert') === 'true');
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
        await stop(deployment);
        return { status: 200, body: { uid: deployment.id, state: 'DELETED' } };
      default:
        return error(404, 'not_found', `No route for ${key}`);
    }
  };

  const findProject = (idOrName: string) =>
    projects.get(idOrName) ?? [...projects.values()].find((project) => project.id === idOrName);

  function createProject(body: { name?: unknown }): FakeReply {
    const name = String(body.name ?? '');
    if (!/^[a-z0-9._-]{1,100}$/.test(name) || name.includes('---')) {
      return error(400, 'bad_request', `Invalid project name "${name}"`);
    }
    if (projects.has(name)) return error(409, 'conflict', `Project "${name}" already exists`);
    const project: FakeProject = { id: `prj_${randomBytes(8).toString('hex')}`, name, env: new Map() };
    projects.set(name, project);
    return { status: 200, body: { id: project.id, name } };
  }

  function upsertEnv(idOrName: string, body: unknown, upsert: boolean): FakeReply {
    const project = findProject(idOrName);
    if (!project) return projectNotFound();
    const entries = Array.isArray(body) ? body : [body];
    const created: unknown[] = [];
    for (const entry of entries as { key?: unknown; value?: unknown; type?: unknown; target?: unknown }[]) {
      const target = Array.isArray(entry.target) ? entry.target.map(String) : [];
      if (
        typeof entry.key !== 'string' ||
        typeof entry.value !== 'string' ||
        !ENV_TYPES.has(String(entry.type)) ||
        target.length === 0 ||
        !target.every((name) => TARGETS.has(name))
      ) {
        return error(400, 'bad_request', 'Each env var needs key, value, type and target');
      }
      if (project.env.has(entry.key) && !upsert) {
        return error(400, 'ENV_ALREADY_EXISTS', `A variable with the name \`${entry.key}\` already exists`);
      }
      project.env.set(entry.key, { value: entry.value, type: String(entry.type), target });
      created.push({ key: entry.key, type: entry.type, target });
    }
    return { status: 201, body: { created, failed: [] } };
  }

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
    if (!Array.isArray(files)) return error(400, 'bad_request', 'files must be a list');
    const missing = files.filter((file) => !blobs.has(file.sha)).map((file) => file.sha);
    if (missing.length > 0) return error(400, 'missing_files', 'Missing files', { missing });
    const target = String(body.target ?? 'preview');
    const project = findProject(String(body.project ?? body.name ?? ''));
    const env: Record<string, string> = { VERCEL: '1', VERCEL_ENV: target };
    for (const [key, variable] of project?.env ?? [])
      if (variable.target.includes(target)) env[key] = variable.value;
    const deployment: FakeDeployment = {
      id: `dpl_${randomBytes(6).toString('hex')}`,
      body,
      logs: new LogBuffer(1000),
      state: 'BUILDING',
      url: '',
      functions: [],
      instances: 0,
      warm: new Map(),
    };
    deployments.set(deployment.id, deployment);
    await listen(deployment, env);
    const contents = Object.fromEntries(files.map((file) => [file.file, blobs.get(file.sha)!]));
    void build(deployment, contents, env).catch((cause: Error) => {
      deployment.logs.push(`Error: ${cause.message}`);
      if (deployment.state === 'BUILDING') deployment.state = 'ERROR';
    });
    return { status: 200, body: { ...describe(deployment), readyState: 'QUEUED' } };
  }

  /** Install, build, assemble the functions: the deployment is READY only when all of it worked. */
  async function build(
    deployment: FakeDeployment,
    files: Record<string, Uint8Array>,
    env: Record<string, string>,
  ) {
    const config = JSON.parse(Buffer.from(files['vercel.json'] ?? '{}').toString()) as VercelJson;
    const entries = Object.keys(config.functions ?? {});
    const functionFiles =
      entries.length > 0 ? entries : Object.keys(files).filter((file) => file.startsWith('api/'));
    const python = functionFiles.some((file) => file.endsWith('.py'));
    const runtime = python ? 'python-fastapi' : 'node20-express';
    const contents = runtimes[runtime];
    if (!contents)
      throw new Error(`no ${runtime} build image in this fake: its dependencies cannot be installed`);
    const sandbox = await options.sandboxes.create(contents);
    deployment.sandbox = sandbox;
    if (deployment.state !== 'BUILDING') return;
    await sandbox.writeFiles(files);
    const output = {
      onStdout: (c: string) => deployment.logs.write('stdout', c),
      onStderr: (c: string) => deployment.logs.write('stderr', c),
    };
    const buildCommand = (deployment.body.projectSettings as { buildCommand?: string | null } | undefined)
      ?.buildCommand;
    if (buildCommand) {
      deployment.logs.push(`Running "${buildCommand}"`);
      const built = await sandbox.exec('sh', ['-c', buildCommand], { ...output, env });
      if (built.exitCode !== 0) throw new Error(`Command "${buildCommand}" exited with ${built.exitCode}`);
    }
    const assemble = assembleScript(Object.keys(files), functionFiles, config, python);
    const assembled = await sandbox.exec('sh', ['-c', assemble], output);
    if (assembled.exitCode !== 0) throw new Error('Building the functions failed');
    await sandbox.writeFiles({
      '.vercel/harness.mjs': NODE_HARNESS,
      '.vercel/harness.py': PYTHON_HARNESS,
    });
    deployment.config = config;
    deployment.functions = functionFiles;
    deployment.logs.push(`Build Completed; functions: ${functionFiles.join(', ')}`);
    if (deployment.state === 'BUILDING') deployment.state = 'READY';
  }

  /** Each deployment answers on its own loopback port; every request is one fresh invocation. */
  async function listen(deployment: FakeDeployment, env: Record<string, string>) {
    const server = createServer((req, res) => {
      void invoke(deployment, env, req, res).catch((cause: Error) => {
        deployment.logs.push(`Error: ${cause.message}`);
        if (!res.headersSent) failInvocation(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    deployment.server = server;
    deployment.url = `127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  /**
   * A new function instance: a process that loads the entry, then waits for its one request. One is
   * kept started ahead of the next request, as Vercel keeps instances ready; none serves twice.
   */
  async function startInstance(deployment: FakeDeployment, env: Record<string, string>, entry: string) {
    const slot = deployment.instances++;
    const requestFile = `.vercel/requests/${slot}.json`;
    const python = entry.endsWith('.py');
    const [command, args] = python
      ? ['python3', ['../harness.py', entry.replace(/\.py$/, '').replace(/\//g, '.'), `../../${requestFile}`]]
      : [
          'node',
          [
            '--disable-wasm-trap-handler',
            '../harness.mjs',
            entry.replace(/\.ts$/, '.js'),
            `../../${requestFile}`,
          ],
        ];
    let stdout = '';
    let stderr = '';
    const process = await deployment.sandbox!.spawn(command, args as string[], {
      cwd: OUTPUT,
      env,
      onStdout: (chunk) => (stdout += chunk),
      onStderr: (chunk) => (stderr += chunk),
    });
    const output = process.exited.then((code) => ({ code, stdout, stderr }));
    output.catch(() => undefined);
    return { requestFile, output, kill: () => process.kill() };
  }

  async function invoke(
    deployment: FakeDeployment,
    env: Record<string, string>,
    req: IncomingMessage,
    res: ServerResponse,
  ) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).byteLength > FUNCTION_PAYLOAD_LIMIT) return payloadTooLarge(res);
    if (deployment.state !== 'READY' || !deployment.sandbox || !deployment.config) {
      res
        .writeHead(404, { 'x-vercel-error': 'DEPLOYMENT_NOT_FOUND' })
        .end('The deployment could not be found');
      return;
    }
    const entry = routeToFunction(deployment.config, req.url ?? '/', deployment.functions);
    if (!entry) {
      res.writeHead(404, { 'x-vercel-error': 'NOT_FOUND' }).end('The page could not be found');
      return;
    }
    const warm = deployment.warm.get(entry);
    deployment.warm.delete(entry);
    const instance = await (warm ?? startInstance(deployment, env, entry));
    const next = startInstance(deployment, env, entry);
    next.catch(() => undefined);
    deployment.warm.set(entry, next);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        ([name]) =>
          !['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive'].includes(name),
      ),
    );
    await deployment.sandbox.writeFiles({
      [instance.requestFile]: JSON.stringify({
        method: req.method,
        url: req.url,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks).toString('base64') : '',
      }),
    });
    const timeout = setTimeout(() => void instance.kill(), 60_000);
    const result = await instance.output.finally(() => clearTimeout(timeout));
    const { logs, response } = splitInvocationOutput(result.stdout);
    deployment.logs.write('stdout', logs);
    deployment.logs.write('stderr', result.stderr);
    if (result.code !== 0 || !response) return failInvocation(res);
    const parsed = JSON.parse(response) as { status: number; headers: [string, string][]; body: string };
    const body = Buffer.from(parsed.body, 'base64');
    if (body.byteLength > FUNCTION_PAYLOAD_LIMIT) return payloadTooLarge(res);
    for (const [name, value] of parsed.headers) {
      if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name))
        res.appendHeader(name, value);
    }
    res.writeHead(parsed.status).end(body);
  }

  async function stop(deployment: FakeDeployment) {
    deployment.state = deployment.state === 'BUILDING' ? 'CANCELED' : deployment.state;
    deployment.server?.closeAllConnections();
    await new Promise((resolve) => deployment.server?.close(resolve) ?? resolve(undefined));
    await deployment.sandbox?.destroy();
  }

  function describe({ id, body, url, state }: FakeDeployment) {
    return {
      id,
      name: body.name,
      url,
      readyState: state,
      target: body.target ?? null,
      ...(state === 'ERROR'
        ? { errorCode: 'build_failed', errorMessage: 'The build failed; see the build log' }
        : {}),
    };
  }

  function events({ id, logs }: FakeDeployment) {
    return logs.lines().map((text, serial) => ({
      type: 'stdout',
      created: Date.now(),
      payload: { deploymentId: id, id: `${id}-${serial}`, serial: String(serial), text },
    }));
  }

  const notFound = () => error(404, 'not_found', 'The deployment was not found');
  const projectNotFound = () => error(404, 'not_found', 'Project not found');

  const server = await new FakeApiServer(route).listen();
  return {
    server,
    /** SHAs already stored, as for files uploaded by an earlier deploy. */
    blobs,
    projects,
    deployments,
    close: async () => {
      await Promise.all([...deployments.values()].map(stop));
      await server.close();
    },
  };
}

export type FakeVercelApi = Awaited<ReturnType<typeof startFakeVercelApi>>;

function payloadTooLarge(res: ServerResponse) {
  res
    .writeHead(413, { 'content-type': 'text/plain', 'x-vercel-error': 'FUNCTION_PAYLOAD_TOO_LARGE' })
    .end('Request Entity Too Large\n\nFUNCTION_PAYLOAD_TOO_LARGE\n');
}

function failInvocation(res: ServerResponse) {
  res
    .writeHead(500, { 'content-type': 'text/plain', 'x-vercel-error': 'FUNCTION_INVOCATION_FAILED' })
    .end('A server error has occurred\n\nFUNCTION_INVOCATION_FAILED\n');
}

/** The function a request reaches: vercel.json's rewrites first, then the filesystem under api/. */
function routeToFunction(config: VercelJson, url: string, functions: readonly string[]): string | undefined {
  const path = new URL(url, 'http://fake').pathname;
  let target = path;
  for (const rewrite of config.rewrites ?? []) {
    if (new RegExp(`^${rewrite.source}$`).test(path)) {
      target = rewrite.destination;
      break;
    }
  }
  const wanted = target.replace(/^\//, '');
  return functions.find((file) => {
    const bare = file.replace(/\.(ts|mts|js|mjs|cjs|py)$/, '');
    return bare === wanted || bare === `${wanted}/index`;
  });
}

/**
 * A shell script that assembles the functions in .vercel/output, keeping paths: code files (TypeScript
 * compiled with the project's esbuild, as @vercel/node does), package.json, and each function's
 * `includeFiles`, matched against the uploaded files; a plain path is copied if the build made it.
 */
function assembleScript(
  files: readonly string[],
  functions: readonly string[],
  config: VercelJson,
  python: boolean,
): string {
  const code = python ? /\.py$/ : /\.(js|mjs|cjs)$/;
  const copies = new Set(files.filter((file) => code.test(file) && !file.startsWith('.vercel/')));
  if (files.includes('package.json')) copies.add('package.json');
  const literal: string[] = [];
  for (const entry of functions) {
    for (const pattern of expandBraces(config.functions?.[entry]?.includeFiles ?? '')) {
      if (!/[*?[]/.test(pattern)) literal.push(pattern);
      else for (const file of files) if (globToRegExp(pattern).test(file)) copies.add(file);
    }
  }
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const lines = [`set -e`, `mkdir -p ${OUTPUT}`];
  for (const file of copies)
    lines.push(
      `mkdir -p ${quote(posix.join(OUTPUT, posix.dirname(file)))} && cp ${quote(file)} ${quote(posix.join(OUTPUT, file))}`,
    );
  for (const path of literal)
    lines.push(
      `if [ -e ${quote(path)} ]; then mkdir -p ${quote(posix.join(OUTPUT, posix.dirname(path)))} && cp -R ${quote(path)} ${quote(posix.join(OUTPUT, path))}; fi`,
    );
  const typescript = files.filter(
    (file) =>
      /\.(ts|mts)$/.test(file) &&
      !file.endsWith('.d.ts') &&
      !/^(test|tests)\//.test(file) &&
      !file.startsWith('.vercel/'),
  );
  if (!python && typescript.length > 0) {
    lines.push(
      `node -e ${quote(`require('esbuild').buildSync({ entryPoints: ${JSON.stringify(typescript)}, outdir: '${OUTPUT}', outbase: '.', platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning' })`)}`,
    );
  }
  return lines.join('\n');
}

function expandBraces(pattern: string): string[] {
  const match = /\{([^{}]*)\}/.exec(pattern);
  if (!match) return pattern ? [pattern] : [];
  return match[1]!
    .split(',')
    .flatMap((part) =>
      expandBraces(pattern.slice(0, match.index) + part + pattern.slice(match.index + match[0].length)),
    );
}

function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index++;
      if (pattern[index + 1] === '/') index++;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
