import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { posix } from 'node:path';
import type { CreateSandboxOptions, Sandbox, SandboxProcess, SandboxProvider } from '../sandbox-provider.js';
import { openTcpEdge, type TcpEdge } from '../testing/tcp-edge.js';

export interface FakeE2BOptions {
  /** Runs every E2B sandbox. */
  readonly backing: SandboxProvider;
  /**
   * The templates this fake "has built", by name: the backing sandbox options (root filesystem,
   * mounts) that reproduce each template's contents. A sandbox from any other template is refused
   * with 404, as E2B refuses a template that does not exist. Default: only `base`, a plain sandbox.
   */
  readonly templates?: Readonly<Record<string, CreateSandboxOptions>>;
  readonly apiKey?: string;
  /**
   * Disk per sandbox, which uploads may not exceed: E2B documents 10 GB on the Hobby tier (20 GB on
   * Pro). Default 10 GB.
   */
  readonly diskBytes?: number;
}

export interface RecordedE2BRequest {
  readonly method: string;
  readonly path: string;
  /** Parsed JSON body (the first message for Connect streams); raw text otherwise. */
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

interface FakeSandbox {
  readonly id: string;
  readonly template: string;
  readonly accessToken: string;
  readonly box: Sandbox;
  readonly processes: Map<number, SandboxProcess>;
  readonly edges: Map<number, TcpEdge>;
  /** Bytes uploaded so far, against the disk size. */
  uploaded: number;
}

const HOME = '/home/user';
/** The envd version the fake reports: multipart uploads and the username query parameter. */
const ENVD_VERSION = '0.4.2';
const DOMAIN = 'e2b.fake';

/**
 * A loopback E2B: the REST API (`POST /v2/sandboxes`, `DELETE /sandboxes/{id}`) and envd, the
 * in-sandbox daemon the SDK talks to (Connect-JSON `process.Process/Start` streams and `SendSignal`,
 * `GET`/`POST /files`, `/health`), on one port, so the real `e2b` SDK works against it with
 * `E2B_API_URL` and `E2B_SANDBOX_URL` set to `url` (envd requests carry `E2b-Sandbox-Id`). Commands
 * run through `/bin/bash -l -c` inside a backing sandbox created from the template's contents, so a
 * template that lacks a dependency fails the way E2B would. `hostUrl` stands in for E2B's edge.
 */
export async function startFakeE2B(options: FakeE2BOptions) {
  const apiKey = options.apiKey ?? 'e2b_test_key';
  const templates = options.templates ?? { base: {} };
  const diskBytes = options.diskBytes ?? 10 * 1000 ** 3;
  const sandboxes = new Map<string, FakeSandbox>();
  const requests: RecordedE2BRequest[] = [];
  let nextPid = 100;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: Error) => json(res, 500, { code: 500, message: error.message }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const record = (body: unknown) =>
      requests.push({ method: req.method ?? 'GET', path: url.pathname, body, headers: req.headers });
    const route = `${req.method} ${url.pathname}`;
    if (url.pathname.startsWith('/v2/sandboxes') || url.pathname.startsWith('/sandboxes')) {
      const body = raw.length > 0 ? JSON.parse(raw.toString()) : undefined;
      record(body);
      if (req.headers['x-api-key'] !== apiKey)
        return json(res, 401, { code: 401, message: 'Invalid API key' });
      if (route === 'POST /v2/sandboxes') return createSandbox(res, body as Record<string, unknown>);
      const kill = /^DELETE \/sandboxes\/([^/]+)$/.exec(route);
      if (kill) {
        const sandbox = sandboxes.get(kill[1]!);
        if (!sandbox) return json(res, 404, { code: 404, message: `sandbox "${kill[1]}" not found` });
        await destroy(sandbox);
        res.writeHead(204).end();
        return;
      }
      return json(res, 404, { code: 404, message: `no route ${route}` });
    }
    // Everything else is envd, addressed to one sandbox by header.
    const sandbox = sandboxes.get(String(req.headers['e2b-sandbox-id'] ?? ''));
    if (route === 'GET /health') {
      record(undefined);
      res.writeHead(sandbox ? 204 : 502).end();
      return;
    }
    if (!sandbox) {
      record(undefined);
      return json(res, 502, { code: 502, message: 'The sandbox was not found' });
    }
    if (req.headers['x-access-token'] !== sandbox.accessToken) {
      record(undefined);
      return json(res, 401, { code: 401, message: 'invalid access token' });
    }
    switch (route) {
      case 'POST /process.Process/Start':
        return startProcess(sandbox, req, res, raw, record);
      case 'POST /process.Process/SendSignal':
        return sendSignal(sandbox, res, raw, record);
      case 'GET /files':
        record(undefined);
        return readFile(sandbox, res, url.searchParams.get('path') ?? '');
      case 'POST /files':
        record(`<${raw.length} bytes>`);
        return writeFiles(sandbox, req, res, raw, url.searchParams.get('path'));
      default:
        record(undefined);
        return connectError(res, 404, 'unimplemented', `${route} is not served by this envd`);
    }
  }

