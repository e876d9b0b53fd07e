import { posix } from 'node:path';
import { SandboxUnavailableError } from '../errors.js';
import { planRemoteMounts, refuseHostImage } from '../runtimes/remote-mounts.js';
import { runtimeDefinition, runtimeNames, type RuntimeName } from '../runtimes/runtime-catalog.js';
import { uploadFolder } from '../shared/upload-folder.js';
import type {
  CreateSandboxOptions,
  ExecOptions,
  ExecResult,
  Sandbox,
  SandboxProcess,
  SandboxProvider,
} from '../sandbox-provider.js';
import { guardExec } from '../shared/exec-guard.js';
import { shellQuote } from '../shared/shell-quote.js';
import {
  loadE2BSdk,
  type E2BClientModule,
  type E2BCommandHandle,
  type E2BSandboxInstance,
} from './e2b-client.js';
import { mapE2BError } from './e2b-errors.js';

export interface E2BSandboxSettings {
  /** Defaults to `E2B_API_KEY`. */
  readonly apiKey?: string;
  /** E2B template; `create({ image })` overrides it. Default `base`. */
  readonly template?: string;
  /**
   * Template per runtime name, where yours are built under other names. Defaults to the templates in
   * this package's `runtimes/` folder: `smartapiforge-node20-express`, `smartapiforge-python-fastapi`.
   */
  readonly templates?: Partial<Record<RuntimeName, string>>;
  /** E2B's REST API. Default: the SDK's (`E2B_API_URL`, else `https://api.e2b.app`). */
  readonly apiUrl?: string;
  /** envd's address for every sandbox. Default: the SDK's (`E2B_SANDBOX_URL`, else per-sandbox hosts). */
  readonly sandboxUrl?: string;
  /**
   * Turns a port's host (`<port>-<sandboxId>.<domain>`) into the URL `exposePort` returns. Default
   * `https://<host>`; tests point it at a loopback fake's edge.
   */
  readonly hostUrl?: (host: string) => string | Promise<string>;
  /** How long E2B keeps a sandbox alive if we never kill it (a crash, a lost process). Default 15 min. */
  readonly sandboxTimeoutMs?: number;
  /** Outbound internet from inside; reported as `capabilities.network`. Default true (E2B's default). */
  readonly network?: boolean;
  /** Folder that workspace-relative paths resolve against. Default `/home/user`, E2B's home. */
  readonly workdir?: string;
  /** Output kept per exec before it is stopped (the only limit we enforce; E2B's template sets the rest). */
  readonly outputBytes?: number;
  /** Injected SDK (tests, or a pinned `@e2b/code-interpreter`); loaded from `e2b` when absent. */
  readonly client?: E2BClientModule;
}

const DEFAULT_OUTPUT_BYTES = 10 * 1024 * 1024;

/**
 * E2B micro-VM sandboxes. Every exec runs as a background command so the host keeps the handle and
 * can kill it on timeout, abort or the output cap; the SDK's own command timeout is set alike as a
 * backstop. Ports are served by E2B's edge at `getHost(port)`.
 */
export function createE2BSandbox(settings: E2BSandboxSettings = {}): SandboxProvider {
  return {
    specificationVersion: 'v1',
    provider: 'e2b',
    capabilities: {
      network: settings.network ?? true,
      ports: true,
      limits: 'provider',
      runtimes: runtimeNames,
    },
    create: (options) => createSandbox(settings, options),
  };
}

