import { createServer, connect, type Server, type Socket } from 'node:net';
import { posix } from 'node:path';
import type { Sandbox, SandboxProvider } from '../sandbox-provider.js';
import type {
  E2BClientModule,
  E2BCommandHandle,
  E2BCreateOptions,
  E2BRunOptions,
  E2BSandboxInstance,
} from './e2b-client.js';

/** One SDK call the adapter made, as the fake saw it (API keys are kept: tests assert them). */
export interface RecordedE2BCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

/** The SDK's error shapes: the adapter recognises them by name, as it must for the real SDK. */
export class FakeE2BError extends Error {
  constructor(
    name: string,
    message: string,
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = name;
  }
}

/** Ports per sandbox the fake edge can serve; `getHost` is synchronous, so they are opened up front. */
const EDGE_PORTS = 2;

/**
 * A test double of the E2B SDK that records every call and executes for real: each E2B sandbox is a
 * sandbox of `backing` (bubblewrap in our tests), commands run through `bash -c` as E2B's envd does,
 * and `getHost` is served by a loopback "edge" that forwards to the backing sandbox's exposed port.
 * Only the cloud transport (gRPC to envd) is missing, which is the part too large to fake.
 */
export function createFakeE2BClient(backing: SandboxProvider, options: { validApiKey?: string } = {}) {
  const calls: RecordedE2BCall[] = [];
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const client: E2BClientModule = {
    Sandbox: {
      async create(template: string, opts: E2BCreateOptions) {
        record('Sandbox.create', template, opts);
        if (options.validApiKey && opts.apiKey !== options.validApiKey) {
          throw new FakeE2BError('AuthenticationError', 'Invalid API key');
        }
        return fakeSandbox(await backing.create(), record);
      },
    },
  };
  return { client, calls };
}

async function fakeSandbox(
  box: Sandbox,
  record: (method: string, ...args: unknown[]) => void,
): Promise<E2BSandboxInstance> {
  // The backing sandbox's workspace stands in for E2B's /home/user.
  const local = (path: string) => posix.relative('/home/user', path);
  const edges = await Promise.all(Array.from({ length: EDGE_PORTS }, () => openEdge()));
  const assigned = new Map<number, Edge>();
  return {
    sandboxId: box.id,
    files: {
      async write(path, data) {
        record('files.write', path, typeof data === 'string' ? data : `<${data.byteLength} bytes>`);
        await box.writeFiles({ [local(path)]: typeof data === 'string' ? data : new Uint8Array(data) });
      },
      async read(path) {
        record('files.read', path);
        return box.readFile(local(path)).catch((error: Error) => {
          throw new FakeE2BError('FileNotFoundError', error.message);
        });
      },
    },
    commands: {
      async run(cmd: string, opts: E2BRunOptions): Promise<E2BCommandHandle> {
        record('commands.run', cmd, {
          ...opts,
          onStdout: typeof opts.onStdout,
          onStderr: typeof opts.onStderr,
        });
        const output = { stdout: '', stderr: '' };
        const proc = await box.spawn('bash', ['-c', cmd], {
          cwd: opts.cwd === undefined ? undefined : local(opts.cwd),
          env: opts.envs,
          onStdout: (chunk) => {
            output.stdout += chunk;
            opts.onStdout?.(chunk);
          },
          onStderr: (chunk) => {
            output.stderr += chunk;
            opts.onStderr?.(chunk);
          },
        });
        const wait = async () => {
          const code = await proc.exited;
          if (code === 0) return { exitCode: 0, ...output };
          throw new FakeE2BError('CommandExitError', `exit status ${code}`, code ?? 137);
        };
        const done = wait();
        done.catch(() => {});
        return {
          pid: proc.pid ?? 0,
          wait: () => done,
          kill: async () => {
            record('commands.kill', proc.pid);
            await proc.kill();
            return true;
          },
        };
      },
    },
    getHost(port) {
      record('getHost', port);
      let edge = assigned.get(port);
      if (!edge) {
        edge = edges[assigned.size];
        if (!edge) throw new FakeE2BError('SandboxError', `the fake edge serves only ${EDGE_PORTS} ports`);
        assigned.set(port, edge);
        const target = box.exposePort(port);
        target.catch(() => {});
        edge.route(target);
      }
      return `127.0.0.1:${edge.port}`;
    },
    async kill() {
      record('kill');
      await Promise.all(edges.map((edge) => edge.close()));
      await box.destroy();
    },
  };
}

interface Edge {
  readonly port: number;
  route(target: Promise<string>): void;
  close(): Promise<void>;
}

/** A TCP forwarder standing in for E2B's edge proxy. */
async function openEdge(): Promise<Edge> {
  let target: Promise<string> | undefined;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    void (async () => {
      const url = new URL(await (target ?? Promise.reject(new Error('no route'))));
      const upstream = connect(Number(url.port), url.hostname);
      sockets.add(upstream);
      socket.pipe(upstream).pipe(socket);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    })().catch(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    route: (next) => (target = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