  async function createSandbox(res: ServerResponse, body: Record<string, unknown>) {
    const template = String(body?.templateID ?? '');
    const contents = Object.hasOwn(templates, template) ? templates[template] : undefined;
    if (!contents) return json(res, 404, { code: 404, message: `template '${template}' not found` });
    if (body.timeout !== undefined && (typeof body.timeout !== 'number' || body.timeout < 0)) {
      return json(res, 400, { code: 400, message: 'timeout must be a non-negative integer (seconds)' });
    }
    const box = await options.backing.create(contents);
    const id = `i${randomBytes(9).toString('hex')}`;
    const sandbox: FakeSandbox = {
      id,
      template,
      accessToken: randomBytes(16).toString('hex'),
      box,
      processes: new Map(),
      edges: new Map(),
      uploaded: 0,
    };
    sandboxes.set(id, sandbox);
    return json(res, 201, {
      sandboxID: id,
      templateID: template,
      clientID: 'fake-client',
      envdVersion: ENVD_VERSION,
      envdAccessToken: sandbox.accessToken,
      domain: null,
    });
  }

  async function startProcess(
    sandbox: FakeSandbox,
    req: IncomingMessage,
    res: ServerResponse,
    raw: Buffer,
    record: (body: unknown) => void,
  ) {
    if (req.headers['content-type'] !== 'application/connect+json') {
      record(undefined);
      return connectError(res, 415, 'invalid_argument', 'server streaming needs application/connect+json');
    }
    const message = firstEnvelope(raw) as {
      process?: { cmd?: string; args?: string[]; envs?: Record<string, string>; cwd?: string };
    };
    record(message);
    const spec = message.process ?? {};
    const cwd = spec.cwd ?? HOME;
    if (posix.relative(HOME, cwd).startsWith('..')) {
      return connectError(res, 400, 'invalid_argument', `cwd ${cwd} is outside ${HOME} in this fake`);
    }
    res.writeHead(200, { 'content-type': 'application/connect+json' });
    const send = (event: unknown, flags = 0) => res.write(envelope(flags, event));
    const pid = nextPid++;
    // envd's first event is always `start`; output that arrives before it waits.
    let pending: unknown[] | undefined = [];
    const data = (stream: 'stdout' | 'stderr', chunk: string) => {
      const event = { event: { data: { [stream]: Buffer.from(chunk).toString('base64') } } };
      if (pending) pending.push(event);
      else send(event);
    };
    let process: SandboxProcess;
    try {
      process = await sandbox.box.spawn(spec.cmd ?? '/bin/bash', spec.args ?? [], {
        cwd: posix.relative(HOME, cwd) || '.',
        env: spec.envs ?? {},
        onStdout: (chunk) => data('stdout', chunk),
        onStderr: (chunk) => data('stderr', chunk),
      });
    } catch (error) {
      send({ error: { code: 'unavailable', message: (error as Error).message } }, 2);
      res.end();
      return;
    }
    sandbox.processes.set(pid, process);
    send({ event: { start: { pid } } });
    for (const event of pending) send(event);
    pending = undefined;
    const code = await process.exited;
    sandbox.processes.delete(pid);
    send({
      event: {
        end:
          code === null
            ? { exitCode: -1, exited: false, status: 'signal: killed', error: 'signal: killed' }
            : { exitCode: code, exited: true, status: `exit status ${code}` },
      },
    });
    send({}, 2);
    res.end();
  }

