import type { CreateSandboxOptions, SandboxProcess, SandboxProvider } from '@smartapiforge/sandbox';
import { LogBuffer } from '../local/log-buffer.js';

/** The port apps listen on, as on the real platforms' runtimes. */
const APP_PORT = 3000;

export interface FakeAppSpec {
  readonly files: Readonly<Record<string, Uint8Array>>;
  readonly build?: { readonly command: string; readonly args: readonly string[] };
  readonly start: { readonly command: string; readonly args: readonly string[] };
  readonly env?: Readonly<Record<string, string>>;
  /** What the platform's image holds (a runtime's root filesystem, its dependency set). */
  readonly contents?: CreateSandboxOptions;
  /** The port the app is reached on. Default 3000, also given to the app as PORT. */
  readonly port?: number;
}

export type FakeAppState = 'building' | 'running' | 'failed' | 'exited' | 'stopped';

/**
 * What a cloud fake runs behind its API: the uploaded project, built and started in its own sandbox
 * on port 3000 with that port reachable from the host, as the platform's runtime would.
 */
export interface FakeApp {
  /** Where the app answers, e.g. `http://127.0.0.1:43817`. */
  readonly url: string;
  readonly state: FakeAppState;
  /** Build and app output, line by line. */
  readonly logs: LogBuffer;
  stop(): Promise<void>;
}

export async function startFakeApp(sandboxes: SandboxProvider, spec: FakeAppSpec): Promise<FakeApp> {
  const port = spec.port ?? APP_PORT;
  const sandbox = await sandboxes.create(spec.contents);
  await sandbox.writeFiles(spec.files);
  const url = await sandbox.exposePort(port);
  const logs = new LogBuffer(1000);
  const output = {
    onStdout: (chunk: string) => logs.write('stdout', chunk),
    onStderr: (chunk: string) => logs.write('stderr', chunk),
  };
  let state: FakeAppState = 'building';
  let process: SandboxProcess | undefined;

  // Build, then start; the API fakes read progress from `state` and `logs`, as a platform's would.
  void (async () => {
    const result = spec.build
      ? await sandbox.exec(spec.build.command, spec.build.args, output)
      : { exitCode: 0 };
    // stop() may have run during the build; re-read the state rather than trust the narrowing.
    if ((state as FakeAppState) === 'stopped') return;
    if (result.exitCode !== 0) {
      state = 'failed';
      return;
    }
    process = await sandbox.spawn(spec.start.command, spec.start.args, {
      ...output,
      env: { PORT: String(port), ...spec.env },
    });
    state = 'running';
    void process.exited.then(() => {
      if (state === 'running') state = 'exited';
    });
  })().catch(() => {
    if (state !== 'stopped') state = 'failed';
  });

  return {
    url,
    get state() {
      return state;
    },
    logs,
    stop: async () => {
      state = 'stopped';
      await process?.kill();
      await sandbox.destroy();
    },
  };
}
