import { randomBytes } from 'node:crypto';
import { runtimeDefinition, type CreateSandboxOptions, type SandboxProvider } from '@smartapiforge/sandbox';
import type { DeployableProject } from '../deployer.js';
import { buildThenStart } from '../cloud/project-runtime.js';
import { readProjectFiles } from '../project-files.js';
import { FakeApiServer, type FakeReply, type RecordedRequest } from '../testing/fake-api-server.js';
import { startFakeApp, type FakeApp } from '../testing/fake-app-runtime.js';

export interface FakeFlyOptions {
  readonly token: string;
  /** Runs each machine. */
  readonly sandboxes: SandboxProvider;
  /**
   * Public images the fake's registry resolves, with the backing sandbox options (root filesystem,
   * dependency mounts) that reproduce each one's contents. Default: the node20-express runtime image
   * as a plain sandbox (the host's node).
   */
  readonly images?: Readonly<Record<string, CreateSandboxOptions>>;
}

/** An image as the fake's registry holds it: contents, plus files and a CMD for pushed project images. */
interface FakeImage {
  readonly contents: CreateSandboxOptions;
  readonly files?: Readonly<Record<string, Uint8Array>>;
  readonly cmd?: readonly string[];
}

interface MachineConfig {
  readonly image?: unknown;
  readonly env?: Record<string, string>;
  readonly files?: unknown;
  readonly init?: { readonly cmd?: unknown };
  readonly services?: readonly { readonly internal_port?: unknown }[];
}

/** Machines see their `files` here; the fake's sandboxes can only write inside their workspace. */
const FAKE_WORKDIR = '/workspace/';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

interface FakeMachine {
  readonly id: string;
  readonly config: Record<string, unknown>;
  readonly app: FakeApp;
  destroyed: boolean;
}

interface FakeFlyApp {
  readonly org: string;
  readonly machines: Map<string, FakeMachine>;
  readonly ips: string[];
}

const error = (status: number, message: string): FakeReply => ({ status, body: { error: message } });

/**
 * A loopback Fly.io: the Machines API (`/v1/apps`, machines, `wait`), the GraphQL `allocateIpAddress`
 * mutation and the logs API, with Fly's error format. A machine runs exactly its config: the image
 * (one of `images`, or a project pushed with `pushImage` whose CMD builds then starts it), the
 * `files`, `init.cmd`, `env` and the first service's `internal_port`, in a sandbox; an image the
 * registry lacks is refused. `appUrl(app)` stands in for `https://<app>.fly.dev`.
 */
