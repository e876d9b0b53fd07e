import { SandboxUnavailableError } from '../errors.js';

/**
 * The part of the E2B JS SDK (`e2b`, which `@e2b/code-interpreter` extends) that the adapter uses,
 * typed structurally so tests can inject a client and the SDK stays an optional, lazily loaded peer.
 * The tests run the real SDK (against a loopback E2B), so a drift in its API fails them.
 */
export interface E2BCommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface E2BCommandHandle {
  readonly pid: number;
  /** Resolves on exit 0; rejects with a `CommandExitError` (which carries `exitCode`) otherwise. */
  wait(): Promise<E2BCommandResult>;
  /** SIGKILL; false when the command was already gone. */
  kill(): Promise<boolean>;
}

export interface E2BRunOptions {
  readonly background: true;
  readonly cwd?: string;
  readonly envs?: Record<string, string>;
  readonly onStdout?: (data: string) => void;
  readonly onStderr?: (data: string) => void;
  /** 0 means no limit; the SDK's default is 60 s. */
  readonly timeoutMs?: number;
}

export interface E2BSandboxInstance {
  readonly sandboxId: string;
  readonly files: {
    write(path: string, data: string | ArrayBuffer): Promise<unknown>;
    read(path: string): Promise<string>;
  };
  readonly commands: {
    run(cmd: string, opts: E2BRunOptions): Promise<E2BCommandHandle>;
  };
  /** `<port>-<sandboxId>.<domain>`, or `localhost:<port>` in the SDK's debug mode. */
  getHost(port: number): string;
  kill(): Promise<unknown>;
}

export interface E2BCreateOptions {
  readonly apiKey: string;
  /** Sandbox lifetime; E2B kills it afterwards even if we never call `kill`. */
  readonly timeoutMs: number;
  readonly allowInternetAccess: boolean;
  readonly metadata?: Record<string, string>;
  /** E2B's REST API; the SDK defaults to `E2B_API_URL`, else `https://api.<domain>`. */
  readonly apiUrl?: string;
  /** envd's address for every sandbox; the SDK defaults to `E2B_SANDBOX_URL`, else per-sandbox hosts. */
  readonly sandboxUrl?: string;
}

export interface E2BClientModule {
  readonly Sandbox: {
    create(template: string, opts: E2BCreateOptions): Promise<E2BSandboxInstance>;
  };
}

/** Loaded only when an E2B sandbox is first created, so unused adapters cost nothing. */
export async function loadE2BSdk(): Promise<E2BClientModule> {
  try {
    return await import('e2b');
  } catch (error) {
    throw new SandboxUnavailableError(
      'The E2B SDK is not installed; add it with `pnpm add e2b` (an optional peer of @smartapiforge/sandbox).',
      { cause: error, details: { provider: 'e2b' } },
    );
  }
}