async function createSandbox(
  settings: E2BSandboxSettings,
  options: CreateSandboxOptions = {},
): Promise<Sandbox> {
  options.signal?.throwIfAborted();
  const apiKey = settings.apiKey ?? process.env.E2B_API_KEY;
  if (!apiKey) {
    throw new SandboxUnavailableError(
      'E2B needs an API key: set E2B_API_KEY (or pass apiKey to createE2BSandbox); get one at https://e2b.dev/dashboard.',
      { details: { provider: 'e2b' } },
    );
  }
  refuseHostImage('e2b', options.image);
  const runtime = runtimeDefinition(options.image);
  // The runtime's template already holds its dependency set; other host folders are uploaded.
  const uploads = planRemoteMounts('e2b', runtime, options.mounts, true);
  const client = settings.client ?? (await loadE2BSdk());
  const template = runtime
    ? (settings.templates?.[runtime.name] ?? runtime.e2bTemplate)
    : (options.image ?? settings.template ?? 'base');
  let remote: E2BSandboxInstance;
  try {
    remote = await client.Sandbox.create(template, {
      apiKey,
      timeoutMs: settings.sandboxTimeoutMs ?? 15 * 60_000,
      allowInternetAccess: settings.network ?? true,
      metadata: { createdBy: 'smartapiforge' },
      ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
      ...(settings.sandboxUrl ? { sandboxUrl: settings.sandboxUrl } : {}),
    });
  } catch (error) {
    throw mapE2BError(error, `create a sandbox from template "${template}"`);
  }
  const workdir = settings.workdir ?? '/home/user';
  const outputBytes = options.limits?.outputBytes ?? settings.outputBytes ?? DEFAULT_OUTPUT_BYTES;
  const inWorkdir = (path = '.') => posix.resolve(workdir, path);
  const start = (command: string, args: readonly string[], execOptions: ExecOptions, timeoutMs: number) =>
    remote.commands.run(shellQuote([command, ...args]), {
      background: true,
      cwd: inWorkdir(execOptions.cwd),
      envs: { ...execOptions.env },
      onStdout: execOptions.onStdout,
      onStderr: execOptions.onStderr,
      timeoutMs,
    });
  let destroyed: Promise<void> | undefined;
  try {
    for (const mount of uploads) {
      await uploadFolder('e2b', mount, (path, content) =>
        remote.files.write(inWorkdir(path), toArrayBuffer(content)),
      );
    }
  } catch (error) {
    await Promise.resolve(remote.kill()).catch(() => undefined);
    throw mapE2BError(error, 'upload the mounted folders');
  }
  const ensureAlive = () => {
    if (destroyed) throw new SandboxUnavailableError(`E2B sandbox ${remote.sandboxId} has been destroyed.`);
  };

  return {
    id: `e2b-${remote.sandboxId}`,
    async writeFiles(files) {
      ensureAlive();
      await Promise.all(
        Object.entries(files).map(([path, content]) =>
          remote.files
            .write(inWorkdir(path), typeof content === 'string' ? content : toArrayBuffer(content))
            .catch((error: unknown) => Promise.reject(mapE2BError(error, `write ${path}`))),
        ),
      );
    },
    async readFile(path) {
      ensureAlive();
      return remote.files
        .read(inWorkdir(path))
        .catch((error: unknown) => Promise.reject(mapE2BError(error, `read ${path}`)));
    },
    async exec(command, args, execOptions = {}) {
      ensureAlive();
      return execE2B(command, execOptions, outputBytes, (guarded) =>
        start(command, args, guarded, execOptions.timeoutMs ?? 0),
      );
    },
    async spawn(command, args, spawnOptions = {}) {
      ensureAlive();
      spawnOptions.signal?.throwIfAborted();
      const handle = await start(command, args, spawnOptions, 0).catch((error: unknown) =>
        Promise.reject(mapE2BError(error, `start ${command}`)),
      );
      return backgroundProcess(handle, spawnOptions.signal);
    },
    async exposePort(port) {
      ensureAlive();
      const host = remote.getHost(port);
      if (settings.hostUrl) return settings.hostUrl(host);
      // The SDK's debug mode serves plain HTTP on localhost; E2B's edge is HTTPS.
      return /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host) ? `http://${host}` : `https://${host}`;
    },
    destroy: () =>
      (destroyed ??= Promise.resolve(remote.kill()).then(
        () => undefined,
        // Already gone (timed out at E2B) is what we wanted anyway.
        () => undefined,
      )),
  };
}

/** Runs one command to completion under the shared guard, mapping the SDK's exit and timeout errors. */
async function execE2B(
  command: string,
  options: ExecOptions,
  outputBytes: number,
  start: (guarded: ExecOptions) => Promise<E2BCommandHandle>,
): Promise<ExecResult> {
  let handle: E2BCommandHandle | undefined;
  let killed = false;
  const kill = () => {
    killed = true;
    void handle?.kill().catch(() => false);
  };
  const guard = guardExec(command, options, outputBytes, kill);
  let exitCode: number;
  try {
    handle = await start({ ...options, onStdout: guard.onStdout, onStderr: guard.onStderr });
    if (killed) kill();
    exitCode = await handle.wait().then(
      (result) => result.exitCode,
      (error: unknown) => {
        if (isCommandExit(error)) return error.exitCode;
        // The SDK's own command timeout: the process may outlive the stream, so kill it too.
        if (!killed && error instanceof Error && error.name === 'TimeoutError') {
          guard.stop(mapE2BError(error, `run ${command}`));
        }
        // After our own kill (timeout, abort, output cap) finish() reports why.
        if (killed) return 137;
        throw error;
      },
    );
  } catch (error) {
    if (killed) return guard.finish(137);
    guard.dispose();
    throw mapE2BError(error, `run ${command}`);
  }
  return guard.finish(exitCode);
}

function backgroundProcess(handle: E2BCommandHandle, signal: AbortSignal | undefined): SandboxProcess {
  let killed = false;
  const exited = handle.wait().then(
    (result) => (killed ? null : result.exitCode),
    // Killed by us, or the sandbox went away under it: either way it did not exit on its own.
    (error: unknown) => (!killed && isCommandExit(error) ? error.exitCode : null),
  );
  const kill = async () => {
    killed = true;
    await handle.kill().catch(() => false);
    await exited;
  };
  signal?.addEventListener('abort', () => void kill(), { once: true });
  return { pid: handle.pid, exited, kill };
}

function isCommandExit(error: unknown): error is Error & { exitCode: number } {
  return (
    error instanceof Error &&
    error.name === 'CommandExitError' &&
    typeof (error as { exitCode?: unknown }).exitCode === 'number'
  );
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