export async function startFakeFlyApi(options: FakeFlyOptions) {
  const apps = new Map<string, FakeFlyApp>();
  const images = new Map<string, FakeImage>(
    Object.entries(options.images ?? { [runtimeDefinition('node20-express')!.image]: {} }).map(
      ([image, contents]) => [image, { contents }],
    ),
  );
  const appUrls = new Map<string, string>();

  const route = async (request: RecordedRequest, json: () => unknown): Promise<FakeReply> => {
    const proxied = /^\/proxy\/([^/]+)(\/.*)?$/.exec(request.path);
    if (proxied) return proxy(proxied[1]!, proxied[2] ?? '/', request);
    if (request.headers.authorization !== `Bearer ${options.token}`) return error(401, 'unauthorized');
    if (request.method === 'POST' && request.path === '/graphql') return allocateIp(json());
    const logs = /^\/api\/v1\/apps\/([^/]+)\/logs$/.exec(request.path);
    if (logs && request.method === 'GET') return readLogs(logs[1]!, request.query);
    if (request.method === 'POST' && request.path === '/v1/apps') return createApp(json());
    const [, version, , appName, collection, machineId, sub] = request.path.split('/');
    if (version !== 'v1') return error(404, 'not found');
    const app = appName === undefined ? undefined : apps.get(appName);
    if (!app) return error(404, 'app not found');
    const machine = machineId === undefined ? undefined : app.machines.get(machineId);
    const key = `${request.method} /apps/:app${collection ? `/${collection}` : ''}${machineId ? '/:id' : ''}${sub ? `/${sub}` : ''}`;
    switch (key) {
      case 'GET /apps/:app':
        return { status: 200, body: { name: appName, organization: { slug: app.org }, status: 'deployed' } };
      case 'DELETE /apps/:app':
        apps.delete(appName!);
        await Promise.all([...app.machines.values()].map(destroyMachine));
        return { status: 202 };
      case 'POST /apps/:app/machines':
        return createMachine(appName!, app, json() as { config: Record<string, unknown> });
      case 'GET /apps/:app/machines/:id':
        return machine ? { status: 200, body: describe(machine) } : error(404, 'machine not found');
      case 'GET /apps/:app/machines/:id/wait':
        return machine ? waitFor(machine, request.query) : error(404, 'machine not found');
      case 'DELETE /apps/:app/machines/:id':
        if (!machine) return error(404, 'machine not found');
        await destroyMachine(machine);
        return { status: 200, body: { ok: true } };
      default:
        return error(404, `no route for ${key}`);
    }
  };

  function createApp(body: unknown): FakeReply {
    const { app_name: name, org_slug: org } = body as { app_name: string; org_slug: string };
    if (apps.has(name)) return error(422, 'Name has already been taken');
    apps.set(name, { org, machines: new Map(), ips: [] });
    return { status: 201, body: { id: randomBytes(8).toString('hex'), created_at: Date.now() } };
  }

  async function createMachine(
    appName: string,
    app: FakeFlyApp,
    body: { config: Record<string, unknown> },
  ): Promise<FakeReply> {
    // Runs exactly what the config says: its image's contents, its files, its init.cmd, its env and port.
    const config = body.config as MachineConfig;
    const image = images.get(String(config.image));
    if (!image) return error(400, `failed to resolve image ${String(config.image)}: not found`);
    const files: Record<string, Uint8Array> = { ...image.files };
    if (config.files !== undefined && !Array.isArray(config.files))
      return error(400, 'config.files must be a list');
    for (const [index, file] of ((config.files as unknown[] | undefined) ?? []).entries()) {
      const { guest_path: path, raw_value: value } = (file ?? {}) as {
        guest_path?: unknown;
        raw_value?: unknown;
      };
      if (
        typeof path !== 'string' ||
        !path.startsWith('/') ||
        typeof value !== 'string' ||
        !BASE64.test(value)
      ) {
        return error(400, `config.files[${index}] needs an absolute guest_path and a base64 raw_value`);
      }
      if (!path.startsWith(FAKE_WORKDIR))
        return error(422, `this fake writes files under ${FAKE_WORKDIR} only`);
      files[path.slice(FAKE_WORKDIR.length)] = Buffer.from(value, 'base64');
    }
    const cmd = config.init?.cmd ?? image.cmd;
    if (!Array.isArray(cmd) || cmd.length === 0 || !cmd.every((word) => typeof word === 'string')) {
      return error(
        422,
        `no command to run: set config.init.cmd (the fake knows no CMD for ${String(config.image)})`,
      );
    }
    const port = Number(config.services?.[0]?.internal_port ?? 8080);
    const running = await startFakeApp(options.sandboxes, {
      contents: image.contents,
      files,
      start: { command: cmd[0] as string, args: cmd.slice(1) as string[] },
      env: config.env ?? {},
      port,
    });
    const machine: FakeMachine = {
      id: randomBytes(7).toString('hex'),
      config: body.config,
      app: running,
      destroyed: false,
    };
    app.machines.set(machine.id, machine);
    appUrls.set(appName, running.url);
    return { status: 200, body: { ...describe(machine), state: 'created' } };
  }

  function stateOf(machine: FakeMachine): string {
    if (machine.destroyed) return 'destroyed';
    return machine.app.state === 'building' || machine.app.state === 'running' ? 'started' : 'stopped';
  }

  const describe = (machine: FakeMachine) => ({
    id: machine.id,
    state: stateOf(machine),
    region: 'ams',
    instance_id: `01${machine.id.toUpperCase()}`,
    config: machine.config,
  });

  async function waitFor(machine: FakeMachine, query: URLSearchParams): Promise<FakeReply> {
    const deadline = Date.now() + Number(query.get('timeout') ?? 60) * 1000;
    while (stateOf(machine) !== query.get('state')) {
      if (Date.now() > deadline)
        return error(408, `deadline_exceeded: machine did not reach ${query.get('state')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { status: 200, body: { ok: true } };
  }

  async function destroyMachine(machine: FakeMachine): Promise<void> {
    machine.destroyed = true;
    await machine.app.stop();
  }

  /** Fly's edge for `<app>.fly.dev`: forwards to the app's machine, 502 when none serves it. */
  async function proxy(appName: string, path: string, request: RecordedRequest): Promise<FakeReply> {
    const target = appUrls.get(appName);
    if (!target || !apps.has(appName)) return error(404, `no app ${appName}`);
    const query = request.query.size > 0 ? `?${request.query}` : '';
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(
        ([name, value]) =>
          typeof value === 'string' &&
          !['host', 'connection', 'content-length', 'transfer-encoding'].includes(name),
      ),
    ) as Record<string, string>;
    const response = await fetch(`${target}${path}${query}`, {
      method: request.method,
      headers,
      body: ['GET', 'HEAD'].includes(request.method) ? undefined : request.body,
      redirect: 'manual',
    }).catch(() => undefined);
    if (!response) return error(502, 'the machine did not answer');
    const raw = Buffer.from(await response.arrayBuffer());
    const replyHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(name))
        replyHeaders[name] = value;
    });
    return { status: response.status, headers: replyHeaders, raw };
  }

  function allocateIp(body: unknown): FakeReply {
    const { appId, type } = (body as { variables: { input: { appId: string; type: string } } }).variables
      .input;
    const app = apps.get(appId);
    if (!app) return { status: 200, body: { data: null, errors: [{ message: 'Could not find App' }] } };
    const address = type === 'v6' ? `2a09:8280:1::${app.ips.length + 1}` : '66.241.124.1';
    app.ips.push(type);
    return {
      status: 200,
      body: { data: { allocateIpAddress: { ipAddress: { id: `ip_${type}`, address, type } } } },
    };
  }

  function readLogs(appName: string, query: URLSearchParams): FakeReply {
    const machine = apps.get(appName)?.machines.get(query.get('instance') ?? '');
    const lines = machine?.app.logs.lines() ?? [];
    const from = Number(query.get('next_token') ?? 0);
    const data = lines.slice(from).map((message, index) => ({
      id: `log-${from + index}`,
      type: 'logs',
      attributes: {
        timestamp: new Date().toISOString(),
        message,
        level: 'info',
        instance: machine?.id,
        region: 'ams',
      },
    }));
    return { status: 200, body: { data, meta: { next_token: String(lines.length) } } };
  }

  const server = await new FakeApiServer(route).listen();
  return {
    server,
    apps,
    /** Stands in for building the project's Dockerfile and pushing it; returns the image reference. */
    pushImage: async (project: DeployableProject, app: string): Promise<string> => {
      const image = `registry.fly.io/${app}:deployment-${randomBytes(4).toString('hex')}`;
      images.set(image, {
        contents: {},
        files: await readProjectFiles(project.dir),
        cmd: ['sh', '-c', buildThenStart(project)],
      });
      return image;
    },
    /** Where an app's latest machine answers, standing in for `https://<app>.fly.dev`. */
    appUrl: (app: string): string => appUrls.get(app) ?? 'http://127.0.0.1:1',
    /** The same through the fake's edge, `<url>/proxy/<app>`: a template for FLY_APP_URL (`{app}`). */
    get appUrlTemplate(): string {
      return `${server.url}/proxy/{app}`;
    },
    close: async () => {
      await Promise.all([...apps.values()].flatMap((app) => [...app.machines.values()].map(destroyMachine)));
      await server.close();
    },
  };
}

export type FakeFlyApi = Awaited<ReturnType<typeof startFakeFlyApi>>;