  async function sendSignal(
    sandbox: FakeSandbox,
    res: ServerResponse,
    raw: Buffer,
    record: (b: unknown) => void,
  ) {
    const body = JSON.parse(raw.toString() || '{}') as { process?: { pid?: number }; signal?: string };
    record(body);
    if (body.signal !== 'SIGNAL_SIGKILL' && body.signal !== 'SIGNAL_SIGTERM') {
      return connectError(res, 400, 'invalid_argument', `unknown signal ${body.signal}`);
    }
    const process = sandbox.processes.get(Number(body.process?.pid));
    if (!process)
      return connectError(res, 404, 'not_found', `process with pid ${body.process?.pid} not found`);
    await process.kill();
    return json(res, 200, {});
  }

  async function readFile(sandbox: FakeSandbox, res: ServerResponse, path: string) {
    const content = await sandbox.box.readFile(posix.relative(HOME, path)).catch(() => undefined);
    if (content === undefined) return json(res, 404, { code: 404, message: `path '${path}' does not exist` });
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content);
  }

  async function writeFiles(
    sandbox: FakeSandbox,
    req: IncomingMessage,
    res: ServerResponse,
    raw: Buffer,
    path: string | null,
  ) {
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('multipart/form-data')) {
      // envd before 0.5.7 (the version reported) accepts multipart uploads only.
      return json(res, 400, { code: 400, message: `unsupported content type ${type}` });
    }
    const form = await new Request('http://fake/files', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const written: { name: string; type: string; path: string }[] = [];
    const size = form
      .getAll('file')
      .reduce((sum, value) => sum + (typeof value === 'string' ? 0 : value.size), 0);
    if (sandbox.uploaded + size > diskBytes) {
      return json(res, 507, { code: 507, message: 'not enough disk space available' });
    }
    sandbox.uploaded += size;
    for (const value of form.getAll('file')) {
      if (typeof value === 'string') continue;
      const target = path ?? value.name;
      if (!target.startsWith('/'))
        return json(res, 400, { code: 400, message: `path ${target} is not absolute` });
      await sandbox.box.writeFiles({
        [posix.relative(HOME, target)]: new Uint8Array(await value.arrayBuffer()),
      });
      written.push({ name: posix.basename(target), type: 'file', path: target });
    }
    return json(res, 200, written);
  }

  async function destroy(sandbox: FakeSandbox) {
    sandboxes.delete(sandbox.id);
    await Promise.all([...sandbox.edges.values()].map((edge) => edge.close()));
    await sandbox.box.destroy();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    /** Set as both `E2B_API_URL` and `E2B_SANDBOX_URL` (or the adapter's `apiUrl`/`sandboxUrl`). */
    url,
    apiKey,
    /** The domain hosts are named under, `<port>-<sandboxId>.e2b.fake`; set as `E2B_DOMAIN`. */
    domain: DOMAIN,
    requests,
    sandboxes,
    /** The template each live sandbox was created from, by sandbox id. */
    templateOf: (sandboxId: string) => sandboxes.get(sandboxId)?.template,
    /** Stands in for E2B's edge: `<port>-<sandboxId>.<domain>` → a loopback URL forwarding to that port. */
    async hostUrl(host: string): Promise<string> {
      const match = /^(\d+)-([^.]+)\./.exec(host);
      const sandbox = match ? sandboxes.get(match[2]!) : undefined;
      if (!match || !sandbox) throw new Error(`no sandbox behind ${host}`);
      const port = Number(match[1]);
      let edge = sandbox.edges.get(port);
      if (!edge) {
        const target = sandbox.box.exposePort(port);
        target.catch(() => undefined);
        edge = await openTcpEdge(() => target);
        sandbox.edges.set(port, edge);
      }
      return edge.url;
    },
    async close() {
      await Promise.all([...sandboxes.values()].map(destroy));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type FakeE2B = Awaited<ReturnType<typeof startFakeE2B>>;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** A Connect unary error: HTTP status and `{ code, message }`. */
function connectError(res: ServerResponse, status: number, code: string, message: string) {
  json(res, status, { code, message });
}

/** Connect's streaming frame: one flags byte (2 = end of stream), a big-endian length, the JSON. */
function envelope(flags: number, message: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(message));
  const header = Buffer.alloc(5);
  header.writeUInt8(flags, 0);
  header.writeUInt32BE(payload.length, 1);
  return Buffer.concat([header, payload]);
}

function firstEnvelope(raw: Buffer): unknown {
  if (raw.length < 5) return {};
  const length = raw.readUInt32BE(1);
  return JSON.parse(raw.subarray(5, 5 + length).toString() || '{}');
}
